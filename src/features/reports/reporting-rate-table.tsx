/** "Reporting rate": per grid, the days reported and the days on time over the last 14, as DHIS2 summarises it. */
import { useTranslation } from 'react-i18next';
import type { ReportingRate } from '../../domain/reports/reporting-rate';
import { TableSection } from '../../shared/ui/table-section';

interface ReportingRateTableProps {
  rates: readonly ReportingRate[];
  gridNames: ReadonlyMap<string, string>;
  date: string;
}

export function ReportingRateTable({ rates, gridNames, date }: ReportingRateTableProps) {
  const { t, i18n } = useTranslation('reports');
  const percent = new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 0 });
  const value = (count: number, rate: number, expected: number) => t('reports:rate.value', { count, expected, percent: percent.format(rate) });
  if (rates.length === 0) return null;
  return (
    <TableSection title={t('reports:rate.title')} caption={t('reports:rate.caption', { date })} columns={[t('reports:rate.grid'), t('reports:rate.reported'), t('reports:rate.onTime')]}>
      {rates.map((rate) => (
        <tr key={rate.gridId}>
          <th scope="row">{gridNames.get(rate.gridId) ?? t('reports:grids.gridFallback')}</th>
          <td>{value(rate.reported, rate.reportedRate, rate.expected)}</td>
          <td>{value(rate.onTime, rate.onTimeRate, rate.expected)}</td>
        </tr>
      ))}
    </TableSection>
  );
}
