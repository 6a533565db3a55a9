/** "Communities": each community's own report for the date, with its status, time and the grids left out of it. */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { StreetCommunityDay } from '../../domain/reports/street-day';
import { formatDateTime } from '../../shared/format-date-time';
import { TableSection } from '../../shared/ui/table-section';
import { StreetStatus } from './street-status';

export function StreetCommunities({ rows, date }: { rows: readonly StreetCommunityDay[]; date: string }) {
  const { t, i18n } = useTranslation('street');
  const titleId = useId();
  if (rows.length === 0) {
    return (
      <section className="gw-section" aria-labelledby={titleId}>
        <h2 id={titleId}>{t('street:communities.title')}</h2>
        <p className="gw-empty">{t('street:communities.empty')}</p>
      </section>
    );
  }
  return (
    <TableSection
      title={t('street:communities.title')}
      caption={t('street:communities.caption', { date })}
      columns={[t('street:communities.community'), t('street:communities.status'), t('street:communities.time')]}
    >
      {rows.map((row) => (
        <tr key={row.community.id}>
          <th scope="row">{row.community.name}</th>
          <td>
            <StreetStatus row={row} />
            {row.report && row.report.gridsMissing.length > 0 ? <div>{t('street:communities.gridsMissing', { count: row.report.gridsMissing.length })}</div> : null}
          </td>
          <td>{row.report ? formatDateTime(row.report.confirmedAt, i18n.language) : t('street:communities.none')}</td>
        </tr>
      ))}
    </TableSection>
  );
}
