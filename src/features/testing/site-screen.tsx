/**
 * /campaigns/:campaignId/site, the sampling site (the grid worker's and the secretary's, and a volunteer
 * helping there): the site chosen once when the campaign has several (remembered per campaign on this
 * phone), then one person after another into the current tube, and the phone's last samplings with undo.
 * Everything is written on the phone first (offline all morning). A closed campaign takes no samplings.
 */
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useRecord, useResidentSearch, type LocalRecord } from '../../data';
import { Banner } from '../../shared/ui/banner';
import { ChoiceGroup } from '../../shared/ui/choice-group';
import { PageLayout } from '../../shared/ui/page-layout';
import { LastSamplings } from './site-last-samplings';
import { SiteDesk } from './site-desk';
import { useSiteChoice } from './site-choice-store';
import './site.css';

function SiteBody({ campaign }: { campaign: LocalRecord<'testing_campaign'> }) {
  const { t } = useTranslation('testing');
  const search = useResidentSearch();
  const chosen = useSiteChoice((state) => state.sites[campaign.id]);
  const setSite = useSiteChoice((state) => state.setSite);
  const only = campaign.sites.length === 1 ? campaign.sites[0] : undefined;
  const site = only ?? campaign.sites.find((s) => s.id === chosen);

  if (campaign.closedAt !== undefined) return <Banner tone="info">{t('testing:site.closed')}</Banner>;
  return (
    <>
      {only ? (
        <p className="gw-site-where">{t('testing:site.at', { site: only.name })}</p>
      ) : (
        <ChoiceGroup<string>
          legend={t('testing:site.site')}
          choices={campaign.sites.map((s) => ({ value: s.id, label: s.name }))}
          value={site?.id ?? ''}
          onChange={(siteId) => setSite(campaign.id, siteId)}
        />
      )}
      {site ? (
        <>
          <SiteDesk campaign={campaign} siteId={site.id} search={search} />
          <LastSamplings campaignId={campaign.id} siteId={site.id} records={search.records} />
        </>
      ) : (
        <p className="gw-hint">{t('testing:site.chooseSite')}</p>
      )}
    </>
  );
}

export function SiteScreen() {
  const { t } = useTranslation('testing');
  const { campaignId = '' } = useParams();
  const campaign = useRecord('testing_campaign', campaignId || null);
  let body;
  if (campaign === null) body = <p className="gw-empty">{t('testing:notFound')}</p>;
  else if (!campaign) body = <p className="gw-loading">{t('app.loading')}</p>;
  else body = <SiteBody campaign={campaign} />;
  return (
    <PageLayout title={campaign ? t('testing:site.title', { name: campaign.name }) : t('testing:site.titlePlain')} className="gw-site">
      {body}
    </PageLayout>
  );
}
