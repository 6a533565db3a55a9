/** A community's status on the street's screen: "Reported", "Late", "Missing", "Zero report" (a late zero report shows both). */
import { useTranslation } from 'react-i18next';
import type { StreetCommunityDay } from '../../domain/reports/street-day';

export function StreetStatus({ row }: { row: Pick<StreetCommunityDay, 'status' | 'zero'> }) {
  const { t } = useTranslation('street');
  return (
    <span>
      <span className={`gw-street__status gw-street__status--${row.status}`}>{t(`street:status.${row.status}`)}</span>
      {row.status === 'late' && row.zero ? (
        <>
          {' '}
          <span className="gw-street__status gw-street__status--zero_report">{t('street:status.zero_report')}</span>
        </>
      ) : null}
    </span>
  );
}
