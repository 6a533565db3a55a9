/**
 * One complete sync run: push, pull, and push again while new local writes arrived meanwhile.
 * A plain function so the service worker's background sync can run it without the page's engine.
 */
import { ApiClient } from '../api/api-client';
import { getDeviceId } from '../db/device-id';
import { getMeta, setMeta } from '../db/meta-store';
import { DEFAULT_DB_NAME, GridwalkDb } from '../db/schema';
import { browserCacheStorage } from '../session/clear-caches';
import { AuthRequiredError, SessionManager } from '../session/session-manager';
import { defaultLockRunner, syncLockName, type LockRunner } from './lock';
import { purgeIfDue } from '../storage/retention-purge';
import { purgeOthersGateEntries } from './gate-log-purge';
import { pullAll, type PullSummary } from './pull';
import { pushAll, type PushSummary } from './push';
import type { SyncRunDeps } from './sync-deps';

/** Extra push rounds for writes saved during the run, before leaving them to the next run. */
const MAX_EXTRA_PUSHES = 3;

export type SyncRunResult =
  | { status: 'signed_out' }
  | { status: 'done'; push: PushSummary; pull: PullSummary; finishedAt: string };

async function lastSeq(deps: SyncRunDeps): Promise<number> {
  const last = await deps.db.outbox.orderBy('seq').last();
  return last?.seq ?? 0;
}

/** Throws ApiError (NETWORK, SERVER, 429…) or AuthRequiredError; the caller decides when to retry. */
export async function runSync(deps: SyncRunDeps): Promise<SyncRunResult> {
  const { db, session } = deps;
  await session.ready;
  const state = session.getState();
  if (!state.user) return { status: 'signed_out' };
  if (state.reauthRequired) throw new AuthRequiredError();
  const deviceId = await getDeviceId(db);
  const push = await pushAll(deps, deviceId);
  let seenSeq = await lastSeq(deps);
  const pull = await pullAll(deps, state.user.id);
  // Others' gate entries the server no longer sends a grid worker (issue 18) leave the phone; as with the
  // retention purge below, a failed purge fails no sync (the next run purges).
  await purgeOthersGateEntries(db, state.user, (deps.now ?? Date.now)()).catch(() => 0);
  for (let round = 0; round < MAX_EXTRA_PUSHES; round++) {
    const fresh = await db.outbox.where('seq').above(seenSeq).filter((e) => e.state === 'pending').count();
    if (fresh === 0) break;
    const more = await pushAll(deps, deviceId);
    push.sent += more.sent;
    push.applied += more.applied;
    push.rejected += more.rejected;
    push.deferred += more.deferred;
    push.deferredBy ??= more.deferredBy;
    seenSeq = await lastSeq(deps);
  }
  // A mutation the server keeps failing on waited while the rest went through: retry it with backoff.
  if (push.deferredBy) throw push.deferredBy;
  const finishedAt = new Date((deps.now ?? Date.now)()).toISOString();
  await setMeta(db, 'lastSyncAt', finishedAt);
  // What is past the retention window leaves the phone (issue 18), at most once a day and after a pull
  // from the start (which brought old records back); a failed purge fails no sync.
  await purgeIfDue(db, session.current(), (deps.now ?? Date.now)(), { afterReset: pull.resets > 0 }).catch(() => null);
  return { status: 'done', push, pull, finishedAt };
}

export interface WorkerSyncOptions {
  baseUrl: string;
  dbName?: string;
  fetch?: typeof fetch;
  lock?: LockRunner;
}

/**
 * For the service worker's background sync: opens the database, runs one full sync under the same
 * lock as the page's engine (skipped with 'busy' when a tab is syncing), and closes the database. A phone
 * with a PIN is skipped ('locked').
 */
export async function runSyncExclusive(options: WorkerSyncOptions): Promise<SyncRunResult | { status: 'busy' } | { status: 'locked' }> {
  const dbName = options.dbName ?? DEFAULT_DB_NAME;
  const db = new GridwalkDb(dbName);
  try {
    // A phone with a PIN keeps its outbox sealed under a key only the unlocked page holds (issue 18): the
    // worker, which cannot know the PIN, leaves the sync to the page (and could not seal what it pulls).
    if (await getMeta(db, 'keyRecord')) return { status: 'locked' };
    const api = new ApiClient({ baseUrl: options.baseUrl, fetch: options.fetch });
    // A remote wipe run from here empties the worker's runtime caches too.
    const session = new SessionManager({ db, api, caches: browserCacheStorage() });
    const lock = options.lock ?? defaultLockRunner();
    const result = await lock(syncLockName(dbName), () => runSync({ db, api, session }));
    return result.acquired ? result.value : { status: 'busy' };
  } finally {
    db.close();
  }
}
