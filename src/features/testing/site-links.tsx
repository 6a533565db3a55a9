/**
 * The open testing campaigns on this phone, each a link to its sampling site: the volunteer's way to
 * the one campaign screen they are given (their phone receives a campaign only while it is open).
 * Nothing when none is open.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { everyCampaign, useRecords } from '../../data';
import { todayIn } from '../../shared/local-date';
import { CAMPAIGN_TIME_ZONE, isCampaignOpen } from '../../domain/testing/campaign-open';

export function SiteLinks() {
  const { t } = useTranslation('testing');
  const campaigns = useRecords(everyCampaign());
  const titleId = useId();
  const today = todayIn(CAMPAIGN_TIME_ZONE);
  const open = (campaigns ?? []).filter((campaign) => isCampaignOpen(campaign, today));
  if (open.length === 0) return null;
  return (
    <section className="gw-section" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('testing:title')}</h2>
      <ul className="gw-list" aria-labelledby={titleId}>
        {open.map((campaign) => (
          <li key={campaign.id}>
            <Link className="gw-button gw-button--primary gw-button--block" to={`/campaigns/${encodeURIComponent(campaign.id)}/site`}>
              {t('testing:siteLink', { name: campaign.name })}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
