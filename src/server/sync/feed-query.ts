/**
 * The rows a pull page reads, as a FROM item named `records`: the scope's rows after the cursor, at most
 * $3 of them, in feed order. Each part of it is an index scan in feed order that stops after $3 rows (an
 * index on (key, txid, seq) with the key fixed and the cursor as its index condition), so a page costs
 * about its own size, however many rows the scope holds after the cursor. A scope one index cannot walk
 * in one piece is a UNION ALL of such parts, disjoint, each in feed order: PostgreSQL merges them
 * (Merge Append), reading each part only as far as the page needs.
 * - a grid worker: one part a grid (records_grid_feed), and what she reads beyond them
 *   (WORKER_OFF_GRID, records_worker_feed, migration 012);
 * - a street officer: one part a community (records_street_feed, migration 010), and its street and district.
 * Parameters: $1 and $2 the cursor (txid, seq), $3 the rows wanted, the scope's own from $4.
 */
import { readFilter, workerReadParts, WORKER_OFF_GRID, type Scope } from './scope';
import { entityInList } from './entity-list-sql';
import { STREET_READS_SQL, streetAbove } from './street-scope';

export interface FeedSource {
  /** `(…) AS records`, for `SELECT … FROM ${sql} ORDER BY records.txid, records.seq LIMIT $3`. */
  sql: string;
  params: unknown[];
}

/**
 * The first rows after the cursor meeting `condition`, which fixes the key of a feed index. Inside a
 * part `txid` is the column (there is no select-list alias to bind to): the index's order.
 */
function part(condition: string): string {
  return `SELECT * FROM records WHERE (txid, seq) > ($1::xid8, $2::bigint) AND ${condition} ORDER BY txid, seq LIMIT $3`;
}

export function feedSource(scope: Scope, now: number): FeedSource {
  const params: unknown[] = [];
  const p = (offset: number) => `$${4 + offset}`;
  /** A parameter after the scope's own. */
  const param = (value: unknown) => `$${4 + params.push(value) - 1}`;
  let parts: string[];
  if (scope.role === 'grid_worker' && scope.communityId) {
    const worker = workerReadParts(scope, p, now);
    params.push(...worker.params);
    // Her grids' rows, one part a grid; then the others she reads, of no grid of hers (no row is in two parts).
    parts = [
      ...scope.gridIds.map((grid) => part(`grid_id = ${param(grid)}::uuid AND ${worker.base}`)),
      part(`${entityInList(WORKER_OFF_GRID)} AND (grid_id IS NULL OR grid_id <> ALL(${worker.gridIds})) AND ${worker.base} AND ${worker.offGrid}`),
    ];
  } else if (scope.role === 'street_officer' && scope.street) {
    const above = streetAbove(scope.street, p);
    params.push(...above.params);
    // One part a community (its few kinds of records), and its street and district (no community).
    parts = [...scope.street.communityIds.map((community) => part(`community_id = ${param(community)}::uuid AND ${STREET_READS_SQL}`)), part(`(${above.sql})`)];
  } else {
    const filter = readFilter(scope, 4, now);
    params.push(...filter.params);
    parts = [part(`(${filter.sql})`)];
  }
  return { sql: `(${parts.map((sql) => `(${sql})`).join(' UNION ALL ')}) AS records`, params };
}
