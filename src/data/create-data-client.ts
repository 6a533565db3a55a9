/**
 * Builds the DataClient the app (and the sync tests, in Node with fake-indexeddb) uses:
 * database, API client, session, record writer, needs-attention list and sync engine.
 */
import { liveQuery, type Subscription } from 'dexie';
import type { EntityName } from '../domain/entities/registry';
import { ApiClient } from './api/api-client';
import type { DataClient, LocalRecord, RecordQuery } from './data-client';
import { getMeta } from './db/meta-store';
import { DEFAULT_DB_NAME, GridwalkDb } from './db/schema';
import { discard, listRejected, resend } from './repositories/needs-attention';
import { RecordWriter } from './repositories/record-writer';
import { SessionManager } from './session/session-manager';
import { countUnsent, wipePersonalData } from './session/wipe-personal-data';
import type { BackoffOptions } from './sync/backoff';
import { defaultLockRunner, syncLockName, type LockRunner } from './sync/lock';
import { SyncStatusStore } from './sync/status';
import { SyncEngine } from './sync/sync-engine';
import { runSync } from './sync/sync-once';
import type { Timers } from './sync/timers';
import { browserIsOnline, browserTriggerEnv, type TriggerEnv } from './sync/triggers';

export interface DataClientOptions {
  /** Server origin: '' for the same origin, or e.g. 'http://127.0.0.1:8080' ('/api/v1' is appended). */
  baseUrl: string;
  dbName?: string;
  fetch?: typeof fetch;
  /** Start the sync triggers at once (default true; tests usually pass false and call syncNow). */
  autoStart?: boolean;
  timers?: Timers;
  now?: () => number;
  /** Jitter source for backoff (0 ≤ x < 1). */
  random?: () => number;
  backoff?: Omit<BackoffOptions, 'random'>;
  requestTimeoutMs?: number;
  syncIntervalMs?: number;
  writeDebounceMs?: number;
  pushBatchSize?: number;
  pullLimit?: number;
  /** Cross-tab lock; defaults to Web Locks, or an in-process lock where they are missing. */
  lock?: LockRunner;
  /** window / document for the online and visibility triggers; defaults to the real ones when present. */
  env?: TriggerEnv;
  isOnline?: () => boolean;
}

/** The DataClient plus what tests and the app's teardown need. */
export interface GridwalkDataClient extends DataClient {
  readonly db: GridwalkDb;
  readonly session: SessionManager;
  /** Stops sync, drops subscriptions and closes the database. */
  close(): Promise<void>;
}

export function createDataClient(options: DataClientOptions): GridwalkDataClient {
  const dbName = options.dbName ?? DEFAULT_DB_NAME;
  const db = new GridwalkDb(dbName);
  const now = options.now ?? Date.now;
  const isOnline = options.isOnline ?? browserIsOnline;
  const api = new ApiClient({ baseUrl: options.baseUrl, fetch: options.fetch, timeoutMs: options.requestTimeoutMs });
  const session = new SessionManager({ db, api, now });
  const status = new SyncStatusStore({ online: isOnline() });
  const engine = new SyncEngine({
    run: () => runSync({ db, api, session, now, pushBatchSize: options.pushBatchSize, pullLimit: options.pullLimit }),
    status,
    lockName: syncLockName(dbName),
    lock: options.lock ?? defaultLockRunner(),
    timers: options.timers,
    env: options.env ?? browserTriggerEnv(),
    isOnline,
    now,
    intervalMs: options.syncIntervalMs,
    writeDebounceMs: options.writeDebounceMs,
    backoff: { ...options.backoff, random: options.random },
  });
  const writer = new RecordWriter({ db, now, onWrite: () => engine.notifyWrite() });

  // Live counts for the indicator, also when another tab writes or syncs.
  const counts: Subscription = liveQuery(() =>
    Promise.all([db.outbox.where('state').equals('pending').count(), db.outbox.where('state').equals('rejected').count()]),
  ).subscribe({
    next: ([pending, rejected]) => status.set({ pending, rejected }),
    error: () => undefined,
  });
  void getMeta(db, 'lastSyncAt').then(
    (lastSyncAt) => {
      if (lastSyncAt && !status.get().lastSyncAt) status.set({ lastSyncAt });
    },
    () => undefined,
  );
  session.watch();
  let wasReauth = false;
  session.subscribe(() => {
    const state = session.getState();
    if (state.status === 'signed_in' && !state.reauthRequired && wasReauth) engine.resume();
    wasReauth = state.reauthRequired;
  });

  const client: GridwalkDataClient = {
    db,
    session,

    async signIn(username, password) {
      const user = await session.signIn(username, password);
      if (status.get().phase === 'auth_required') status.set({ phase: 'idle', lastError: null });
      engine.resume();
      return user;
    },

    async signOut(signOutOptions) {
      await session.ready;
      const unsent = await countUnsent(db);
      if (unsent > 0 && !signOutOptions?.force) return { signedOut: false, unsent };
      const stored = session.current();
      if (stored && isOnline()) {
        await api.logout(stored.refreshToken, stored.accessToken).catch(() => undefined);
      }
      await session.clear(() => wipePersonalData(db));
      status.set({ phase: 'idle', pending: 0, rejected: 0, lastSyncAt: null, lastError: null });
      return { signedOut: true, unsent };
    },

    getSessionState: () => session.getState(),
    subscribeSession: (listener) => session.subscribe(listener),
    getSyncStatus: status.get,
    subscribeSyncStatus: status.subscribe,
    syncNow: () => engine.syncNow(),
    start: () => engine.start(),
    stop: () => engine.stop(),

    create: (entity, data) => writer.create(entity, data),
    patch: (entity, id, changes) => writer.patch(entity, id, changes),
    voidRecord: (entity, id, reason) => writer.voidRecord(entity, id, reason),

    getRecord: (entity: EntityName, id: string): Promise<LocalRecord | undefined> => db.records(entity).get(id),
    listRecords: (entity: EntityName, query?: RecordQuery): Promise<LocalRecord[]> => {
      const table = db.records(entity);
      return query ? table.where(query.index).equals(query.equals).toArray() : table.toArray();
    },

    listRejected: () => listRejected(db),
    async resend(mutationId, data) {
      await resend(db, mutationId, data);
      engine.notifyWrite();
    },
    discard: (mutationId) => discard(db, mutationId),

    async close() {
      engine.stop();
      counts.unsubscribe();
      session.unwatch();
      db.close();
    },
  };
  if (options.autoStart ?? true) engine.start();
  return client;
}
