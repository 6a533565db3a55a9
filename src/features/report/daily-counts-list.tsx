import { useTranslation } from 'react-i18next';
import { DAILY_REPORT_COUNTS, type DailyReportCounts } from '../../domain/entities/daily-report';

/** The seven counts of a daily report, each with its word. */
export function DailyCountsList({ counts }: { counts: DailyReportCounts }) {
  const { t } = useTranslation('report');
  return (
    <dl className="gw-report__counts">
      {DAILY_REPORT_COUNTS.map((name) => (
        <div key={name} className="gw-report__count">
          <dt>{t(`report:counts.${name}`)}</dt>
          <dd>{counts[name]}</dd>
        </div>
      ))}
    </dl>
  );
}
