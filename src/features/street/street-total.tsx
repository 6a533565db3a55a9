/** "Street total": how many communities reported, late, missing or with a zero report, and the sum of their counts. */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { DAILY_REPORT_COUNTS } from '../../domain/entities/daily-report';
import type { StreetDay } from '../../domain/reports/street-day';

export function StreetTotal({ day, date }: { day: StreetDay; date: string }) {
  const { t } = useTranslation(['street', 'report']);
  const titleId = useId();
  const { counts } = day;
  return (
    <section className="gw-section" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('street:total.title')}</h2>
      <p>
        {t('street:total.statuses', {
          reported: counts.reported,
          late: counts.late,
          missing: counts.missing,
          zero: counts.zero_report,
          total: day.rows.length,
        })}
      </p>
      <dl className="gw-street__counts" aria-label={t('street:total.caption', { date })}>
        {DAILY_REPORT_COUNTS.map((name) => (
          <div key={name} style={{ display: 'contents' }}>
            <dt>{t(`report:counts.${name}`)}</dt>
            <dd>{day.sums[name]}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
