/**
 * "Fevers by community": the fevers each community's report gives, next to the fever reports that reached
 * the server from it that day. A report giving fewer is flagged: the false zero report (零报告) the
 * street must catch.
 */
import { useTranslation } from 'react-i18next';
import type { StreetCommunityDay } from '../../domain/reports/street-day';
import { TableSection } from '../../shared/ui/table-section';

export function StreetFevers({ rows, date }: { rows: readonly StreetCommunityDay[]; date: string }) {
  const { t } = useTranslation('street');
  if (rows.length === 0) return null;
  return (
    <TableSection
      title={t('street:fevers.title')}
      caption={t('street:fevers.caption', { date })}
      columns={[t('street:fevers.community'), t('street:fevers.inReport'), t('street:fevers.received')]}
    >
      {rows.map((row) => (
        <tr key={row.community.id}>
          <th scope="row">{row.community.name}</th>
          <td>{row.feversInReport ?? t('street:communities.none')}</td>
          <td>
            {row.feverReports}
            {row.feversDisagree ? (
              <>
                {' '}
                <span className="gw-street__status gw-street__flag">{t('street:fevers.disagree')}</span>
              </>
            ) : null}
          </td>
        </tr>
      ))}
    </TableSection>
  );
}
