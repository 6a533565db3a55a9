/**
 * The retention purge (issue 18): records the user no longer needs leave the phone once the server
 * has them. Visits, fever reports, gate entries and shift notes older than the retention window (the
 * server's, sent at sign-in; 30 days without one) and residents who moved out more than 30 days ago
 * are deleted locally, never on the server. Kept whatever their age:
 * - a record with changes not yet accepted (an outbox entry, pending or refused, or a row not synced);
 * - a record an unsent change names (a resident checked by an unsent visit, the visit an unsent review
 *   is about): the unsent record's screen and its resend still find it;
 * - a visit, fever report or gate entry with an open return (returned, or resubmitted and not yet
 *   accepted): its author still has to correct it; and the correction sent for it;
 * - a fever report an open home monitoring was started from (a monitoring may outlast the window).
 * Runs after a successful sync, at most once in PURGE_INTERVAL_MS (at once when the window changed, or
 * when the server had the phone pull from the start, which brought old records back);
 * the candidates are found with reads, then checked again and deleted in one transaction with the
 * outbox, so a change saved meanwhile keeps its record. The gate's own rule (another worker's entries
 * after 48 hours, sync/gate-log-purge.ts) is separate.
 */
import type { EntityName } from '../../domain/entities/entity-names';
import { isPastRetention, movedOutLongAgo, retentionCutoff, retentionWindow, type RetentionCutoff } from '../../domain/retention';
import { reviewsByRecord, reviewStandingOf } from '../../domain/review/review-state';
import { localDateOf } from '../../shared/local-date';
import { getMeta, setMeta } from '../db/meta-store';
import type { GridwalkDb } from '../db/schema';
import type { StoredRecord } from '../db/stored-record';
import type { StoredSession } from '../session/stored-session';
import { PURGED_KINDS, type PurgeCounts, type PurgedKind, type RetentionPurge } from './retention-status';

/** A purge runs after a successful sync at most this often. */
export const PURGE_INTERVAL_MS = 20 * 3_600_000;

/** The time (an indexed field) by which each timed kind ages. */
const TIME_FIELDS = { visit: 'visitedAt', fever_report: 'reportedAt', checkpoint_entry: 'at', shift_note: 'shiftStart' } as const;
type TimedKind = keyof typeof TIME_FIELDS;
const TIMED_KINDS: readonly TimedKind[] = ['visit', 'fever_report', 'checkpoint_entry', 'shift_note'];
const isTimed = (kind: PurgedKind): kind is TimedKind => kind !== 'resident';
/** The kinds the secretary reviews: an open return keeps them. */
const REVIEWED_KINDS: ReadonlySet<PurgedKind> = new Set(['visit', 'fever_report', 'checkpoint_entry']);

interface PurgeClock {
  cutoff: RetentionCutoff;
  /** The phone's date, for the moved-out residents. */
  today: string;
}

const noCounts = (): PurgeCounts => ({ visit: 0, fever_report: 0, checkpoint_entry: 0, shift_note: 0, resident: 0 });

/** Whether a purge is due: never ran, ran long enough ago, or ran with another window. */
export function purgeDue(last: RetentionPurge | undefined, now: number, retentionDays: number): boolean {
  if (!last) return true;
  if (last.retentionDays !== retentionDays) return true;
  const at = Date.parse(last.at);
  return !Number.isFinite(at) || now - at >= PURGE_INTERVAL_MS || at > now;
}

/**
 * After a successful sync: purges when due, or at once `afterReset` (the pull started over), with the
 * window of the signed-in session. The purge, or null when none ran.
 */
export async function purgeIfDue(
  db: GridwalkDb,
  session: Pick<StoredSession, 'user' | 'retentionDays'> | null,
  now: number,
  options: { afterReset?: boolean } = {},
): Promise<RetentionPurge | null> {
  if (!session) return null;
  const retentionDays = retentionWindow(session.retentionDays);
  if (!options.afterReset && !purgeDue(await getMeta(db, 'retentionPurge'), now, retentionDays)) return null;
  return purgeExpiredRecords(db, { userId: session.user.id, retentionDays, now });
}

export interface PurgeOptions {
  /** The signed-in user: nothing is purged if another signed in (or nobody is) by the time of the delete. */
  userId: string;
  retentionDays: number;
  now: number;
}

/** Deletes what is past retention and remembers the purge in the meta table; null when the session changed. */
export async function purgeExpiredRecords(db: GridwalkDb, options: PurgeOptions): Promise<RetentionPurge | null> {
  const clock: PurgeClock = { cutoff: retentionCutoff(options.now, options.retentionDays), today: localDateOf(new Date(options.now)) };
  const candidates = await findCandidates(db, clock);
  return db.transaction('rw', [...db.allRecordTables(), db.outbox, db.meta], async () => {
    if ((await getMeta(db, 'session'))?.user.id !== options.userId) return null;
    const kept = await idsUnsentWork(db);
    for (const id of await idsOpenWorkNeeds(db)) kept.add(id);
    const removed = noCounts();
    for (const kind of PURGED_KINDS) {
      const ids = candidates[kind];
      if (ids.length === 0) continue;
      const rows = await db.records(kind).bulkGet(ids);
      let drop = rows.filter((row): row is StoredRecord => row !== undefined && row._sync === 'synced' && !kept.has(row.id) && expired(kind, row, clock));
      if (REVIEWED_KINDS.has(kind)) drop = await withoutOpenReturns(db, drop);
      await db.records(kind).bulkDelete(drop.map((row) => row.id));
      removed[kind] = drop.length;
    }
    const purge: RetentionPurge = { at: new Date(options.now).toISOString(), retentionDays: options.retentionDays, removed };
    await setMeta(db, 'retentionPurge', purge);
    return purge;
  });
}

function expired(kind: PurgedKind, row: StoredRecord, clock: PurgeClock): boolean {
  return isTimed(kind) ? isPastRetention(row[TIME_FIELDS[kind]], clock.cutoff) : movedOutLongAgo(row.movedOutOn, clock.today);
}

/** The ids that may be past retention, read on the time indexes and the move-out index (keys only). */
async function findCandidates(db: GridwalkDb, clock: PurgeClock): Promise<Record<PurgedKind, string[]>> {
  const found: Record<PurgedKind, string[]> = { visit: [], fever_report: [], checkpoint_entry: [], shift_note: [], resident: [] };
  await Promise.all(
    TIMED_KINDS.map((kind) =>
      db
        .records(kind)
        .where(TIME_FIELDS[kind])
        .below(clock.cutoff.indexBelow)
        .eachKey((time, cursor) => {
          if (isPastRetention(time, clock.cutoff)) found[kind].push(String(cursor.primaryKey));
        }),
    ),
  );
  // On the movedOutOn index (keys only: the sealed rows are not opened); residents still living there have none.
  await db
    .records('resident')
    .where('movedOutOn')
    .below(clock.today)
    .eachKey((movedOutOn, cursor) => {
      if (movedOutLongAgo(movedOutOn, clock.today)) found.resident.push(String(cursor.primaryKey));
    });
  return found;
}

/** The records with unsent changes and every id those changes and their records name. */
async function idsUnsentWork(db: GridwalkDb): Promise<Set<string>> {
  const ids = new Set<string>();
  const entries = await db.outbox.toArray();
  const byKind = new Map<EntityName, string[]>();
  for (const entry of entries) {
    ids.add(entry.recordId);
    collectStrings(entry.data, ids);
    byKind.set(entry.entity, [...(byKind.get(entry.entity) ?? []), entry.recordId]);
  }
  for (const [kind, recordIds] of byKind) {
    for (const row of await db.records(kind).bulkGet(recordIds)) collectStrings(row, ids);
  }
  return ids;
}

/** What open work names: the corrections sent for open returns, the fever reports of open monitorings. */
async function idsOpenWorkNeeds(db: GridwalkDb): Promise<Set<string>> {
  const ids = new Set<string>();
  for (const monitoring of await db.typedRecords('home_monitoring').toArray()) {
    if (monitoring.endedOn === undefined && monitoring.feverReportId !== undefined) ids.add(monitoring.feverReportId);
  }
  for (const list of reviewsByRecord(await db.typedRecords('review').toArray()).values()) {
    const { state } = reviewStandingOf(list);
    if (state !== 'returned' && state !== 'resubmitted') continue;
    for (const review of list) if (review.correctionId !== undefined) ids.add(review.correctionId);
  }
  return ids;
}

/** Every string in a value (ids among them), however deep. */
function collectStrings(value: unknown, into: Set<string>): void {
  if (typeof value === 'string') into.add(value);
  else if (Array.isArray(value)) for (const item of value) collectStrings(item, into);
  else if (value !== null && typeof value === 'object') for (const item of Object.values(value)) collectStrings(item, into);
}

/** The rows without an open return (returned, or resubmitted and not yet accepted). */
async function withoutOpenReturns(db: GridwalkDb, rows: StoredRecord[]): Promise<StoredRecord[]> {
  if (rows.length === 0) return rows;
  const reviews = await db
    .typedRecords('review')
    .where('recordId')
    .anyOf(rows.map((row) => row.id))
    .toArray();
  const open = new Set<string>();
  for (const [recordId, list] of reviewsByRecord(reviews)) {
    const { state } = reviewStandingOf(list);
    if (state === 'returned' || state === 'resubmitted') open.add(recordId);
  }
  return rows.filter((row) => !open.has(row.id));
}
