/**
 * One complete sync run: push, pull, and push again while new local writes arrived meanwhile.
 */
import { getDeviceId } from '../db/device-id';
import { setMeta } from '../db/meta-store';
import { AuthRequiredError } from '../session/session-manager';
import { purgeIfDue } from '../storage/retention-purge';
import { purgeOthersGateEntries } from './gate-log-purge';
import { pullAll, type PullSummary } from './pull';
import { pushAll, type PushSummary } from './push';
import type { SyncRunDeps } from './sync-deps';

/** Extra push rounds for writes saved during the run, before leaving them to the next run. */
const MAX_EXTRA_PUSHES = 3;

export type SyncRunResult =
  | { status: 'signed_out' }
  /** The app lock (issue 18): no PIN set yet, or locked; nothing was sent or read. */
  | { status: 'locked' }
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
