/**
 * Each grid worker's day as the secretary sees it: today's visits and the last time any of their
 * phones synced (the server's device_sync records); a phone silent for more than two hours during
 * the working day (07:00–21:00 local) is marked.
 */
import type { EntityRecord } from '../entities/entity-record';
import { isVoided, type DayVisit } from '../round/day-status';

export const SILENT_AFTER_MS = 2 * 60 * 60 * 1000;
const DAY_STARTS_AT_HOUR = 7;
const DAY_ENDS_AT_HOUR = 21;

type DeviceSync = Pick<EntityRecord<'device_sync'>, 'userId' | 'userName' | 'role' | 'gridIds' | 'lastPushAt' | 'lastPullAt'>;

export interface WorkerActivity {
  userId: string;
  name: string;
  gridIds: string[];
  visitsToday: number;
  /** The latest push or pull of any of the worker's phones; undefined if never. */
  lastSyncAt: string | undefined;
  silent: boolean;
}

function later(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return Date.parse(a) >= Date.parse(b) ? a : b;
}

/** Whether `now` (a local time) lies within the working day, when a silent phone is worth a mark. */
export function isWorkingHours(now: Date): boolean {
  const hour = now.getHours();
  return hour >= DAY_STARTS_AT_HOUR && hour < DAY_ENDS_AT_HOUR;
}

export function workerActivity(devices: readonly DeviceSync[], visits: readonly DayVisit[], day: { includes(timestamp: string): boolean }, now: Date): WorkerActivity[] {
  const workers = new Map<string, WorkerActivity>();
  for (const device of devices) {
    if (device.role !== 'grid_worker') continue;
    const worker = workers.get(device.userId) ?? {
      userId: device.userId,
      name: device.userName,
      gridIds: [...device.gridIds],
      visitsToday: 0,
      lastSyncAt: undefined,
      silent: false,
    };
    worker.lastSyncAt = later(worker.lastSyncAt, later(device.lastPushAt, device.lastPullAt));
    workers.set(device.userId, worker);
  }
  for (const visit of visits) {
    if (isVoided(visit) || visit.createdBy === undefined || !day.includes(visit.visitedAt)) continue;
    const worker = workers.get(visit.createdBy);
    if (worker) worker.visitsToday += 1;
  }
  const working = isWorkingHours(now);
  for (const worker of workers.values()) {
    const last = worker.lastSyncAt === undefined ? undefined : Date.parse(worker.lastSyncAt);
    worker.silent = working && (last === undefined || now.getTime() - last > SILENT_AFTER_MS);
  }
  return [...workers.values()].sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
}
