/** "Reporting rate": per community, the days reported and the days on time over the 14 days to the date. */
import { useTranslation } from 'react-i18next';
import type { ReportingRate } from '../../domain/reports/reporting-rate';
import { TableSection } from '../../shared/ui/table-section';

export function StreetRates({ rates, names, date }: { rates: readonly ReportingRate[]; names: ReadonlyMap<string, string>; date: string }) {
  const { t, i18n } = useTranslation('street');
  const percent = new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 0 });
  const value = (count: number, rate: number, expected: number) => t('street:rate.value', { count, expected, percent: percent.format(rate) });
  if (rates.length === 0) return null;
  return (
    <TableSection
      title={t('street:rate.title')}
      caption={t('street:rate.caption', { date })}
      columns={[t('street:rate.community'), t('street:rate.reported'), t('street:rate.onTime')]}
    >
      {rates.map((rate) => (
        <tr key={rate.gridId}>
          <th scope="row">{names.get(rate.gridId) ?? ''}</th>
          <td>{value(rate.reported, rate.reportedRate, rate.expected)}</td>
          <td>{value(rate.onTime, rate.onTimeRate, rate.expected)}</td>
        </tr>
      ))}
    </TableSection>
  );
}
