/**
 * /campaigns, "Testing campaigns": the campaigns on this phone, open ones first, each with its dates,
 * whether it is open and sampled / expected over the residents this phone holds (a grid worker's grids,
 * the secretary's community). The secretary (or an administrator) gets "Start campaign".
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../../data';
import { isDeskRole } from '../../domain/sync-roles';
import { PageLayout } from '../../shared/ui/page-layout';
import { useCampaignList, type CampaignListEntry } from './use-campaign-list';
import './campaigns.css';

function CampaignCard({ entry }: { entry: CampaignListEntry }) {
  const { t } = useTranslation('testing');
  const { campaign, counts } = entry;
  const closed = campaign.closedAt !== undefined;
  return (
    <Link className={`gw-campaign-card${closed ? ' gw-campaign-card--closed' : ''}`} to={`/campaigns/${encodeURIComponent(campaign.id)}`}>
      <strong>{campaign.name}</strong>
      <span>
        {t('testing:campaigns.dates', { start: campaign.startDate, end: campaign.endDate })} · {t(closed ? 'testing:campaigns.closed' : 'testing:campaigns.open')}
      </span>
      <span>{t('testing:counts', { sampled: counts.sampled, expected: counts.expected })}</span>
    </Link>
  );
}

export function CampaignsScreen() {
  const { t } = useTranslation('testing');
  const { user } = useSession();
  const entries = useCampaignList();
  const listId = useId();
  return (
    <PageLayout title={t('testing:campaigns.title')}>
      {isDeskRole(user?.role) ? (
        <Link className="gw-button gw-button--primary gw-button--block" to="/campaigns/new">
          {t('testing:campaigns.start')}
        </Link>
      ) : null}
      {entries === undefined ? (
        <p className="gw-loading">{t('app.loading')}</p>
      ) : entries.length === 0 ? (
        <p className="gw-empty">{t('testing:campaigns.empty')}</p>
      ) : (
        <>
          <h2 id={listId}>{t('testing:campaigns.list')}</h2>
          <ul className="gw-campaigns__list" aria-labelledby={listId}>
            {entries.map((entry) => (
              <li key={entry.campaign.id}>
                <CampaignCard entry={entry} />
              </li>
            ))}
          </ul>
        </>
      )}
    </PageLayout>
  );
}
