/** The live progress of a large sync (null when none runs), for useSyncExternalStore. */
import type { SyncProgress } from './progress-estimate';

export class SyncProgressStore {
  private progress: SyncProgress | null = null;
  private readonly listeners = new Set<() => void>();

  get = (): SyncProgress | null => this.progress;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  set = (progress: SyncProgress | null): void => {
    if (progress === this.progress) return;
    this.progress = progress;
    for (const listener of this.listeners) listener();
  };
}
