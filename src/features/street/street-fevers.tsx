/**
 * "Fevers by community": the fevers each community's report gives, next to the fever reports that reached
 * the server from it that day. A report giving fewer is flagged: the false zero report (零报告) the
 * street must catch.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { StreetCommunityDay } from '../../domain/reports/street-day';

export function StreetFevers({ rows, date }: { rows: readonly StreetCommunityDay[]; date: string }) {
  const { t } = useTranslation('street');
  const titleId = useId();
  if (rows.length === 0) return null;
  return (
    <section className="gw-section" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('street:fevers.title')}</h2>
      <div className="gw-street__scroll">
        <table className="gw-street__table">
          <caption>{t('street:fevers.caption', { date })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('street:fevers.community')}</th>
              <th scope="col">{t('street:fevers.inReport')}</th>
              <th scope="col">{t('street:fevers.received')}</th>
            </tr>
          </thead>
          <tbody>
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
          </tbody>
        </table>
      </div>
    </section>
  );
}
