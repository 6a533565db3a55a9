/**
 * /campaigns/:campaignId/results, "Import results" (the secretary's and the administrator's; others are
 * told results are the secretary's): the lab's spreadsheet imported with the roster import's checks and
 * preview, and "One by one" for a single tube. Links to the campaign and, once a tube is positive, to
 * the "Positive pool".
 */
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useSession } from '../../data';
import { isDeskRole } from '../../domain/sync-roles';
import { Banner } from '../../shared/ui/banner';
import { PageLayout } from '../../shared/ui/page-layout';
import { ResultForm } from './result-form';
import { useCampaignResults } from './results-model';
import { ResultsFileImport } from './results-file-import';
import { useCampaign, type CampaignData } from './use-campaign';
import './results.css';

function ResultsView({ data }: { data: CampaignData }) {
  const { t } = useTranslation('testing');
  const results = useCampaignResults(data);
  const base = `/campaigns/${encodeURIComponent(data.campaign.id)}`;
  const positive = [...results.standing.values()].some((r) => r.result === 'positive');
  return (
    <>
      <nav className="gw-results-links" aria-label={t('testing:title')}>
        <Link className="gw-button gw-button--quiet" to={base}>
          {data.campaign.name}
        </Link>
        {positive ? (
          <Link className="gw-button gw-button--danger" to={`${base}/positive`}>
            {t('testing:results.positivePool')}
          </Link>
        ) : null}
      </nav>
      <ResultsFileImport data={results} />
      <ResultForm data={results} />
    </>
  );
}

function CampaignResults({ campaignId }: { campaignId: string | undefined }) {
  const { t } = useTranslation('testing');
  const data = useCampaign(campaignId);
  if (data === undefined) return <p className="gw-loading">{t('app.loading')}</p>;
  if (data === null) return <p className="gw-empty">{t('testing:notFound')}</p>;
  return <ResultsView data={data} />;
}

export function ResultsScreen() {
  const { t } = useTranslation('testing');
  const { user } = useSession();
  const { campaignId } = useParams();
  return (
    <PageLayout title={t('testing:results.title')}>
      {isDeskRole(user?.role) ? <CampaignResults campaignId={campaignId} /> : <Banner tone="info">{t('testing:results.secretaryOnly')}</Banner>}
    </PageLayout>
  );
}
