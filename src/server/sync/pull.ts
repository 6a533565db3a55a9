/**
 * Pull: the records in the user's scope whose change-feed number is past the cursor, in commit
 * order. A record appears once, in its latest state. A cursor from another scope (or none this
 * server made) restarts the feed with `reset: true`.
 */
import type { Queryable } from '../db/database';
import { toNumber } from '../db/database';
import type { PullResponse } from '../../domain/sync-protocol';
import { decodeCursor, encodeCursor } from './cursor';
import { toChange } from './projection';
import { currentSeq, RECORD_COLUMNS, type RecordRow } from './record-store';
import { readFilter, scopeHash, type Scope } from './scope';

export async function pullChanges(db: Queryable, scope: Scope, cursorText: string, limit: number): Promise<PullResponse> {
  const hash = scopeHash(scope);
  // Every change numbered up to `committed` is already committed (numbers are taken in commit order),
  // so a page that ends the feed can move the cursor past changes outside the scope.
  const committed = await currentSeq(db);
  let from = 0;
  let reset = false;
  if (cursorText !== '') {
    const cursor = decodeCursor(cursorText);
    if (!cursor || cursor.scopeHash !== hash || cursor.seq > committed) reset = true;
    else from = cursor.seq;
  }

  const filter = readFilter(scope, 3);
  const { rows } = await db.query<RecordRow>(
    `SELECT ${RECORD_COLUMNS} FROM records WHERE seq > $1 AND (${filter.sql}) ORDER BY seq LIMIT $2`,
    [from, limit + 1, ...filter.params],
  );
  const page = rows.slice(0, limit);
  const hasMore = rows.length > limit;
  const last = page[page.length - 1];
  const lastSeq = last ? toNumber(last.seq) : from;
  const response: PullResponse = {
    changes: page.map((row) => toChange(row, scope)),
    cursor: encodeCursor({ seq: hasMore ? lastSeq : Math.max(lastSeq, committed), scopeHash: hash }),
    hasMore,
  };
  if (reset) response.reset = true;
  return response;
}
