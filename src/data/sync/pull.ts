/**
 * Pull: pages of server changes from the stored cursor until hasMore is false. Each page and its
 * cursor are written in ONE transaction. A record with unsent mutations keeps them: the server copy
 * goes to `_server` and the local changes are replayed on top. `reset` drops the pulled copies of
 * records without outbox entries (never the outbox) and pulls from the new cursor.
 * Every pulled record is parsed with its kind's schema here, once: one that does not fit is kept
 * aside in `unreadable` (listed in "needs attention") and the phone keeps what it had of it.
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
import { DEFAULT_PULL_PAGE_SIZE, type SyncRunDeps } from './sync-deps';

/** More resets than this in one run means the server keeps answering reset: stop and retry later. */
const MAX_RESETS_PER_RUN = 3;

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
function applyChange(change: ReadableChange, row: StoredRecord | undefined, entries: OutboxEntry[]): StoredRecord | null | undefined {
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
function readChanges(entity: EntityName, changes: readonly Change[], receivedAt: string): { readable: ReadableChange[]; unreadable: UnreadableRecord[] } {
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
  return { readable, unreadable };
}

/** Writes one page and its cursor atomically; refuses if the user signed out or changed meanwhile. */
export async function writePage(db: GridwalkDb, page: PullResponse, userId: string, now: () => number = Date.now): Promise<void> {
  const receivedAt = new Date(now()).toISOString();
  await db.transaction('rw', [db.outbox, db.meta, db.unreadable, ...db.allRecordTables()], async () => {
    const session = await getMeta(db, 'session');
    if (session?.user.id !== userId) throw new SessionEndedError();
    if (page.reset) await dropPulledCopies(db);
    const byEntity = new Map<EntityName, Change[]>();
    for (const change of page.changes) {
      if (!isEntity(change.entity)) continue;
      const list = byEntity.get(change.entity) ?? [];
      list.push(change);
      byEntity.set(change.entity, list);
    }
    const keptAside = await db.unreadable.count();
    for (const [entity, changes] of byEntity) {
      const { readable, unreadable } = readChanges(entity, changes, receivedAt);
      const table = db.records(entity);
      const ids = [...new Set(readable.map((c) => c.id))];
      const found = await table.bulkGet(ids);
      const rows = new Map<string, StoredRecord | null>(ids.map((id, i) => [id, found[i] ?? null]));
      const entries = await db.outbox.where('recordId').anyOf(ids).toArray();
      for (const change of readable) {
        const next = applyChange(change, rows.get(change.id) ?? undefined, entries.filter((e) => e.recordId === change.id));
        if (next !== undefined) rows.set(change.id, next);
      }
      const puts = [...rows.values()].filter((r): r is StoredRecord => r !== null);
      const deletes = [...rows].filter(([, r]) => r === null).map(([id]) => id);
      await table.bulkPut(puts);
      await table.bulkDelete(deletes);
      // A readable (or deleted) version replaces one kept aside; an unreadable one waits for the user.
      if (keptAside > 0) await db.unreadable.bulkDelete(ids.map((id): [string, string] => [entity, id]));
      if (unreadable.length > 0) await db.unreadable.bulkPut(unreadable);
    }
    await db.meta.put({ key: 'pullCursor', value: page.cursor });
  });
}

/** Pulls every page there is. Network, server and auth failures are thrown; the cursor stays at the last written page. */
export async function pullAll(deps: SyncRunDeps, userId: string): Promise<PullSummary> {
  const { db, api, session } = deps;
  const limit = deps.pullLimit ?? DEFAULT_PULL_PAGE_SIZE;
  const summary: PullSummary = { pages: 0, changes: 0, resets: 0 };
  for (;;) {
    const cursor = (await getMeta(db, 'pullCursor')) ?? '';
    const page = await session.withToken((token) => api.pull(token, cursor, limit));
    if (page.reset) summary.resets++;
    if (summary.resets > MAX_RESETS_PER_RUN) throw new Error('pull keeps resetting');
    await writePage(db, page, userId, deps.now);
    summary.pages++;
    summary.changes += page.changes.length;
    const emptyReset = page.reset === true && page.changes.length === 0;
    const stuck = page.hasMore && page.cursor === cursor && page.changes.length === 0;
    if ((!page.hasMore && !emptyReset) || stuck) return summary;
  }
}
