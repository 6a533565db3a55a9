/**
 * Pull: the records in the user's scope whose place in the change feed (txid, seq) is past the cursor,
 * a record once, in its latest state. Only rows of transactions below the horizon (older than every
 * transaction still running) are delivered, so a change that commits later always lands after the
 * cursor. A cursor from another scope or feed (or none this server made) restarts with `reset: true`.
 * The database writes each change's JSON itself (the server only joins them): a page of 1,000 changes
 * costs the server no parsing and no re-serializing. A volunteer's changes are cut down here instead,
 * and a grid worker's copy of a gate entry someone else recorded gets the ID number masked (projection.ts).
 */
import type { Queryable } from '../db/database';
import { changeSchema, pullResponseSchema, type PullResponse } from '../../domain/sync-protocol';
import { decodeCursor, encodeCursor, type FeedIdentity } from './cursor';
import { feedHorizon } from './feed';
import { maskGateEntry, toChange } from './projection';
import { FEED_COLUMNS, type FeedRow } from './record-store';
import { feedSource } from './feed-query';
import { readFilter, scopeHash, type Scope } from './scope';

/** How long a pull at the end of the feed waits for older transactions to end (changes committed behind them). */
const HORIZON_WAIT_MS = 1000;
const HORIZON_POLL_MS = 10;
/** `remaining` is counted up to this many changes. */
const COUNT_LIMIT = 1_000_000;

/** A timestamp as JavaScript's toISOString writes it. */
const iso = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/** One change of the contract (changeSchema) as JSON text, with the server's fields in `data`. */
const CHANGE_JSON = `jsonb_build_object('entity', entity, 'id', id, 'op', 'upsert', 'version', version, 'data',
  data || jsonb_build_object('id', id, 'version', version, 'createdBy', created_by, 'createdAt', ${iso('created_at')}, 'updatedAt', ${iso('updated_at')})
       || CASE WHEN voided_at IS NULL THEN '{}'::jsonb
               ELSE jsonb_strip_nulls(jsonb_build_object('voidedAt', ${iso('voided_at')}, 'voidReason', void_reason)) END
)::text AS change, txid::text AS txid, seq`;

interface Position {
  txid: bigint;
  seq: number;
}

interface ChangeText {
  change: string;
  txid: string;
  seq: number | string;
}

/** A page of the feed, its changes already JSON. */
export interface PullPage {
  changes: string[];
  cursor: string;
  hasMore: boolean;
  reset?: true;
  remaining?: number;
}

/** The page as the response body (pullResponseSchema). */
export function pageJson(page: PullPage): string {
  const tail = `${page.reset ? ',"reset":true' : ''}${page.remaining === undefined ? '' : `,"remaining":${page.remaining}`}`;
  return `{"changes":[${page.changes.join(',')}],"cursor":${JSON.stringify(page.cursor)},"hasMore":${page.hasMore}${tail}}`;
}

/** The page as a client reads it (tests and tools). */
export async function pullChanges(db: Queryable, feed: FeedIdentity, scope: Scope, cursorText: string, limit: number): Promise<PullResponse> {
  return pullResponseSchema.parse(JSON.parse(pageJson(await pullPage(db, feed, scope, cursorText, limit))));
}

export async function pullPage(db: Queryable, feed: FeedIdentity, scope: Scope, cursorText: string, limit: number): Promise<PullPage> {
  const hash = scopeHash(scope);
  const started = Date.now();
  const source = feedSource(scope, started);
  for (;;) {
    const horizon = await feedHorizon(db);
    let from: Position = { txid: 0n, seq: 0 };
    let reset = false;
    if (cursorText !== '') {
      const cursor = decodeCursor(cursorText, feed);
      if (!cursor || cursor.scopeHash !== hash || cursor.txid > horizon.xmax) reset = true;
      else from = cursor;
    }
    // records.txid, not txid: the select list's `txid::text AS txid` would be what a bare name sorts by
    // (text order: '10' before '9'), which no index gives and which skips changes across a power of ten.
    const rest = `${source.sql} ORDER BY records.txid, records.seq LIMIT $3`;
    const params = [from.txid.toString(), from.seq, limit + 1, ...source.params];
    const rows =
      scope.role === 'volunteer' || scope.role === 'street_officer'
        ? await projected(db, rest, params, scope)
        : scope.role === 'grid_worker'
          ? await forWorker(db, rest, params, scope)
          : await db.query<ChangeText>(`SELECT ${CHANGE_JSON} FROM ${rest}`, params).then((r) => r.rows);
    // Rows come in (txid, seq) order: the ones below the horizon are a prefix. A row past it is a change
    // committed behind a transaction still running: at the end of the feed, wait for that one to end.
    const pastHorizon = rows.findIndex((row) => BigInt(row.txid) >= horizon.xmin);
    const deliverable = pastHorizon === -1 ? rows : rows.slice(0, pastHorizon);
    const page = deliverable.slice(0, limit);
    const hasMore = deliverable.length > limit;
    if (!hasMore && pastHorizon !== -1 && Date.now() - started < HORIZON_WAIT_MS) {
      await new Promise((resolve) => setTimeout(resolve, HORIZON_POLL_MS));
      continue;
    }
    const last = page.at(-1);
    // A page that ends the feed moves the cursor to the horizon, past changes outside the scope.
    const next: Position = hasMore && last ? { txid: BigInt(last.txid), seq: Number(last.seq) } : { txid: horizon.xmin, seq: 0 };
    const result: PullPage = {
      changes: page.map((row) => row.change),
      cursor: encodeCursor({ epoch: feed.epoch, txid: next.txid, seq: next.seq, scopeHash: hash }),
      hasMore,
    };
    if (reset) result.reset = true;
    if (hasMore) result.remaining = await countAfter(db, next, horizon.xmin, scope, started);
    return result;
  }
}

/** A volunteer's changes (only what delivering to a sealed building needs) and a street officer's (projection.ts). */
async function projected(db: Queryable, rest: string, params: unknown[], scope: Scope): Promise<ChangeText[]> {
  const { rows } = await db.query<FeedRow>(`SELECT ${FEED_COLUMNS} FROM ${rest}`, params);
  return rows.map((row) => ({ change: JSON.stringify(toChange(row, scope)), txid: row.txid, seq: row.seq }));
}

/**
 * A grid worker's changes, as JSON from the database like anyone's; the few that are gate entries with an
 * ID number someone else recorded (maskedForWorker in projection.ts, in SQL) are read and masked here.
 */
async function forWorker(db: Queryable, rest: string, params: unknown[], scope: Scope): Promise<ChangeText[]> {
  const { rows } = await db.query<ChangeText & { masked: boolean }>(
    `SELECT ${CHANGE_JSON}, (entity = 'checkpoint_entry' AND created_by <> $${params.length + 1} AND data ? 'idNumber') AS masked
       FROM ${rest}`,
    [...params, scope.userId],
  );
  return rows.map(({ masked, ...row }) => (masked ? { ...row, change: JSON.stringify(maskGateEntry(changeSchema.parse(JSON.parse(row.change)))) } : row));
}

async function countAfter(db: Queryable, from: Position, xmin: bigint, scope: Scope, now: number): Promise<number> {
  const filter = readFilter(scope, 5, now);
  const { rows } = await db.query<{ n: number | string }>(
    `SELECT count(*) AS n FROM (SELECT 1 FROM records
       WHERE (txid, seq) > ($1::xid8, $2::bigint) AND txid < $3::xid8 AND (${filter.sql}) LIMIT $4) AS ahead`,
    [from.txid.toString(), from.seq, xmin.toString(), COUNT_LIMIT, ...filter.params],
  );
  return Number(rows[0]?.n ?? 0);
}
