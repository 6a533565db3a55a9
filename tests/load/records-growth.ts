/**
 * A year of data (issue 19): does a pull slow down as `records` grows, and how long does pruning the
 * idempotency log take? Not part of `npm test`. Run on PostgreSQL:
 *
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/test node --import tsx tests/load/records-growth.ts
 *
 * In a scratch schema (dropped at the end, also on failure): the migrations, then visit-like records over
 * GROWTH_COMMUNITIES (1,500) communities of 10 grids, seeded with generate_series in steps up to
 * GROWTH_ROWS (5,000,000). After each step it times the real pull (pullPage from src/server/sync/pull.ts)
 * of one community's secretary and one grid worker, first page and caught up, and prints EXPLAIN
 * (ANALYZE, BUFFERS) of its records query; then the table's bytes per row. Last, GROWTH_MUTATIONS
 * (1,000,000) idempotency records spread over 365 days are pruned to 90 days in batches of 5,000.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type Database, type Queryable } from '../../src/server/db/database';
import { migrate } from '../../src/server/db/migrate';
import { pruneIdempotencyLog } from '../../src/server/sync/idempotency-retention';
import { pullPage } from '../../src/server/sync/pull';
import { loadFeed } from '../../src/server/sync/feed';
import type { Scope } from '../../src/server/sync/scope';
import type { FeedIdentity } from '../../src/server/sync/cursor';

const databaseUrl = process.env.DATABASE_URL;
const COMMUNITIES = Number(process.env.GROWTH_COMMUNITIES ?? 1500);
const ROWS = Number(process.env.GROWTH_ROWS ?? 5_000_000);
const MUTATIONS = Number(process.env.GROWTH_MUTATIONS ?? 1_000_000);
/** Rows per INSERT (each its own transaction, so the feed has many transaction ids). */
const CHUNK = 250_000;

/** The uuid of community c (0-based), grid g of it, as SQL over integer expressions. */
const communitySql = (c: string) => `md5('community-' || (${c}))::uuid`;
const gridSql = (c: string, g: string) => `md5('grid-' || (${c}) || '-' || (${g}))::uuid`;

async function seedRecords(db: Database, from: number, to: number): Promise<void> {
  for (let start = from; start < to; start += CHUNK) {
    const end = Math.min(to, start + CHUNK) - 1;
    // Row i: community i % N, grid (i / N) % 10, building and household derived; a visit of ~300 bytes.
    await db.query(
      `INSERT INTO records (id, entity, version, data, field_meta, community_id, grid_id, building_id, household_id, created_by, created_at, updated_at)
       SELECT md5('visit-' || i)::uuid, 'visit', 1,
              jsonb_build_object('householdId', md5('household-' || (i % 400000))::uuid, 'visitedAt', now() - make_interval(secs => (i % 31536000)),
                'outcome', 'visited', 'checks', jsonb_build_array(jsonb_build_object('residentId', md5('resident-' || (i % 900000))::uuid,
                'temperature', 36.5, 'symptoms', '[]'::jsonb))),
              '{"householdId":[1,"phone-0123456789"],"visitedAt":[1,"phone-0123456789"],"outcome":[1,"phone-0123456789"],"checks":[1,"phone-0123456789"]}'::jsonb,
              ${communitySql(`i % ${COMMUNITIES}`)}, ${gridSql(`i % ${COMMUNITIES}`, `(i / ${COMMUNITIES}) % 10`)},
              md5('building-' || (i % 60000))::uuid, md5('household-' || (i % 400000))::uuid,
              md5('user-' || (i % 15000))::uuid::text, now(), now()
         FROM generate_series($1::bigint, $2::bigint) AS i`,
      [start, end],
    );
  }
  await db.query('ANALYZE records');
}

/** Runs a query and keeps the SQL and parameters of the ones reading `records` (the pull's own query). */
function recording(db: Queryable, seen: { sql: string; params: unknown[] }[]): Queryable {
  return {
    query(sql, params) {
      if (/FROM records WHERE \(txid, seq\) >/.test(sql) && !/count\(\*\)/.test(sql)) seen.push({ sql, params: params ?? [] });
      return db.query(sql, params);
    },
  };
}

async function timePull(db: Database, feed: FeedIdentity, scope: Scope, label: string): Promise<void> {
  const seen: { sql: string; params: unknown[] }[] = [];
  let started = performance.now();
  const first = await pullPage(recording(db, seen), feed, scope, '', 1000);
  const firstMs = performance.now() - started;
  let cursor = first.cursor;
  let pages = 1;
  let changes = first.changes.length;
  let more = first.hasMore;
  started = performance.now();
  while (more) {
    const page = await pullPage(db, feed, scope, cursor, 1000);
    cursor = page.cursor;
    more = page.hasMore;
    changes += page.changes.length;
    pages++;
  }
  const restMs = performance.now() - started;
  started = performance.now();
  const caughtUp = await pullPage(db, feed, scope, cursor, 1000);
  const caughtUpMs = performance.now() - started;
  console.log(
    `  ${label}: first page ${firstMs.toFixed(1)} ms (${first.changes.length} changes, remaining ${first.remaining ?? 0}); ` +
      `whole scope ${changes} changes in ${pages} pages, ${(restMs / Math.max(1, pages - 1)).toFixed(1)} ms a page after the first; ` +
      `caught up ${caughtUpMs.toFixed(1)} ms (${caughtUp.changes.length} changes)`,
  );
  const query = seen[0];
  if (!query) return;
  const { rows } = await db.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) ${query.sql}`, query.params);
  for (const row of rows) console.log(`      ${row['QUERY PLAN']}`);
}

async function sizes(db: Database, rows: number): Promise<void> {
  const { rows: size } = await db.query<{ heap: string; indexes: string; total: string }>(
    `SELECT pg_table_size('records')::text AS heap, pg_indexes_size('records')::text AS indexes, pg_total_relation_size('records')::text AS total`,
  );
  const s = size[0]!;
  const mb = (bytes: string) => (Number(bytes) / 2 ** 20).toFixed(0);
  console.log(
    `  records: ${rows.toLocaleString('en')} rows, table ${mb(s.heap)} MB + indexes ${mb(s.indexes)} MB = ${mb(s.total)} MB, ` +
      `${(Number(s.total) / rows).toFixed(0)} bytes a row with its indexes`,
  );
}

async function prune(db: Database): Promise<void> {
  const started = performance.now();
  await db.query(
    `INSERT INTO mutations (mutation_id, user_id, device_id, request_hash, result, created_at)
     SELECT 'm-' || i, md5('user-' || (i % 15000))::uuid, 'phone-' || (i % 15000), md5('hash-' || i), '{"version":1}'::jsonb,
            now() - make_interval(secs => i::double precision * 31536000 / $1)
       FROM generate_series(1, $1::int) AS i`,
    [MUTATIONS],
  );
  await db.query('ANALYZE mutations');
  console.log(`\nIdempotency log: ${MUTATIONS.toLocaleString('en')} rows over 365 days seeded in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  const { rows } = await db.query<{ total: string }>(`SELECT pg_total_relation_size('mutations')::text AS total`);
  console.log(`  ${(Number(rows[0]!.total) / MUTATIONS).toFixed(0)} bytes a row with its indexes`);
  const pruneStarted = performance.now();
  const result = await pruneIdempotencyLog(db, 90);
  const ms = performance.now() - pruneStarted;
  console.log(
    `  pruned to 90 days: ${result.deleted.toLocaleString('en')} rows in ${result.batches} batches, ${(ms / 1000).toFixed(1)} s ` +
      `(${(ms / Math.max(1, result.batches)).toFixed(0)} ms a batch of 5,000)`,
  );
  const again = performance.now();
  await pruneIdempotencyLog(db, 90);
  console.log(`  the next (hourly) run with nothing to delete: ${(performance.now() - again).toFixed(1)} ms`);
}

async function main(): Promise<void> {
  if (!databaseUrl) throw new Error('Set DATABASE_URL (PostgreSQL); this measures PostgreSQL only');
  const schema = `gw_growth_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: databaseUrl });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  const db = await openDatabase({ databaseUrl, schema });
  const drop = async () => {
    await db.close().catch(() => undefined);
    await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await admin.end();
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void drop().then(() => process.exit(130)));
  try {
    await migrate(db);
    const feed = await loadFeed(db);
    const community = await db.query<{ id: string; grid: string }>(`SELECT ${communitySql('7')}::text AS id, ${gridSql('7', '3')}::text AS grid`);
    const { id: communityId, grid } = community.rows[0]!;
    const secretary: Scope = { userId: 'f0000000-0000-7000-8000-000000000001', role: 'secretary', communityId, gridIds: [], buildingIds: [] };
    const worker: Scope = { ...secretary, role: 'grid_worker', gridIds: [grid] };
    const steps = [...new Set([Math.round(ROWS / 5), ROWS])];
    let seeded = 0;
    for (const target of steps) {
      const started = performance.now();
      await seedRecords(db, seeded, target);
      console.log(`\n${target.toLocaleString('en')} records (${(target / COMMUNITIES).toFixed(0)} per community), +${(target - seeded).toLocaleString('en')} seeded in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      seeded = target;
      await sizes(db, target);
      await timePull(db, feed, secretary, 'secretary of one community');
      await timePull(db, feed, worker, 'grid worker of one grid');
    }
    await prune(db);
  } finally {
    await drop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
