import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { localDateOf } from '../../shared/local-date';
import { PageLayout } from '../../shared/ui/page-layout';
import { SelectField } from '../../shared/ui/select-field';
import { NO_FILTERS, SORT_KEYS, sortAndFilter, type BuildingRow, type RowFilters, type SortKey } from './building-rows';
import { BuildingCardList, BuildingsTable } from './building-views';
import { useBuildingRows } from './use-building-rows';
import { useWideScreen } from '../../shared/ui/use-wide-screen';
import './buildings.css';

function isSortKey(value: string): value is SortKey {
  return (SORT_KEYS as readonly string[]).includes(value);
}

function DueToLift({ rows }: { rows: readonly BuildingRow[] }) {
  const { t } = useTranslation('buildings');
  const titleId = useId();
  const due = rows.filter((row) => row.dueToLift);
  return (
    <section className="gw-section" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('buildings:due.title')}</h2>
      {due.length === 0 ? (
        <p className="gw-empty">{t('buildings:due.empty')}</p>
      ) : (
        <ul className="gw-list" aria-labelledby={titleId}>
          {due.map((row) => (
            <li key={row.building.id} className="gw-card">
              <Link className="gw-lead" to={`/buildings/${encodeURIComponent(row.building.id)}`}>
                {row.building.name}
              </Link>
              <span>{t('buildings:sealDay', { n: row.sealDay ?? 0 })}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The secretary's Buildings: every building of the community with today's figures, sorted and filtered. */
export function BuildingsScreen() {
  const { t } = useTranslation(['buildings', 'translation']);
  const today = localDateOf();
  const data = useBuildingRows(today);
  const wide = useWideScreen();
  const [sort, setSort] = useState<SortKey>('coverage');
  const [filters, setFilters] = useState<RowFilters>(NO_FILTERS);
  const listId = useId();
  const shown = useMemo(() => (data ? sortAndFilter(data.rows, sort, filters) : []), [data, sort, filters]);
  const toggle = (name: 'sealed' | 'fever' | 'notStarted') => setFilters((current) => ({ ...current, [name]: !current[name] }));

  return (
    <PageLayout title={t('buildings:title')} className="gw-page--wide">
      {data === undefined ? (
        <p className="gw-loading">{t('translation:app.loading')}</p>
      ) : (
        <>
          <DueToLift rows={data.rows} />
          <div className="gw-buildings-controls">
            <SelectField
              label={t('buildings:sort.label')}
              value={sort}
              onChange={(event) => {
                if (isSortKey(event.target.value)) setSort(event.target.value);
              }}
              options={SORT_KEYS.map((key) => ({ value: key, label: t(`buildings:sort.${key}`) }))}
            />
            <SelectField
              label={t('buildings:filter.grid')}
              value={filters.gridId}
              onChange={(event) => setFilters((current) => ({ ...current, gridId: event.target.value }))}
              placeholder={t('buildings:filter.allGrids')}
              options={data.grids.map((grid) => ({ value: grid.id, label: grid.name }))}
            />
            <fieldset className="gw-buildings-filters">
              <legend>{t('buildings:filter.title')}</legend>
              <label>
                <input type="checkbox" checked={filters.sealed} onChange={() => toggle('sealed')} /> {t('buildings:filter.sealed')}
              </label>
              <label>
                <input type="checkbox" checked={filters.fever} onChange={() => toggle('fever')} /> {t('buildings:filter.fever')}
              </label>
              <label>
                <input type="checkbox" checked={filters.notStarted} onChange={() => toggle('notStarted')} /> {t('buildings:filter.notStarted')}
              </label>
            </fieldset>
          </div>
          <h2 id={listId}>{t('buildings:listTitle', { shown: shown.length, total: data.rows.length })}</h2>
          {data.rows.length === 0 ? (
            <p className="gw-empty">{t('buildings:noBuildings')}</p>
          ) : shown.length === 0 ? (
            <p className="gw-empty">{t('buildings:noMatch')}</p>
          ) : wide ? (
            <BuildingsTable rows={shown} />
          ) : (
            <BuildingCardList rows={shown} labelledBy={listId} />
          )}
        </>
      )}
    </PageLayout>
  );
}
