/**
 * The grid workers a task can be given to: those among the phones that synced with the community
 * (device_sync records, the secretary's), one per person, by name. Each person's name and grids come
 * from their phone that synced last.
 */
import { useMemo } from 'react';
import { deviceSyncs, useRecords, type LocalRecord } from '../../data';

export interface GridWorker {
  id: string;
  name: string;
  gridIds: readonly string[];
}

const lastSync = (record: LocalRecord<'device_sync'>) =>
  Math.max(Date.parse(record.lastPullAt ?? '') || 0, Date.parse(record.lastPushAt ?? '') || 0);

export function gridWorkersOf(syncs: readonly LocalRecord<'device_sync'>[]): GridWorker[] {
  const latest = new Map<string, LocalRecord<'device_sync'>>();
  for (const record of syncs) {
    if (record.role !== 'grid_worker') continue;
    const known = latest.get(record.userId);
    if (!known || lastSync(record) > lastSync(known)) latest.set(record.userId, record);
  }
  return [...latest.values()]
    .map((record) => ({ id: record.userId, name: record.userName, gridIds: record.gridIds }))
    .sort((a, b) => a.name.localeCompare(b.name, 'zh-CN') || a.id.localeCompare(b.id));
}

/** The community's grid workers (undefined while reading). */
export function useGridWorkers(): GridWorker[] | undefined {
  const syncs = useRecords(deviceSyncs());
  return useMemo(() => (syncs ? gridWorkersOf(syncs) : undefined), [syncs]);
}

/** The worker of a grid (the first by name when several share it), or undefined. */
export function workerOfGrid(workers: readonly GridWorker[], gridId: string | undefined): GridWorker | undefined {
  return gridId === undefined ? undefined : workers.find((worker) => worker.gridIds.includes(gridId));
}
