/**
 * Watches for another tab upgrading (or deleting) the database. IndexedDB cannot upgrade while this
 * tab holds an older connection, and Dexie would quietly reopen it on the next query; instead the
 * connection is closed for good and the status turns 'version_changed' so the UI asks for a reload.
 */
import type { DatabaseStatus } from '../client-state';
import type { GridwalkDb } from './schema';

export class DatabaseStatusWatcher {
  private status: DatabaseStatus = 'open';
  private readonly listeners = new Set<() => void>();
  private readonly onVersionChange = () => {
    this.db.close({ disableAutoOpen: true });
    this.set('version_changed');
  };

  constructor(private readonly db: GridwalkDb) {
    db.on('versionchange', this.onVersionChange);
  }

  get = (): DatabaseStatus => this.status;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  dispose(): void {
    this.db.on('versionchange').unsubscribe(this.onVersionChange);
    this.listeners.clear();
  }

  private set(next: DatabaseStatus): void {
    if (next === this.status) return;
    this.status = next;
    for (const listener of [...this.listeners]) listener();
  }
}
