/** "Reporting rate": per community, the days reported and the days on time over the 14 days to the date. */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportingRate } from '../../domain/reports/reporting-rate';

export function StreetRates({ rates, names, date }: { rates: readonly ReportingRate[]; names: ReadonlyMap<string, string>; date: string }) {
  const { t, i18n } = useTranslation('street');
  const titleId = useId();
  const percent = new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 0 });
  const value = (count: number, rate: number, expected: number) => t('street:rate.value', { count, expected, percent: percent.format(rate) });
  if (rates.length === 0) return null;
  return (
    <section className="gw-section" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('street:rate.title')}</h2>
      <div className="gw-street__scroll">
        <table className="gw-street__table">
          <caption>{t('street:rate.caption', { date })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('street:rate.community')}</th>
              <th scope="col">{t('street:rate.reported')}</th>
              <th scope="col">{t('street:rate.onTime')}</th>
            </tr>
          </thead>
          <tbody>
            {rates.map((rate) => (
              <tr key={rate.gridId}>
                <th scope="row">{names.get(rate.gridId) ?? ''}</th>
                <td>{value(rate.reported, rate.reportedRate, rate.expected)}</td>
                <td>{value(rate.onTime, rate.onTimeRate, rate.expected)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
