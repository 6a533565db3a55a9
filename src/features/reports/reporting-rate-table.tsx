/** "Reporting rate": per grid, the days reported and the days on time over the last 14, as DHIS2 summarises it. */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportingRate } from '../../domain/reports/reporting-rate';

interface ReportingRateTableProps {
  rates: readonly ReportingRate[];
  gridNames: ReadonlyMap<string, string>;
  date: string;
}

export function ReportingRateTable({ rates, gridNames, date }: ReportingRateTableProps) {
  const { t, i18n } = useTranslation('reports');
  const titleId = useId();
  const percent = new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 0 });
  const value = (count: number, rate: number, expected: number) => t('reports:rate.value', { count, expected, percent: percent.format(rate) });
  if (rates.length === 0) return null;
  return (
    <section className="gw-section gw-reports__section" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('reports:rate.title')}</h2>
      <div className="gw-reports__scroll">
        <table className="gw-reports__table">
          <caption>{t('reports:rate.caption', { date })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('reports:rate.grid')}</th>
              <th scope="col">{t('reports:rate.reported')}</th>
              <th scope="col">{t('reports:rate.onTime')}</th>
            </tr>
          </thead>
          <tbody>
            {rates.map((rate) => (
              <tr key={rate.gridId}>
                <th scope="row">{gridNames.get(rate.gridId) ?? t('reports:grids.gridFallback')}</th>
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
