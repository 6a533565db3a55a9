/**
 * Pull: the records in the user's scope whose place in the change feed (txid, seq) is past the cursor,
 * a record once, in its latest state. Only rows of transactions below the horizon (older than every
 * transaction still running) are delivered, so a change that commits later always lands after the
 * cursor. A cursor from another scope or feed (or none this server made) restarts with `reset: true`.
 */
import type { Queryable } from '../db/database';
import type { PullResponse } from '../../domain/sync-protocol';
import { decodeCursor, encodeCursor, type FeedIdentity } from './cursor';
import { feedHorizon } from './feed';
import { toChange } from './projection';
import { FEED_COLUMNS, type FeedRow } from './record-store';
import { readFilter, scopeHash, type Scope } from './scope';

/** How long a pull at the end of the feed waits for older transactions to end (changes committed behind them). */
const HORIZON_WAIT_MS = 1000;
const HORIZON_POLL_MS = 10;
/** `remaining` is counted up to this many changes. */
const COUNT_LIMIT = 1_000_000;

interface Position {
  txid: bigint;
  seq: number;
}

export async function pullChanges(db: Queryable, feed: FeedIdentity, scope: Scope, cursorText: string, limit: number): Promise<PullResponse> {
  const hash = scopeHash(scope);
  const filter = readFilter(scope, 5);
  const started = Date.now();
  for (;;) {
    const horizon = await feedHorizon(db);
    let from: Position = { txid: 0n, seq: 0 };
    let reset = false;
    if (cursorText !== '') {
      const cursor = decodeCursor(cursorText, feed);
      if (!cursor || cursor.scopeHash !== hash || cursor.txid > horizon.xmax) reset = true;
      else from = cursor;
    }
    const after = [from.txid.toString(), from.seq, horizon.xmin.toString()];
    const { rows } = await db.query<FeedRow>(
      `SELECT ${FEED_COLUMNS} FROM records
        WHERE (txid, seq) > ($1::xid8, $2::bigint) AND txid < $3::xid8 AND (${filter.sql})
        ORDER BY txid, seq LIMIT $4`,
      [...after, limit + 1, ...filter.params],
    );
    const page = rows.slice(0, limit);
    const hasMore = rows.length > limit;
    const last = page.at(-1);
    const reached: Position = last ? { txid: BigInt(last.txid), seq: Number(last.seq) } : from;
    if (!hasMore && Date.now() - started < HORIZON_WAIT_MS && (await heldBehindHorizon(db, horizon.xmin, reached, scope))) {
      await new Promise((resolve) => setTimeout(resolve, HORIZON_POLL_MS));
      continue;
    }
    // A page that ends the feed moves the cursor to the horizon, past changes outside the scope.
    const next = hasMore || reached.txid >= horizon.xmin ? reached : { txid: horizon.xmin, seq: 0 };
    const response: PullResponse = {
      changes: page.map((row) => toChange(row, scope)),
      cursor: encodeCursor({ epoch: feed.epoch, txid: next.txid, seq: next.seq, scopeHash: hash }),
      hasMore,
    };
    if (reset) response.reset = true;
    if (hasMore) response.remaining = await countAfter(db, next, horizon.xmin, scope);
    return response;
  }
}

/** True when a change in scope committed behind a transaction still running (it waits for the horizon). */
async function heldBehindHorizon(db: Queryable, xmin: bigint, reached: Position, scope: Scope): Promise<boolean> {
  const filter = readFilter(scope, 4);
  const { rows } = await db.query(
    `SELECT 1 FROM records WHERE (txid, seq) > ($1::xid8, $2::bigint) AND txid >= $3::xid8 AND (${filter.sql}) LIMIT 1`,
    [reached.txid.toString(), reached.seq, xmin.toString(), ...filter.params],
  );
  return rows.length > 0;
}

async function countAfter(db: Queryable, from: Position, xmin: bigint, scope: Scope): Promise<number> {
  const filter = readFilter(scope, 5);
  const { rows } = await db.query<{ n: number | string }>(
    `SELECT count(*) AS n FROM (SELECT 1 FROM records
       WHERE (txid, seq) > ($1::xid8, $2::bigint) AND txid < $3::xid8 AND (${filter.sql}) LIMIT $4) AS ahead`,
    [from.txid.toString(), from.seq, xmin.toString(), COUNT_LIMIT, ...filter.params],
  );
  return Number(rows[0]?.n ?? 0);
}
