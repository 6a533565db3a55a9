/**
 * /campaigns/new, "Start campaign": the secretary's (or an administrator's); anyone else is told who
 * starts one. The form offers the community's checkpoints and buildings on this phone.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { everyRecord, useRecords, useSession } from '../../data';
import { isDeskRole } from '../../domain/sync-roles';
import { PageLayout } from '../../shared/ui/page-layout';
import { StartCampaignForm } from './start-campaign-form';
import './campaigns.css';

function FormWithPlaces({ communityId }: { communityId: string }) {
  const { t } = useTranslation('testing');
  const checkpoints = useRecords(everyRecord('checkpoint'));
  const buildings = useRecords(everyRecord('building'));
  const ours = useMemo(() => checkpoints?.filter((checkpoint) => checkpoint.communityId === communityId), [checkpoints, communityId]);
  if (!ours || !buildings) return <p className="gw-loading">{t('app.loading')}</p>;
  return <StartCampaignForm communityId={communityId} checkpoints={ours} buildings={buildings} />;
}

export function StartCampaignScreen() {
  const { t } = useTranslation('testing');
  const { user } = useSession();
  const communityId = user?.communityId;
  return (
    <PageLayout title={t('testing:start.title')}>
      {isDeskRole(user?.role) && communityId ? <FormWithPlaces communityId={communityId} /> : <p className="gw-empty">{t('testing:start.secretaryOnly')}</p>}
    </PageLayout>
  );
}
