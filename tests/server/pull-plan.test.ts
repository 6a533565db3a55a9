/**
 * A pull of one community reads that community's rows only (issue 19), shown by PostgreSQL's own plans:
 * with 60,000 rows of 20 other communities (and their grids) in `records`, every query a secretary's and a
 * grid worker's pull runs against `records` is explained (EXPLAIN, its real SQL and parameters, captured
 * from the running server) and none scans the table: each reaches its rows through an index bounded by the
 * community (or the worker's grids), or by the ids of the rows a page names (their parents). With 20,000 rows
 * in the tested community too, a page is read in feed order and stops at the page: the secretary's an ordered
 * Index Scan (no Sort, no Bitmap Heap Scan), a grid worker's and a street officer's a Merge Append of ordered
 * index scans (feed-query.ts) that never sorts her grid or its communities. PostgreSQL only
 * (PGlite's planner is the same code, but the test is about the deployment's database).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Queryable } from '../../src/server/db/database';
import { apiClient } from '../fixtures/server-client';
import { startTestServer, type TestServer } from '../fixtures/server-harness';

/** The scans that read `records` through one of its indexes (a bitmap scan's index part has the index's name only). */
const recordsIndexScans = (nodes: PlanNode[]) => nodes.filter((node) => /Index/.test(node['Node Type']) && (node['Index Name'] ?? '').startsWith('records_'));
const seqScansOfRecords = (nodes: PlanNode[]) => nodes.filter((node) => node['Node Type'] === 'Seq Scan' && node['Relation Name'] === 'records');

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  'Index Cond'?: string;
  Plans?: PlanNode[];
}

interface Captured {
  sql: string;
  params: unknown[];
}

let server: TestServer;
const captured: Captured[] = [];

function capturing(target: Queryable): Queryable {
  return {
    query: (sql, params) => {
      if (/\bFROM records\b/.test(sql) && /^\s*SELECT/i.test(sql)) captured.push({ sql, params: params ?? [] });
      return target.query(sql, params);
    },
  };
}

function nodesOf(plan: PlanNode): PlanNode[] {
  return [plan, ...(plan.Plans ?? []).flatMap(nodesOf)];
}

/** Every node of the query's plan. */
async function explain({ sql, params }: Captured): Promise<PlanNode[]> {
  const { rows } = await server.db.query<{ 'QUERY PLAN': { Plan: PlanNode }[] }>(`EXPLAIN (FORMAT JSON) ${sql}`, params);
  const plan = rows[0]?.['QUERY PLAN'][0]?.Plan;
  if (!plan) throw new Error(`no plan for ${sql}`);
  return nodesOf(plan);
}

/** The indexes the pull's feed queries (those ordered by the feed position) read. */
async function feedScans(queries: Captured[]): Promise<string[]> {
  const feed = queries.filter((query) => /ORDER BY records\.txid, records\.seq/.test(query.sql));
  const nodes = (await Promise.all(feed.map(explain))).flat();
  return recordsIndexScans(nodes).map((node) => node['Index Name'] ?? '');
}

/** The plans (every node) of the pull's feed queries. */
async function feedPlans(queries: Captured[]): Promise<PlanNode[][]> {
  return Promise.all(queries.filter((query) => /ORDER BY records\.txid, records\.seq/.test(query.sql)).map(explain));
}

/** The nodes under every Sort: what the plan sorts rather than reads in order. */
const sortedNodes = (nodes: PlanNode[]) => nodes.filter((node) => node['Node Type'] === 'Sort').flatMap((node) => nodesOf(node).slice(1));

/** Pulls as `username` and checks every query's plan: no scan of records, each index scan's condition bounded by `bound`. */
async function expectIndexedPull(username: string, bound: RegExp): Promise<Captured[]> {
  const queries = await pullCaptured(username);
  expect(queries.length).toBeGreaterThan(0);
  for (const query of queries) {
    const nodes = await explain(query);
    expect(seqScansOfRecords(nodes), query.sql).toEqual([]);
    const scans = recordsIndexScans(nodes);
    expect(scans.length, query.sql).toBeGreaterThan(0);
    for (const scan of scans) expect(scan['Index Cond'] ?? '', query.sql).toMatch(bound);
  }
  return queries;
}

async function pullCaptured(username: string): Promise<Captured[]> {
  captured.length = 0;
  const client = apiClient(server.url, (await server.login(username)).accessToken);
  const page = await client.pull('', 500);
  expect(page.status).toBe(200);
  return [...captured];
}

describe.skipIf(!process.env.DATABASE_URL)('a pull of one community, explained on PostgreSQL', () => {
  beforeAll(async () => {
    server = await startTestServer();
    await server.db.query(
      `INSERT INTO records (id, entity, version, data, community_id, grid_id, created_by)
       SELECT gen_random_uuid(), 'resident', 1, '{"name":"x"}'::jsonb,
              ('00000000-0000-4000-8000-' || lpad((n % 20)::text, 12, '0'))::uuid,
              ('00000000-0000-4000-8001-' || lpad((n % 200)::text, 12, '0'))::uuid, 'seed'
         FROM generate_series(1, 60000) AS n`,
    );
    // And 20,000 rows of the tested community itself, half of them in worker1's grid, a quarter daily reports
    // (which street1 reads): enough that sorting the rest of the community would cost far more than a page.
    await server.db.query(
      `INSERT INTO records (id, entity, version, data, community_id, grid_id, created_by)
       SELECT gen_random_uuid(), CASE WHEN n % 4 = 0 THEN 'daily_report' ELSE 'visit' END, 1, '{"note":"x"}'::jsonb, u.community_id,
              CASE WHEN n % 2 = 0 THEN (u.grid_ids->>0)::uuid ELSE '00000000-0000-4000-8002-000000000001'::uuid END, 'seed'
         FROM users AS u, generate_series(1, 20000) AS n WHERE u.username = 'worker1'`,
    );
    await server.db.query('ANALYZE records');
    // Every query the server runs from here on, in a transaction or not, is seen.
    const { db } = server;
    const query = db.query.bind(db);
    const transaction = db.transaction.bind(db);
    db.query = (sql, params) => capturing({ query }).query(sql, params);
    db.transaction = (fn) => transaction((tx) => fn(capturing(tx)));
  }, 60_000);

  afterAll(async () => {
    await server?.close();
  });

  /** Every page plan merges ordered scans (Merge Append), among them `index`'s, and never sorts what `index` reads. */
  function expectMergedInOrder(plans: Awaited<ReturnType<typeof feedPlans>>, index: string): void {
    expect(plans.length).toBeGreaterThan(0);
    for (const nodes of plans) {
      expect(nodes.map((node) => node['Node Type'])).toContain('Merge Append');
      expect(nodes.filter((node) => node['Node Type'] === 'Index Scan').map((node) => node['Index Name'])).toContain(index);
      expect(sortedNodes(nodes).map((node) => node['Index Name'])).not.toContain(index);
    }
  }

  it('reads a secretary’s community through the community index, never a scan of all records', async () => {
    // Bounded by the community, or rows named by id (the parents of what the page holds).
    const queries = await expectIndexedPull('secretary1', /community_id = |\(id = /);
    // The feed itself walks the community's part of the feed index.
    expect(await feedScans(queries)).toContain('records_community_feed');
  });

  it('reads a secretary’s page in feed order from the community index, stopping at the page: no bitmap scan, no sort', async () => {
    const queries = await pullCaptured('secretary1');
    const plans = await feedPlans(queries);
    expect(plans.length).toBeGreaterThan(0);
    for (const nodes of plans) {
      expect(nodes.filter((node) => node['Node Type'] === 'Index Scan').map((node) => node['Index Name'])).toContain('records_community_feed');
      expect(nodes.map((node) => node['Node Type'])).not.toContain('Sort');
      expect(nodes.map((node) => node['Node Type'])).not.toContain('Bitmap Heap Scan');
    }
  });

  it('reads a grid worker’s grid in feed order, merged with what she reads beyond it, never sorting her grid', async () => {
    expectMergedInOrder(await feedPlans(await pullCaptured('worker1')), 'records_grid_feed');
  });

  it('reads a street officer’s communities through the street index, each in feed order, merged; never a scan of all records', async () => {
    // Bounded by a community, the street's or district's row, rows named by id, or (loading its scope) its communities by street.
    const queries = await expectIndexedPull('street1', /community_id = |\(id = |entity = 'street'|entity = 'district'|'streetId'/);
    expectMergedInOrder(await feedPlans(queries), 'records_street_feed');
  });

  it('reads a grid worker’s rows through indexes bounded by her grids and community, never a scan of all records', async () => {
    const queries = await expectIndexedPull('worker1', /(community_id|grid_id) = |\(id = /);
    // Her feed walks the part of a feed index bounded by her community or her grids.
    const feed = await feedScans(queries);
    expect(feed.length).toBeGreaterThan(0);
    for (const index of feed) expect(['records_community_feed', 'records_grid_feed', 'records_worker_feed']).toContain(index);
  });
});
