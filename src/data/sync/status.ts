/** The live SyncStatus: an immutable snapshot replaced on every change, for useSyncExternalStore. */
import type { SyncStatus } from '../client-state';

export const INITIAL_SYNC_STATUS: SyncStatus = {
  phase: 'idle',
  online: true,
  pending: 0,
  rejected: 0,
  unreadable: 0,
  lastSyncAt: null,
  lastError: null,
};

export class SyncStatusStore {
  private status: SyncStatus;
  private readonly listeners = new Set<() => void>();

  constructor(initial: Partial<SyncStatus> = {}) {
    this.status = { ...INITIAL_SYNC_STATUS, ...initial };
  }

  get = (): SyncStatus => this.status;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  set(patch: Partial<SyncStatus>): void {
    const next = { ...this.status, ...patch };
    const keys = Object.keys(next) as (keyof SyncStatus)[];
    if (keys.every((key) => next[key] === this.status[key])) return;
    this.status = next;
    for (const listener of this.listeners) listener();
  }
}
