/**
 * A campaign's counts as the overview and the building screen write them: "3 of 4 sampled", then away,
 * home sampling, not tested and sampled twice (all of them, or only those that are not zero).
 */
import { useTranslation } from 'react-i18next';
import type { CampaignCounts } from '../../domain/testing/campaign-figures';

export function CampaignCountsLine({ counts, all = false }: { counts: CampaignCounts; all?: boolean }) {
  const { t } = useTranslation('testing');
  const parts = [
    { key: 'away', n: counts.away, text: t('testing:overview.away', { n: counts.away }) },
    { key: 'home', n: counts.homeSampling, text: t('testing:overview.homeSampling', { n: counts.homeSampling }) },
    { key: 'not', n: counts.notTested, text: t('testing:overview.notTested', { n: counts.notTested }) },
    { key: 'twice', n: counts.sampledTwice, text: t('testing:overview.sampledTwice', { n: counts.sampledTwice }) },
  ].filter((part) => all || part.n > 0);
  return (
    <span className="gw-campaign__counts">
      <strong>{t('testing:counts', { sampled: counts.sampled, expected: counts.expected })}</strong>
      {parts.map((part) => (
        <span key={part.key}>{part.text}</span>
      ))}
    </span>
  );
}
