/** One building's figures: as a table row on an office screen, as a card on a phone. */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { BuildingRow } from './building-rows';

const buildingPath = (row: BuildingRow) => `/buildings/${encodeURIComponent(row.building.id)}`;

function Workers({ row }: { row: BuildingRow }) {
  const { t } = useTranslation('buildings');
  return <>{row.workers.length > 0 ? row.workers.join('、') : t('buildings:none')}</>;
}

function Coverage({ row }: { row: BuildingRow }) {
  const { t } = useTranslation('buildings');
  const { visited, total } = row.tally;
  return (
    <span className="gw-buildings-coverage">
      <span>{t('buildings:coverage', { visited, total })}</span>
      <meter min={0} max={Math.max(total, 1)} value={visited} aria-label={t('buildings:coverageLabel', { building: row.building.name })} />
    </span>
  );
}

function Seal({ row }: { row: BuildingRow }) {
  const { t } = useTranslation('buildings');
  if (!row.building.sealed) return <>{t('buildings:none')}</>;
  return (
    <span className="gw-round-sealed">
      {row.sealDay !== null ? t('buildings:sealDay', { n: row.sealDay }) : row.sealStart ? t('buildings:sealedFrom', { date: row.sealStart }) : t('buildings:sealed')}
    </span>
  );
}

export function BuildingsTable({ rows }: { rows: readonly BuildingRow[] }) {
  const { t } = useTranslation('buildings');
  return (
    <table className="gw-desk-table gw-buildings-table">
      <caption>{t('buildings:table.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('buildings:table.building')}</th>
          <th scope="col">{t('buildings:table.grid')}</th>
          <th scope="col">{t('buildings:table.worker')}</th>
          <th scope="col">{t('buildings:table.households')}</th>
          <th scope="col">{t('buildings:table.coverage')}</th>
          <th scope="col">{t('buildings:table.fevers')}</th>
          <th scope="col">{t('buildings:table.sealed')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.building.id}>
            <th scope="row">
              <Link to={buildingPath(row)}>{row.building.name}</Link>
            </th>
            <td>{row.gridName}</td>
            <td>
              <Workers row={row} />
            </td>
            <td>{row.tally.total}</td>
            <td>
              <Coverage row={row} />
            </td>
            <td className={row.tally.fever > 0 ? 'gw-round-fever' : undefined}>{row.tally.fever}</td>
            <td>
              <Seal row={row} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function BuildingCardList({ rows, labelledBy }: { rows: readonly BuildingRow[]; labelledBy: string }) {
  const { t } = useTranslation('buildings');
  return (
    <ul className="gw-list" aria-labelledby={labelledBy}>
      {rows.map((row) => (
        <li key={row.building.id} className="gw-card gw-buildings-card">
          <Link className="gw-lead" to={buildingPath(row)}>
            {row.building.name}
          </Link>
          {row.building.sealed ? <Seal row={row} /> : null}
          <span>
            {row.gridName} · <Workers row={row} />
          </span>
          <span>{t('buildings:households', { n: row.tally.total })}</span>
          <Coverage row={row} />
          <span className={row.tally.fever > 0 ? 'gw-round-fever' : undefined}>{t('buildings:fevers', { n: row.tally.fever })}</span>
        </li>
      ))}
    </ul>
  );
}
