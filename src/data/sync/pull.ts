/**
 * Pull: pages of server changes from the stored cursor until hasMore is false. Pages are fetched
 * ahead of the writer (pull-feed.ts) and written in transactions of one or more pages, each ending
 * with the cursor of its last page: pages and cursor are written atomically. A record with unsent
 * mutations keeps them: the server copy goes to `_server` and the local changes are replayed on top.
 * `reset` drops the pulled copies of records without outbox entries (never the outbox) and pulls
 * from the new cursor.
 * Every pulled record is parsed with its kind's schema once, as its page arrives: one that does not
 * fit is kept aside in `unreadable` (listed in "needs attention") and the phone keeps what it had of it.
 */
import { ENTITY_NAMES, type EntityName } from '../../domain/entities/entity-names';
import { parseStoredRecord } from '../../domain/entities/stored-record-schemas';
import type { Change, PullResponse } from '../../domain/sync-protocol';
import { getMeta } from '../db/meta-store';
import type { OutboxEntry } from '../db/outbox-entry';
import type { GridwalkDb } from '../db/schema';
import type { ServerCopy, StoredRecord } from '../db/stored-record';
import type { UnreadableRecord } from '../db/unreadable-record';
import { buildRecord } from '../repositories/record-view';
import { SessionEndedError } from '../session/session-manager';
import { traceSince, traceStart, traced } from '../trace';
import { ProgressTracker } from './progress-tracker';
import { PullFeed } from './pull-feed';
import { StoredIds } from './stored-ids';
import { DEFAULT_PULL_PAGE_SIZE, type SyncRunDeps } from './sync-deps';

export interface PullSummary {
  pages: number;
  changes: number;
  resets: number;
}

const KNOWN_ENTITIES: ReadonlySet<string> = new Set(ENTITY_NAMES);

/** Kinds this version of the app knows; a newer server's other kinds are skipped until the app updates. */
function isEntity(name: string): name is EntityName {
  return KNOWN_ENTITIES.has(name);
}

/** A change as it is applied: an upsert carries the server copy, parsed. */
type ReadableChange = { op: 'delete'; id: string } | { op: 'upsert'; id: string; version: number; copy: ServerCopy };

/** One kind's changes of a page, read: the last change of each record, and those that could not be read. */
interface EntityChanges {
  entity: EntityName;
  readable: ReadableChange[];
  unreadable: UnreadableRecord[];
}

/** A page as the writer takes it. */
export interface ReadPage {
  page: PullResponse;
  entities: EntityChanges[];
}

/** Drops every record that has no outbox entry (the pulled copies); keeps the outbox and what it needs. */
async function dropPulledCopies(db: GridwalkDb): Promise<void> {
  const keep = new Set((await db.outbox.toArray()).map((e) => e.recordId));
  for (const table of db.allRecordTables()) {
    const drop = (await table.toCollection().primaryKeys()).filter((id) => !keep.has(id));
    await table.bulkDelete(drop);
  }
  await db.unreadable.clear();
}

/** The row after one change, given the record's current row and outbox entries. */
function applyChange(change: ReadableChange, row: StoredRecord | undefined, entries: readonly OutboxEntry[]): StoredRecord | null | undefined {
  if (entries.length > 0) {
    if (!row) return buildRecord(change.op === 'upsert' ? change.copy : null, entries);
    if (change.op === 'delete') return { ...row, _server: null };
    const known = row._server;
    const server = known && known.version > change.version ? known : change.copy;
    return buildRecord(server, entries);
  }
  if (change.op === 'delete') return null;
  // An older copy than one already acknowledged: the newer change is still to come in this pull.
  if (row && row.version > change.version) return undefined;
  return { ...change.copy, _sync: 'synced' };
}

/**
 * Parses one entity's changes: readable ones to apply, and the unreadable ones to keep aside. Only
 * a record's last change in the page counts (it is its latest state); deletes carry no record to read.
 */
function readChanges(entity: EntityName, changes: readonly Change[], receivedAt: string): EntityChanges {
  const readable: ReadableChange[] = [];
  const unreadable: UnreadableRecord[] = [];
  const latest = new Map(changes.map((change) => [change.id, change]));
  for (const change of latest.values()) {
    if (change.op === 'delete') {
      readable.push({ op: 'delete', id: change.id });
      continue;
    }
    const parsed = parseStoredRecord(entity, { ...change.data, id: change.id, version: change.version });
    if (parsed.ok) readable.push({ op: 'upsert', id: change.id, version: change.version, copy: parsed.record });
    else unreadable.push({ entity, id: change.id, version: change.version, fields: parsed.fields, receivedAt });
  }
  return { entity, readable, unreadable };
}

/** Reads a page's records with their schemas (before any transaction: parsing needs no database). */
export function readPage(page: PullResponse, receivedAt: string): ReadPage {
  const start = traceStart();
  const byEntity = new Map<EntityName, Change[]>();
  for (const change of page.changes) {
    if (!isEntity(change.entity)) continue;
    const list = byEntity.get(change.entity) ?? [];
    list.push(change);
    byEntity.set(change.entity, list);
  }
  const entities = [...byEntity].map(([entity, changes]) => readChanges(entity, changes, receivedAt));
  traceSince('pull:records', start);
  return { page, entities };
}

/** Outbox entries by record id, read only for the records that have some. */
async function outboxEntriesOf(db: GridwalkDb, withEntries: ReadonlySet<string>, ids: readonly string[]): Promise<Map<string, OutboxEntry[]>> {
  const byRecord = new Map<string, OutboxEntry[]>();
  const wanted = ids.filter((id) => withEntries.has(id));
  if (wanted.length === 0) return byRecord;
  for (const entry of await db.outbox.where('recordId').anyOf(wanted).toArray()) {
    const list = byRecord.get(entry.recordId) ?? [];
    list.push(entry);
    byRecord.set(entry.recordId, list);
  }
  return byRecord;
}

const NO_ENTRIES: readonly OutboxEntry[] = [];

/** Applies one kind's changes of a page to its table (inside the page's transaction). */
async function writeEntity(db: GridwalkDb, changes: EntityChanges, stored: StoredIds, withEntries: ReadonlySet<string>, keptAside: boolean): Promise<void> {
  const { entity, readable, unreadable } = changes;
  const table = db.records(entity);
  const ids = readable.map((c) => c.id);
  // Only records that may be on the phone are read: on a first pull, none are. A record with outbox
  // entries is always read (another tab may have created and pushed it during this run).
  const known = new Set(await stored.among(table, entity, ids));
  const maybeStored = ids.filter((id) => known.has(id) || withEntries.has(id));
  const found = maybeStored.length > 0 ? await table.bulkGet(maybeStored) : [];
  const rows = new Map<string, StoredRecord>();
  found.forEach((row) => {
    if (row) rows.set(row.id, row);
  });
  const entries = await outboxEntriesOf(db, withEntries, ids);
  const start = traceStart();
  const puts: StoredRecord[] = [];
  const deletes: string[] = [];
  for (const change of readable) {
    const next = applyChange(change, rows.get(change.id), entries.get(change.id) ?? NO_ENTRIES);
    if (next === null) deletes.push(change.id);
    else if (next !== undefined) puts.push(next);
  }
  traceSince('pull:merge', start);
  if (puts.length > 0) await table.bulkPut(puts);
  if (deletes.length > 0) await table.bulkDelete(deletes);
  stored.add(entity, puts);
  // A readable (or deleted) version replaces one kept aside; an unreadable one waits for the user.
  if (keptAside) await db.unreadable.bulkDelete(ids.map((id): [string, string] => [entity, id]));
  if (unreadable.length > 0) await db.unreadable.bulkPut(unreadable);
}

/**
 * Writes pages (in order) and the last one's cursor in ONE transaction; refuses if the user signed
 * out or changed meanwhile. `stored` follows which records are on the phone across a run's writes.
 */
export async function writePages(db: GridwalkDb, pages: readonly ReadPage[], userId: string, stored: StoredIds = new StoredIds()): Promise<void> {
  const last = pages.at(-1);
  if (!last) return;
  await traced('pull:transaction', () =>
    db.transaction('rw', [db.outbox, db.meta, db.unreadable, ...db.allRecordTables()], async () => {
      const session = await getMeta(db, 'session');
      if (session?.user.id !== userId) throw new SessionEndedError();
      const withEntries = new Set((await db.outbox.orderBy('recordId').uniqueKeys()).map(String));
      let keptAside = (await db.unreadable.count()) > 0;
      for (const { page, entities } of pages) {
        if (page.reset) {
          await dropPulledCopies(db);
          keptAside = false;
        }
        for (const changes of entities) {
          await writeEntity(db, changes, stored, withEntries, keptAside);
          keptAside ||= changes.unreadable.length > 0;
        }
      }
      await db.meta.put({ key: 'pullCursor', value: last.page.cursor });
    }),
  );
}

/** Writes one page and its cursor atomically (see writePages). */
export function writePage(db: GridwalkDb, page: PullResponse, userId: string, now: () => number = Date.now): Promise<void> {
  return writePages(db, [readPage(page, new Date(now()).toISOString())], userId);
}

/**
 * Pulls every page there is. Network, server and auth failures are thrown once the pages before
 * them are written; the cursor stays at the last written page. A pull of more than one page
 * publishes its progress (deps.onProgress) while the server tells how much is left.
 */
export async function pullAll(deps: SyncRunDeps, userId: string): Promise<PullSummary> {
  const { db, api, session } = deps;
  const now = deps.now ?? Date.now;
  const limit = deps.pullLimit ?? DEFAULT_PULL_PAGE_SIZE;
  const summary: PullSummary = { pages: 0, changes: 0, resets: 0 };
  const stored = new StoredIds();
  const progress = new ProgressTracker('pull', deps.onProgress, now);
  const feed = new PullFeed(
    (cursor) => traced('pull:request', () => session.withToken((token) => api.pull(token, cursor, limit))),
    (page) => readPage(page, new Date(now()).toISOString()),
    (await getMeta(db, 'pullCursor')) ?? '',
  );
  try {
    for (;;) {
      const pages = await feed.take();
      const last = pages.at(-1)?.page;
      if (!last) return summary;
      await writePages(db, pages, userId, stored);
      for (const { page } of pages) {
        summary.pages++;
        summary.changes += page.changes.length;
        if (page.reset) summary.resets++;
      }
      if (summary.pages > 1 || last.hasMore) progress.update(summary.changes, last.hasMore ? last.remaining : 0);
    }
  } finally {
    feed.stop();
    progress.end();
  }
}
