/**
 * /campaigns/:campaignId/positive, the "Positive pool": every tube whose standing result is positive,
 * with everyone in it to be re-tested (positive-pool-list.tsx), and for the secretary the offer to seal
 * their buildings (positive-pool-seal.tsx). A grid worker sees the people of their grids (what their
 * phone holds); volunteers never see results.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useSession } from '../../data';
import { isDeskRole } from '../../domain/sync-roles';
import { positivePools } from '../../domain/testing/campaign-tubes';
import { Banner } from '../../shared/ui/banner';
import { PageLayout } from '../../shared/ui/page-layout';
import { membersByHousehold, PositivePoolSection, type PoolContext } from './positive-pool-list';
import { SealOffer } from './positive-pool-seal';
import { useCampaignResults } from './results-model';
import { useCampaign, type CampaignData } from './use-campaign';
import './results.css';

function PoolsView({ data }: { data: CampaignData }) {
  const { t } = useTranslation('testing');
  const { user } = useSession();
  const results = useCampaignResults(data);
  const pools = useMemo(
    () => positivePools({ tubes: results.tubes, results: results.standing, residents: data.residents, households: data.households, buildings: data.buildings }),
    [results, data.residents, data.households, data.buildings],
  );
  const context = useMemo<PoolContext>(
    () => ({ campaignId: data.campaign.id, samplings: data.samplings, standing: results.standing, householdMembers: membersByHousehold(data.residents) }),
    [data.campaign.id, data.samplings, results.standing, data.residents],
  );
  return (
    <>
      <nav className="gw-results-links" aria-label={t('testing:title')}>
        <Link className="gw-button gw-button--quiet" to={`/campaigns/${encodeURIComponent(data.campaign.id)}`}>
          {data.campaign.name}
        </Link>
      </nav>
      {pools.length === 0 ? (
        <p className="gw-empty">{t('testing:positive.none')}</p>
      ) : (
        <>
          <p className="gw-hint">{t('testing:positive.intro')}</p>
          {isDeskRole(user?.role) ? <SealOffer pools={pools} /> : null}
          {pools.map((pool) => (
            <PositivePoolSection key={pool.tubeNumber} pool={pool} context={context} />
          ))}
        </>
      )}
    </>
  );
}

function CampaignPools({ campaignId }: { campaignId: string | undefined }) {
  const { t } = useTranslation('testing');
  const data = useCampaign(campaignId);
  if (data === undefined) return <p className="gw-loading">{t('app.loading')}</p>;
  if (data === null) return <p className="gw-empty">{t('testing:notFound')}</p>;
  return <PoolsView data={data} />;
}

export function PositivePoolScreen() {
  const { t } = useTranslation('testing');
  const { user } = useSession();
  const { campaignId } = useParams();
  const allowed = isDeskRole(user?.role) || user?.role === 'grid_worker';
  return (
    <PageLayout title={t('testing:positive.title')}>
      {allowed ? <CampaignPools campaignId={campaignId} /> : <Banner tone="info">{t('testing:positive.workersOnly')}</Banner>}
    </PageLayout>
  );
}
