/** Every grid's daily report for the date: a table on an office screen, a list of cards on a phone. */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { DAILY_REPORT_COUNTS } from '../../domain/entities/daily-report';
import type { CommunityTotal } from '../../domain/reports/community-total';
import { CountsList } from './counts-list';
import { ChangeNote, formatConfirmedTime, StatusLabels } from './report-labels';
import type { GridRow } from './use-reports-view';

interface GridReportsProps {
  rows: readonly GridRow[];
  total: CommunityTotal;
  date: string;
  wide: boolean;
}

function ConfirmedTime({ row, date }: { row: GridRow; date: string }) {
  const { t, i18n } = useTranslation('reports');
  const { status } = row;
  if (status.status === 'not_reported') return null;
  return <span className="gw-reports__time">{t('reports:confirmedAt', { time: formatConfirmedTime(status.confirmedAt, date, i18n.language) })}</span>;
}

function GridCard({ row, date }: { row: GridRow; date: string }) {
  const headingId = useId();
  const { report } = row.status;
  return (
    <li>
      <article className="gw-card gw-reports__card" aria-labelledby={headingId}>
        <h3 id={headingId}>{row.grid.name}</h3>
        <p className="gw-reports__line">
          <StatusLabels status={row.status} /> <ConfirmedTime row={row} date={date} />
        </p>
        {row.change ? <ChangeNote {...row.change} /> : null}
        {report ? <CountsList counts={report.counts} /> : null}
      </article>
    </li>
  );
}

function GridTable({ rows, total, date }: GridReportsProps) {
  const { t, i18n } = useTranslation(['reports', 'report']);
  return (
    <div className="gw-reports__scroll">
      <table className="gw-reports__table">
        <caption>{t('reports:grids.caption', { date })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('reports:grids.grid')}</th>
            <th scope="col">{t('reports:grids.status')}</th>
            <th scope="col">{t('reports:grids.time')}</th>
            {DAILY_REPORT_COUNTS.map((name) => (
              <th key={name} scope="col">
                {t(`report:counts.${name}`)}
              </th>
            ))}
            <th scope="col">{t('reports:grids.change')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const { status, change } = row;
            return (
              <tr key={row.grid.id}>
                <th scope="row">{row.grid.name}</th>
                <td>
                  <StatusLabels status={status} />
                </td>
                <td>{status.status === 'not_reported' ? t('reports:grids.none') : formatConfirmedTime(status.confirmedAt, date, i18n.language)}</td>
                {DAILY_REPORT_COUNTS.map((name) => (
                  <td key={name}>{status.report ? status.report.counts[name] : t('reports:grids.none')}</td>
                ))}
                <td>{change?.changed ? <ChangeNote {...change} /> : t('reports:grids.none')}</td>
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('reports:total.title')}</th>
            <td colSpan={2}>{t('reports:total.reportedOf', { reported: total.gridsReported.length, total: rows.length })}</td>
            {DAILY_REPORT_COUNTS.map((name) => (
              <td key={name}>{total.counts[name]}</td>
            ))}
            <td />
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

export function GridReports(props: GridReportsProps) {
  const { t } = useTranslation('reports');
  const titleId = useId();
  return (
    <section className="gw-section gw-reports__section" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('reports:grids.title')}</h2>
      {props.rows.length === 0 ? (
        <p className="gw-empty">{t('reports:grids.empty')}</p>
      ) : props.wide ? (
        <GridTable {...props} />
      ) : (
        <ul className="gw-reports__cards">
          {props.rows.map((row) => (
            <GridCard key={row.grid.id} row={row} date={props.date} />
          ))}
        </ul>
      )}
    </section>
  );
}
