/**
 * Runs sync in the page: at start, on `online`, when the page becomes visible, shortly after a local
 * write and on a timer; one loop at a time (Web Locks across tabs); failed runs are retried with
 * exponential backoff and jitter, never sooner than the server's Retry-After.
 */
import { backoffDelay, type BackoffOptions } from './backoff';
import { classifyFailure } from './failure';
import { defaultLockRunner, type LockRunner } from './lock';
import type { SyncRunResult } from './sync-once';
import type { SyncStatusStore } from './status';
import { realTimers, type Timers } from './timers';
import { bindTriggers, browserIsOnline, type TriggerEnv } from './triggers';

export const DEFAULT_SYNC_INTERVAL_MS = 60_000;
export const DEFAULT_WRITE_DEBOUNCE_MS = 1_000;

export interface SyncEngineOptions {
  /** One complete run (runSync bound to its dependencies). */
  run: () => Promise<SyncRunResult>;
  status: SyncStatusStore;
  /** Web Lock name; include the database name so separate databases sync independently. */
  lockName: string;
  lock?: LockRunner;
  timers?: Timers;
  env?: TriggerEnv;
  isOnline?: () => boolean;
  now?: () => number;
  intervalMs?: number;
  writeDebounceMs?: number;
  backoff?: BackoffOptions;
}

export class SyncEngine {
  private started = false;
  private unbind: (() => void) | null = null;
  private nextRun: unknown = null;
  private writeTimer: unknown = null;
  private running: Promise<void> | null = null;
  private again = false;
  private failures = 0;
  private notBefore = 0;
  private readonly timers: Timers;
  private readonly lock: LockRunner;
  private readonly isOnline: () => boolean;
  private readonly now: () => number;

  constructor(private readonly options: SyncEngineOptions) {
    this.timers = options.timers ?? realTimers;
    this.lock = options.lock ?? defaultLockRunner();
    this.isOnline = options.isOnline ?? browserIsOnline;
    this.now = options.now ?? Date.now;
  }

  /** Starts the triggers and runs once. Idempotent. */
  start(): void {
    if (this.started) return;
    this.started = true;
    this.unbind = bindTriggers(this.options.env ?? {}, {
      online: () => {
        this.options.status.set({ online: true });
        this.failures = 0;
        this.trigger();
      },
      offline: () => this.options.status.set({ online: false, phase: 'offline' }),
      visible: () => this.trigger(),
    });
    this.trigger();
  }

  /** Removes every listener and timer; a run in progress finishes. */
  stop(): void {
    this.started = false;
    this.unbind?.();
    this.unbind = null;
    this.clear('nextRun');
    this.clear('writeTimer');
  }

  /** A local write was saved: push it shortly (writes in quick succession share one run). */
  notifyWrite(): void {
    if (!this.started) return;
    this.clear('writeTimer');
    this.writeTimer = this.timers.setTimeout(() => {
      this.writeTimer = null;
      this.trigger();
    }, this.options.writeDebounceMs ?? DEFAULT_WRITE_DEBOUNCE_MS);
  }

  /** Sign-in again or a cleared failure: forget the backoff and run now. */
  resume(): void {
    this.failures = 0;
    this.notBefore = 0;
    this.trigger();
  }

  /** An automatic trigger: runs now unless the server asked to wait (Retry-After). */
  trigger(): void {
    if (!this.started) return;
    const wait = this.notBefore - this.now();
    if (wait > 0) this.schedule(wait);
    else void this.syncNow();
  }

  /**
   * Runs sync and resolves when done (failures end up in the status, not as a rejection).
   * Called while a run is going, it resolves after one more full run.
   */
  syncNow(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = this.loop().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async loop(): Promise<void> {
    do {
      this.again = false;
      if (!(await this.runLocked())) return;
    } while (this.again);
  }

  /** One run under the lock; false when it failed (no immediate rerun then). */
  private async runLocked(): Promise<boolean> {
    const { status } = this.options;
    this.clear('nextRun');
    if (!this.isOnline()) {
      status.set({ online: false, phase: 'offline' });
      this.schedule(this.options.intervalMs ?? DEFAULT_SYNC_INTERVAL_MS);
      return false;
    }
    try {
      const result = await this.lock(this.options.lockName, () => {
        status.set({ phase: 'syncing' });
        return this.options.run();
      });
      if (result.acquired) {
        this.failures = 0;
        this.notBefore = 0;
        const lastSyncAt = result.value.status === 'done' ? result.value.finishedAt : status.get().lastSyncAt;
        status.set({ phase: 'idle', online: true, lastError: null, lastSyncAt });
      }
      this.schedule(this.options.intervalMs ?? DEFAULT_SYNC_INTERVAL_MS);
      return true;
    } catch (error) {
      const failure = classifyFailure(error);
      status.set({ phase: failure.phase, lastError: failure.code, online: failure.reachable && this.isOnline() });
      if (failure.retry) {
        const delay = backoffDelay(this.failures, failure.retryAfterMs, this.options.backoff);
        this.failures++;
        this.notBefore = failure.retryAfterMs ? this.now() + failure.retryAfterMs : 0;
        this.schedule(delay);
      }
      return false;
    }
  }

  private schedule(ms: number): void {
    if (!this.started) return;
    this.clear('nextRun');
    this.nextRun = this.timers.setTimeout(() => {
      this.nextRun = null;
      void this.syncNow();
    }, ms);
  }

  private clear(which: 'nextRun' | 'writeTimer'): void {
    if (this[which] !== null) {
      this.timers.clearTimeout(this[which]);
      this[which] = null;
    }
  }
}
