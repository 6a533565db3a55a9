import { useTranslation } from 'react-i18next';
import { DAILY_REPORT_COUNTS, type DailyReportCounts } from '../../domain/entities/daily-report';

/** The seven counts of a daily report, each with the word the worker's daily report uses ('report' namespace). */
export function CountsList({ counts }: { counts: DailyReportCounts }) {
  const { t } = useTranslation(['reports', 'report']);
  return (
    <dl className="gw-reports__counts">
      {DAILY_REPORT_COUNTS.map((name) => (
        <div key={name} className="gw-reports__count">
          <dt>{t(`report:counts.${name}`)}</dt>
          <dd>{counts[name]}</dd>
        </div>
      ))}
    </dl>
  );
}
