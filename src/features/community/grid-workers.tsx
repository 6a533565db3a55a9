import { useTranslation } from 'react-i18next';
import type { LocalRecord } from '../../data';
import type { WorkerActivity } from '../../domain/community/worker-activity';
import { formatDateTime } from '../../shared/format-date-time';

/** Each grid worker: grids, today's visits, the last time a phone of theirs synced; a silent phone marked. */
export function GridWorkers({ workers, grids }: { workers: readonly WorkerActivity[]; grids: readonly LocalRecord<'grid'>[] }) {
  const { t, i18n } = useTranslation('community');
  const gridName = (id: string) => grids.find((grid) => grid.id === id)?.name ?? '—';
  if (workers.length === 0) return <p className="gw-empty">{t('community:workers.none')}</p>;
  return (
    <table className="gw-desk-table">
      <caption>{t('community:workers.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('community:workers.name')}</th>
          <th scope="col">{t('community:workers.grids')}</th>
          <th scope="col">{t('community:workers.visits')}</th>
          <th scope="col">{t('community:workers.lastSync')}</th>
        </tr>
      </thead>
      <tbody>
        {workers.map((worker) => (
          <tr key={worker.userId} className={worker.silent ? 'gw-desk-table__row--alert' : undefined}>
            <th scope="row">{worker.name}</th>
            <td>{worker.gridIds.map(gridName).join('、')}</td>
            <td>{worker.visitsToday}</td>
            <td>
              {worker.lastSyncAt ? formatDateTime(worker.lastSyncAt, i18n.language) : t('community:workers.never')}
              {worker.silent ? <strong className="gw-desk-alert">{t('community:workers.silent')}</strong> : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
