/**
 * Minimal scope at the gate (issue 18), on the phone: a grid worker keeps another worker's gate entries
 * only while they are in the gate log window (the last 48 hours, domain/checkpoint/gate-log-window.ts).
 * The server stops sending an entry as it ages out but cannot take back what a phone pulled (pull reads
 * on from a cursor), so the phone drops it after each pull. Never an entry the user recorded, nor one
 * with unsent or refused changes; the secretary's phone keeps the full log. The general retention of
 * synced records (30 days, every kind and role) is another rule, kept apart from this one.
 */
import { gateLogWindowStart, withinGateLogWindow } from '../../domain/checkpoint/gate-log-window';
import type { SessionUser } from '../../domain/sync-protocol';
import { getMeta } from '../db/meta-store';
import type { GridwalkDb } from '../db/schema';

/** `at` keeps its writer's offset (up to 14 hours either way): the index is read a day past the cutoff, each row then judged by its instant. */
const INDEX_MARGIN_MS = 24 * 60 * 60 * 1000;

/**
 * Per database, the window's start at the last purge in this page (or service worker): every other
 * worker's entry before it is gone, so the next purge reads on from there instead of every old entry
 * again (a gate worker's own entries, kept, run into thousands). The first purge of each start reads all.
 */
const purgedBefore = new WeakMap<GridwalkDb, number>();

/** Deletes the synced gate entries of others older than the window; returns how many. Only on a grid worker's phone. */
export async function purgeOthersGateEntries(db: GridwalkDb, user: Pick<SessionUser, 'id' | 'role'>, now: number): Promise<number> {
  if (user.role !== 'grid_worker') return 0;
  const table = db.records('checkpoint_entry');
  const upper = new Date(gateLogWindowStart(now) + INDEX_MARGIN_MS).toISOString();
  return db.transaction('rw', [table, db.outbox, db.meta], async () => {
    // Signed out or another user meanwhile: their phone is not this rule's.
    if ((await getMeta(db, 'session'))?.user.id !== user.id) return 0;
    const unsent = new Set((await db.outbox.orderBy('recordId').uniqueKeys()).map(String));
    const since = purgedBefore.get(db);
    const range = since === undefined ? table.where('at').below(upper) : table.where('at').between(new Date(since - INDEX_MARGIN_MS).toISOString(), upper);
    const old = await range.toArray();
    const drop = old
      .filter((row) => row._sync === 'synced' && !unsent.has(row.id))
      // A row without its author (not yet read back from the server) is kept: it may be the user's.
      .filter((row) => typeof row.createdBy === 'string' && row.createdBy !== user.id)
      .filter((row) => typeof row.at === 'string' && !withinGateLogWindow(row.at, now))
      .map((row) => row.id);
    if (drop.length > 0) await table.bulkDelete(drop);
    purgedBefore.set(db, Math.max(purgedBefore.get(db) ?? 0, gateLogWindowStart(now)));
    return drop.length;
  });
}
