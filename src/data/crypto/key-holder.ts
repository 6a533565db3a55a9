/**
 * What the sealing middleware (sealing-middleware.ts) needs to know at every read and write: is this phone
 * sealing at all (a key record exists: the PIN was set), and if so, is it unlocked (the sealing tables,
 * holding the field key, are in memory). One per database; the app lock (app-lock.ts) moves it between the modes.
 *
 * - open: no key record (signed out, or signed in and the PIN not yet set): rows pass as they are.
 * - locked: a key record exists and the keys are not in memory: sealed rows cannot be read, nor rows of
 *   sealed tables written (AppLockedError).
 * - unlocked: personal fields are sealed on write and opened on read.
 */
import type { UnlockedTables } from './sealing-table';

export type KeyMode = 'open' | 'locked' | 'unlocked';

/** A sealed row was read, or a row of a sealed table written, while the app is locked. */
export class AppLockedError extends Error {
  readonly code = 'APP_LOCKED';

  constructor(table: string) {
    super(`the app is locked: ${table} cannot be read or written`);
    this.name = 'AppLockedError';
  }
}

export class KeyHolder {
  private current: UnlockedTables | null = null;
  private sealing = false;

  get mode(): KeyMode {
    if (this.current) return 'unlocked';
    return this.sealing ? 'locked' : 'open';
  }

  /** The sealing tables while unlocked, else null. */
  get tables(): UnlockedTables | null {
    return this.current;
  }

  unlock(tables: UnlockedTables): void {
    this.current = tables;
    this.sealing = true;
  }

  /** Drops the keys (the phone has a key record). */
  lock(): void {
    this.current = null;
    this.sealing = true;
  }

  /** No key record (any more): nothing is sealed or opened. */
  open(): void {
    this.current = null;
    this.sealing = false;
  }
}
