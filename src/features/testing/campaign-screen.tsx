/**
 * /campaigns/:campaignId, a testing campaign: its name, dates, pooling and sites; sampled / expected in
 * total (away, home sampling, not tested, sampled twice) and per grid and building, each building
 * linking to its "Not tested"; the way to the site screen, the "Home sampling" list, "Import results"
 * (the secretary's) and, once a tube is positive, the "Positive pool". The secretary closes it. Live:
 * samplings from every phone arrive with each sync. A grid worker's phone holds their grids only.
 */
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { everyRecord, useRecords, useSession } from '../../data';
import { isDeskRole } from '../../domain/sync-roles';
import { campaignCoversBuilding } from '../../domain/testing/campaign-people';
import { campaignOverview } from '../../domain/testing/campaign-figures';
import { campaignTubes, latestResults, positivePools } from '../../domain/testing/campaign-tubes';
import { formatDateTime } from '../../shared/format-date-time';
import { PageLayout } from '../../shared/ui/page-layout';
import { CloseCampaign } from './campaign-close';
import { CampaignCountsLine } from './campaign-counts';
import { CampaignGrids } from './campaign-grids';
import { useCampaign, type CampaignData } from './use-campaign';
import './campaigns.css';

function CampaignFacts({ campaign }: { campaign: CampaignData['campaign'] }) {
  const { t, i18n } = useTranslation('testing');
  const pool = campaign.poolSize === 1 ? t('testing:pools.single') : t('testing:pools.pooled', { n: campaign.poolSize });
  return (
    <div className="gw-campaign__facts">
      <span>{t('testing:overview.dates', { start: campaign.startDate, end: campaign.endDate })}</span>
      <span>{t('testing:overview.pooling', { pool })}</span>
      <span>{t('testing:overview.sites', { names: campaign.sites.map((site) => site.name).join('、') })}</span>
      <strong>{campaign.closedAt ? t('testing:overview.closed', { date: formatDateTime(campaign.closedAt, i18n.language) }) : t('testing:overview.open')}</strong>
    </div>
  );
}

function CampaignView({ data }: { data: CampaignData }) {
  const { t } = useTranslation('testing');
  const { user } = useSession();
  const grids = useRecords(everyRecord('grid'));
  const desk = isDeskRole(user?.role);
  const totalId = useId();
  const gridsId = useId();
  const { campaign } = data;
  const base = `/campaigns/${encodeURIComponent(campaign.id)}`;
  const overview = useMemo(
    () => campaignOverview(data.people, data.buildings.filter((building) => campaignCoversBuilding(campaign, building.id))),
    [data.people, data.buildings, campaign],
  );
  const positive = useMemo(
    () =>
      positivePools({
        tubes: campaignTubes(data.samplings, campaign.id, campaign.poolSize),
        results: latestResults(data.results, campaign.id),
        residents: data.residents,
        households: data.households,
        buildings: data.buildings,
      }).length > 0,
    [data, campaign],
  );
  return (
    <>
      <CampaignFacts campaign={campaign} />
      <nav className="gw-campaign__links" aria-label={t('testing:overview.actions')}>
        <Link className="gw-button gw-button--primary" to={`${base}/site`}>
          {t('testing:overview.site')}
        </Link>
        <Link className="gw-button gw-button--secondary" to={`${base}/home-sampling`}>
          {t('testing:overview.homeSamplingList')}
        </Link>
        {desk ? (
          <Link className="gw-button gw-button--secondary" to={`${base}/results`}>
            {t('testing:overview.importResults')}
          </Link>
        ) : null}
        {positive ? (
          <Link className="gw-button gw-button--danger" to={`${base}/positive`}>
            {t('testing:overview.positivePool')}
          </Link>
        ) : null}
      </nav>
      <section className="gw-section" aria-labelledby={totalId}>
        <h2 id={totalId}>{t('testing:overview.total')}</h2>
        <p>
          <CampaignCountsLine counts={overview.counts} all />
        </p>
      </section>
      <section className="gw-section" aria-labelledby={gridsId}>
        <h2 id={gridsId}>{t('testing:overview.byGrid')}</h2>
        {grids ? <CampaignGrids campaignId={campaign.id} grids={overview.grids} gridRecords={grids} /> : <p className="gw-loading">{t('app.loading')}</p>}
      </section>
      {desk && !campaign.closedAt ? <CloseCampaign campaignId={campaign.id} /> : null}
    </>
  );
}

export function CampaignScreen() {
  const { t } = useTranslation('testing');
  const { campaignId } = useParams();
  const data = useCampaign(campaignId);
  return (
    <PageLayout title={data ? data.campaign.name : t('testing:title')}>
      {data === null ? <p className="gw-empty">{t('testing:notFound')}</p> : data === undefined ? <p className="gw-loading">{t('app.loading')}</p> : <CampaignView data={data} />}
    </PageLayout>
  );
}
