/**
 * Builds the DataClient the app (and the sync tests, in Node with fake-indexeddb) uses:
 * database, API client, session, record writer, needs-attention list and sync engine.
 */
import { liveQuery, type Subscription } from 'dexie';
import { ApiClient } from './api/api-client';
import { ApiError } from './api/api-error';
import type { DataClient } from './data-client';
import { DatabaseStatusWatcher } from './db/database-status';
import { getMeta } from './db/meta-store';
import { withReopen } from './db/reopen-on-connection-lost';
import { DEFAULT_DB_NAME, GridwalkDb } from './db/schema';
import {
  loadConflictResolver,
  loadDeliveryWriter,
  loadVisitWriter,
  loadExportUnsent,
  loadNeedsAttention,
  loadPeopleApi,
  loadPersistentStorage,
  loadRetentionStatus,
  loadPhonesApi,
  loadPosterApi,
  loadRecordWriter,
  loadSealingWriter,
  loadSyncRun,
} from './lazy-modules';
import { runCountsQuery, runIdsQuery } from './queries/run-ids-query';
import { runQuery } from './queries/run-query';
import { listRejected } from './repositories/list-rejected';
import type { RecordWriter } from './repositories/record-writer';
import type { SealingWriter } from './repositories/sealing';
import type { DeliveryWriter } from './repositories/deliveries';
import type { VisitWriter } from './repositories/visit-with-follow-ups';
import type { ConflictResolver } from './repositories/conflict-resolution';
import type { SessionUser } from '../domain/sync-protocol';
import type * as PeopleApiModule from './api/people-api';
import { browserCacheStorage, clearRuntimeCaches, type CacheStorageLike } from './session/clear-caches';
import { SessionManager } from './session/session-manager';
import type { SlotOptions } from './crypto/data-keys';
import { AppLock } from './lock/app-lock';
import { DEFAULT_IDLE_LOCK_MINUTES, type LockState } from './lock/lock-state';
import { countUnsent, wipePersonalData } from './session/wipe-personal-data';
import { browserStorageManager, type StorageManagerLike } from './storage/storage-manager';
import type { BackoffOptions } from './sync/backoff';
import { defaultLockRunner, syncLockName, type LockRunner } from './sync/lock';
import { SyncProgressStore } from './sync/progress-store';
import { SyncStatusStore } from './sync/status';
import { SyncEngine } from './sync/sync-engine';
import type { Timers } from './sync/timers';
import { browserIsOnline, browserTriggerEnv, type TriggerEnv } from './sync/triggers';

type PeopleApi = typeof PeopleApiModule;

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
  /** navigator.storage (persistence, usage); null where missing. Defaults to the real one. */
  storage?: StorageManagerLike | null;
  /** Cache Storage, emptied of runtime caches on sign-out. Defaults to the global `caches`. */
  caches?: CacheStorageLike | null;
  /**
   * Called once when a session this client had signed in is wiped remotely (here or in another tab), or
   * 5 wrong PINs wiped it; not for a wipe notice already there when it started. The app reloads the page
   * then, so nothing read before (the search index and its name cache, screens' state) outlives the data.
   */
  onRemoteWipe?: () => void;
  /**
   * The app lock and encryption at rest (issue 18): a PIN is set after the first sign-in, personal fields
   * are stored sealed, and nothing syncs while the app is locked. Off unless asked (the app asks; tests of
   * other things run without it). slotOptions lowers the PBKDF2 count for tests.
   */
  appLock?: boolean | { slotOptions?: SlotOptions };
  /** The app locked itself (or was locked): the app reloads the page, so nothing read stays in memory. */
  onLocked?: () => void;
}

/** The DataClient plus what tests and the app's teardown need. */
export interface GridwalkDataClient extends DataClient {
  readonly db: GridwalkDb;
  readonly session: SessionManager;
  readonly appLock: AppLock | null;
  /** Stops sync, drops subscriptions and closes the database. */
  close(): Promise<void>;
}

/** The lock state of a client without the app lock: always open for use. */
const NO_APP_LOCK: LockState = { status: 'unlocked', idleMinutes: DEFAULT_IDLE_LOCK_MINUTES };

export function createDataClient(options: DataClientOptions): GridwalkDataClient {
  const dbName = options.dbName ?? DEFAULT_DB_NAME;
  const db = new GridwalkDb(dbName);
  const database = new DatabaseStatusWatcher(db);
  const storage = options.storage === undefined ? browserStorageManager() : options.storage;
  const cacheStorage = options.caches === undefined ? browserCacheStorage() : options.caches;
  const reopening = <T>(operation: () => Promise<T>) => withReopen(db, operation);
  const now = options.now ?? Date.now;
  const isOnline = options.isOnline ?? browserIsOnline;
  const api = new ApiClient({ baseUrl: options.baseUrl, fetch: options.fetch, timeoutMs: options.requestTimeoutMs });
  const session = new SessionManager({ db, api, now, caches: cacheStorage });
  const appLock = options.appLock
    ? new AppLock({
        db,
        now,
        caches: cacheStorage,
        slotOptions: options.appLock === true ? undefined : options.appLock.slotOptions,
        onLocked: options.onLocked,
        onWiped: options.onRemoteWipe,
      })
    : null;
  /** With the app lock, nothing syncs until the PIN is set and while the app is locked. */
  const lockedOut = () => appLock !== null && appLock.getState().status !== 'unlocked';
  const status = new SyncStatusStore({ online: isOnline() });
  const progress = new SyncProgressStore();
  const engine = new SyncEngine({
    run: () =>
      reopening(async () => {
        if (lockedOut()) return { status: 'locked' as const };
        const { runSync } = await loadSyncRun();
        const { pushBatchSize, pullLimit } = options;
        return runSync({ db, api, session, now, pushBatchSize, pullLimit, onProgress: progress.set });
      }),
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
  const afterWrite = () => engine.notifyWrite();
  let writerLoading: Promise<RecordWriter> | null = null;
  const writer = () =>
    (writerLoading ??= loadRecordWriter().then(({ RecordWriter }) => new RecordWriter({ db, now, onWrite: afterWrite })));
  let sealingLoading: Promise<SealingWriter> | null = null;
  const sealing = () =>
    (sealingLoading ??= loadSealingWriter().then(({ SealingWriter }) => new SealingWriter({ db, now, onWrite: afterWrite })));
  let deliveriesLoading: Promise<DeliveryWriter> | null = null;
  const deliveries = () =>
    (deliveriesLoading ??= loadDeliveryWriter().then(({ DeliveryWriter }) => new DeliveryWriter({ db, now, onWrite: afterWrite })));
  let visitsLoading: Promise<VisitWriter> | null = null;
  const visits = () => (visitsLoading ??= loadVisitWriter().then(({ VisitWriter }) => new VisitWriter({ db, now, onWrite: afterWrite })));
  let resolverLoading: Promise<ConflictResolver> | null = null;
  const resolver = () =>
    (resolverLoading ??= loadConflictResolver().then(({ ConflictResolver }) => new ConflictResolver({ db, now, onWrite: afterWrite })));

  // Live counts for the indicator, also when another tab writes or syncs.
  const counts: Subscription = liveQuery(() =>
    Promise.all([db.outbox.where('state').equals('pending').count(), db.outbox.where('state').equals('rejected').count(), db.unreadable.count()]),
  ).subscribe({
    next: ([pending, rejected, unreadable]) => {
      status.set({ pending, rejected, unreadable });
    },
    error: () => undefined,
  });
  void getMeta(db, 'lastSyncAt').then(
    (lastSyncAt) => {
      if (lastSyncAt && !status.get().lastSyncAt) status.set({ lastSyncAt });
    },
    () => undefined,
  );
  session.watch();
  let wasUnlocked = false;
  appLock?.subscribe(() => {
    const unlocked = appLock.getState().status === 'unlocked';
    // Unlocked: the session's sealed tokens can be read now, then the sync starts.
    if (unlocked && !wasUnlocked) void session.reload().finally(() => engine.resume());
    wasUnlocked = unlocked;
  });
  let wasReauth = false;
  let wasWiped = false;
  let hadSession = false;
  session.subscribe(() => {
    const state = session.getState();
    if (state.status === 'signed_in') hadSession = true;
    if (state.status === 'signed_in' && !state.reauthRequired && wasReauth) engine.resume();
    wasReauth = state.reauthRequired;
    // A remote wipe (here, in another tab or in the service worker): nothing synced is left.
    if (state.wiped && !wasWiped) {
      status.set({ pending: 0, rejected: 0, unreadable: 0, lastSyncAt: null });
      progress.set(null);
      if (hadSession) options.onRemoteWipe?.();
    }
    wasWiped = state.wiped !== undefined;
  });

  /** A sign-in with `password`: the app lock keeps it for "Set PIN" (forgotten when the sign-in fails). */
  const signingIn = async (password: string, signIn: () => Promise<SessionUser>): Promise<SessionUser> => {
    appLock?.expectSignIn(password);
    try {
      const user = await signIn();
      await appLock?.reload();
      return user;
    } catch (error) {
      appLock?.expectSignIn(null);
      throw error;
    }
  };
  /** After a sign-in (with a password or a sign-in code): keep the data, clear a paused sync, sync now. */
  const signedIn = (user: SessionUser): SessionUser => {
    // Not awaited: some browsers ask the user, and sign-in must not wait for the answer.
    void loadPersistentStorage()
      .then(({ requestPersistentStorage }) => requestPersistentStorage(db, storage))
      .catch(() => null);
    if (status.get().phase === 'auth_required') status.set({ phase: 'idle', lastError: null });
    engine.resume();
    return user;
  };
  // The people and poster calls (issue 13): online only, their modules loaded on first use (a chunk that cannot load is NETWORK).
  const online =
    <M>(load: () => Promise<M>) =>
    (): Promise<M> =>
      load().catch((error: unknown) => Promise.reject(new ApiError(0, 'NETWORK', error instanceof Error ? error.message : 'network error')));
  const peopleApi = online(loadPeopleApi);
  const posterApi = online(loadPosterApi);
  const phonesApi = online(loadPhonesApi);
  const withPeople = <T>(call: (people: PeopleApi, token: string) => Promise<T>): Promise<T> =>
    session.withToken(async (token) => call(await peopleApi(), token));

  const client: GridwalkDataClient = {
    db,
    session,
    appLock,

    async signIn(username, password) {
      return signedIn(await signingIn(password, () => session.signIn(username, password)));
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
      await appLock?.signedOut();
      await clearRuntimeCaches(cacheStorage).catch(() => []);
      status.set({ phase: 'idle', pending: 0, rejected: 0, unreadable: 0, lastSyncAt: null, lastError: null });
      progress.set(null);
      return { signedOut: true, unsent };
    },

    getSessionState: () => session.getState(),
    getLockState: () => appLock?.getState() ?? NO_APP_LOCK,
    subscribeLock: (listener) => appLock?.subscribe(listener) ?? (() => undefined),
    setPin: async (pin, password) => appLock?.setPin(pin, password),
    unlock: async (secret) => (appLock ? appLock.unlock(secret) : { ok: true }),
    lock: () => appLock?.lock(),
    setIdleLockMinutes: async (minutes) => appLock?.setIdleMinutes(minutes),
    subscribeSession: (listener) => session.subscribe(listener),
    getDatabaseStatus: database.get,
    subscribeDatabaseStatus: database.subscribe,
    getStorageStatus: async () => (await loadPersistentStorage()).readStorageStatus(db, storage),
    getRetentionStatus: () => reopening(async () => (await loadRetentionStatus()).readRetentionStatus(db, session.current()?.retentionDays)),
    exportUnsent: () => reopening(async () => (await loadExportUnsent()).exportUnsent(db, session.getState().user, now)),
    getSyncStatus: status.get,
    subscribeSyncStatus: status.subscribe,
    getSyncProgress: progress.get,
    subscribeSyncProgress: progress.subscribe,
    syncNow: () => engine.syncNow(),
    start: () => engine.start(),
    stop: () => engine.stop(),

    create: (entity, data) => reopening(async () => (await writer()).create(entity, data)),
    createMany: (entity, list) => reopening(async () => (await writer()).createMany(entity, list)),
    patch: (entity, id, changes) => reopening(async () => (await writer()).patch(entity, id, changes)),
    voidRecord: (entity, id, reason) => reopening(async () => (await writer()).voidRecord(entity, id, reason)),
    sealBuilding: (input) => reopening(async () => (await sealing()).seal(input)),
    liftSeal: (input) => reopening(async () => (await sealing()).lift(input)),
    recordDelivery: (input) => reopening(async () => (await deliveries()).deliver(input)),
    recordVisit: (input) => reopening(async () => (await visits()).record(input)),
    keepConflictValue: (input) => reopening(async () => (await resolver()).keep(input)),

    getRecord: (entity, id) => reopening(() => db.typedRecords(entity).get(id)),
    listRecords: (query) => reopening(() => runQuery(db, query)),
    listIdsByValue: (query) => reopening(() => runIdsQuery(db, query)),
    countByValue: (query) => reopening(() => runCountsQuery(db, query)),

    listPeople: () => withPeople((people, token) => people.listPeople(api, token)),
    addPerson: (input) => withPeople((people, token) => people.addPerson(api, token, input)),
    updatePerson: (personId, changes) => withPeople((people, token) => people.updatePerson(api, token, personId, changes)),
    endPerson: (personId) => withPeople((people, token) => people.endPerson(api, token, personId)),
    newSignInCode: (personId) => withPeople((people, token) => people.newSignInCode(api, token, personId)),
    checkSignInCode: async (code) => (await peopleApi()).checkSignInCode(api, code),
    /** Signs in exactly as signIn does (another user's unsent work refuses it, after the code was used: the password is set). */
    async redeemSignInCode(code, password) {
      const people = await peopleApi();
      return signedIn(await signingIn(password, () => session.signInWith((deviceId) => people.redeemSignInCode(api, code, password, deviceId))));
    },
    getPosterSheet: (buildingId) => session.withToken(async (token) => (await posterApi()).getPosterSheet(api, token, buildingId)),
    replacePosterCode: (buildingId, unit) => session.withToken(async (token) => (await posterApi()).replacePosterCode(api, token, buildingId, unit)),
    listCommunityPhones: (communityId) => session.withToken(async (token) => (await phonesApi()).listCommunityPhones(api, token, communityId)),
    signOutPhone: (sessionId) => session.withToken(async (token) => (await phonesApi()).signOutPhone(api, token, sessionId)),

    listRejected: () => reopening(() => listRejected(db)),
    listUnreadable: () => reopening(() => db.unreadable.toArray()),
    async resend(mutationId, data) {
      await reopening(async () => (await loadNeedsAttention()).resend(db, mutationId, data));
      afterWrite();
    },
    discard: (mutationId) => reopening(async () => (await loadNeedsAttention()).discard(db, mutationId)),

    async close() {
      engine.stop();
      counts.unsubscribe();
      session.unwatch();
      database.dispose();
      db.close();
    },
  };
  if (options.autoStart ?? true) engine.start();
  return client;
}
