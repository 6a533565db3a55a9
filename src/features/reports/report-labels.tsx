/** The small pieces the grid rows share: a report's status labels and time, and its change since confirmed. */
import { useTranslation } from 'react-i18next';
import { DAILY_REPORT_COUNTS } from '../../domain/entities/daily-report';
import type { CountsDifference } from '../../domain/reports/changed-since-confirmed';
import type { GridReportStatus } from '../../domain/reports/report-status';
import { formatDateTime } from '../../shared/format-date-time';
import { localDay } from '../../shared/local-date';

/** A confirmation time: the time only when it falls on the report's date, else date and time. */
export function formatConfirmedTime(confirmedAt: string, date: string, language: string): string {
  const at = Date.parse(confirmedAt);
  if (Number.isNaN(at)) return confirmedAt;
  if (!localDay(date).includes(confirmedAt)) return formatDateTime(confirmedAt, language);
  return new Intl.DateTimeFormat(language, { hour: '2-digit', minute: '2-digit' }).format(at);
}

/** "Reported", "Late", "Not reported", "Zero report" (a late zero report shows both). */
export function StatusLabels({ status }: { status: GridReportStatus }) {
  const { t } = useTranslation('reports');
  return (
    <span className="gw-reports__labels">
      <span className={`gw-reports__status gw-reports__status--${status.status}`}>{t(`reports:status.${status.status}`)}</span>
      {status.status === 'late' && status.zero ? (
        <span className="gw-reports__status gw-reports__status--zero_report">{t('reports:status.zero_report')}</span>
      ) : null}
    </span>
  );
}

/** "Visited +1, Nobody home −1": each changed count with its word and signed difference. */
export function useDifferenceText(): (difference: CountsDifference) => string {
  const { t, i18n } = useTranslation(['reports', 'report']);
  const signed = new Intl.NumberFormat(i18n.language, { signDisplay: 'always' });
  return (difference) =>
    DAILY_REPORT_COUNTS.filter((name) => difference[name] !== undefined)
      .map((name) => `${t(`report:counts.${name}`)} ${signed.format(difference[name]!)}`)
      .join(i18n.language.startsWith('zh') ? '，' : ', ');
}

/** "Changed since confirmed" with the difference, or nothing when the counts still agree. */
export function ChangeNote({ difference, changed }: { difference: CountsDifference; changed: boolean }) {
  const { t } = useTranslation('reports');
  const text = useDifferenceText();
  if (!changed) return null;
  return (
    <p className="gw-reports__changed">
      <span className="gw-reports__status gw-reports__status--changed">{t('reports:changed')}</span>{' '}
      {t('reports:changedBy', { changes: text(difference) })}
    </p>
  );
}
