import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useDataClient, useRecord } from '../../data';
import { PageLayout } from '../../shared/ui/page-layout';
import { RecordSyncBadge } from '../../shared/ui/record-sync-badge';
import { LoadingPage, NotFoundPage } from './household-not-found';
import { MoveOutPanel } from './move-out-panel';
import { ResidentForm } from './resident-form';
import { patchPayload, valuesOf } from './resident-form-model';
import './households.css';

/** /residents/:residentId/edit: the resident form prefilled (saving patches only what changed), and moving out or back in. */
export function EditResidentScreen() {
  const { t } = useTranslation('household');
  const { residentId = '' } = useParams();
  const client = useDataClient();
  const navigate = useNavigate();
  const resident = useRecord('resident', residentId);
  const initial = useMemo(() => (resident ? valuesOf(resident) : null), [resident]);
  const title = t('household:editResident.title');

  if (resident === undefined || (resident && !initial)) return <LoadingPage title={title} />;
  if (resident === null || initial === null) return <NotFoundPage title={title} message={t('household:editResident.notFound')} />;
  const back = () => void navigate(`/households/${encodeURIComponent(resident.householdId)}`, { replace: true });

  return (
    <PageLayout title={title}>
      <p className="gw-household__place">
        {initial.name} <RecordSyncBadge state={resident._sync} />
      </p>
      <ResidentForm
        key={resident.id}
        initial={initial}
        save={async (values) => {
          const changes = patchPayload(initial, values);
          if (Object.keys(changes).length > 0) await client.patch('resident', resident.id, changes);
        }}
        onSaved={back}
        onCancel={back}
      />
      <MoveOutPanel resident={resident} onDone={back} />
    </PageLayout>
  );
}
