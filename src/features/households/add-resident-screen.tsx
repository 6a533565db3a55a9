import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useDataClient, useRecord } from '../../data';
import { PageLayout } from '../../shared/ui/page-layout';
import { LoadingPage, NotFoundPage } from './household-not-found';
import { ResidentForm } from './resident-form';
import { createPayload } from './resident-form-model';
import './households.css';

/** /households/:householdId/residents/new: the resident form, then back to the household with the new resident in it. */
export function AddResidentScreen() {
  const { t } = useTranslation('household');
  const { householdId = '' } = useParams();
  const client = useDataClient();
  const navigate = useNavigate();
  const household = useRecord('household', householdId);
  const title = t('household:addResident.title');
  const householdPath = `/households/${encodeURIComponent(householdId)}`;

  if (household === undefined) return <LoadingPage title={title} />;
  if (household === null) return <NotFoundPage title={title} message={t('household:notFound')} />;
  return (
    <PageLayout title={title}>
      <p className="gw-household__place">
        {t('household:addResident.forHousehold', { address: t('household:address', { unit: household.unit, room: household.room }) })}
      </p>
      <ResidentForm
        save={async (values) => {
          await client.create('resident', createPayload(household.id, values));
        }}
        onSaved={() => void navigate(householdPath, { replace: true })}
        onCancel={() => void navigate(householdPath)}
      />
    </PageLayout>
  );
}
