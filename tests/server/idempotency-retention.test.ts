/**
 * Pruning the idempotency log (issue 19): rows older than the window go, in batches, the recent ones stay
 * and still answer a resend `duplicate`; a create resent after its row was pruned is refused, not applied
 * twice. The scheduled run, the admin command, two pruners at once, and the settings.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../../src/server/config';
import { pruneIdempotencyLog, scheduleIdempotencyPruning } from '../../src/server/sync/idempotency-retention';
import { startTestServer, type TestServer } from '../fixtures/server-harness';
import { createOf, findRecords, type ApiClient } from '../fixtures/server-client';
import { aResident } from '../fixtures/domain-records';
import type { Mutation } from '../../src/domain/sync-protocol';

let server: TestServer;
let worker: ApiClient;
let householdId: string;

beforeAll(async () => {
  server = await startTestServer();
  worker = await server.api('worker1', 'phone-retention');
  const buildingId = server.demo.buildings.find((b) => b.gridId === server.demo.gridIds[0])!.id;
  householdId = (await findRecords(server.db, 'household', { buildingId }))[0]!.id;
});
afterAll(async () => {
  await server?.close();
});

/** Pushes `n` new residents, all applied; returns their mutations. */
async function pushResidents(n: number): Promise<Mutation[]> {
  const mutations = Array.from({ length: n }, (_, i) => createOf('resident', aResident({ householdId, name: `留存${i}` })));
  const response = await worker.push(mutations);
  expect(response.body.results.map((r) => r.status)).toEqual(mutations.map(() => 'applied'));
  return mutations;
}

async function age(mutations: Mutation[], days: number): Promise<void> {
  await server.db.query(`UPDATE mutations SET created_at = now() - make_interval(days => $2::int) WHERE mutation_id = ANY($1::text[])`, [
    mutations.map((m) => m.mutationId),
    days,
  ]);
}

async function stored(mutations: Mutation[]): Promise<number> {
  const { rows } = await server.db.query<{ n: number | string }>('SELECT count(*) AS n FROM mutations WHERE mutation_id = ANY($1::text[])', [
    mutations.map((m) => m.mutationId),
  ]);
  return Number(rows[0]!.n);
}

describe('pruning the idempotency log', () => {
  it('deletes rows past the window in batches and keeps the recent ones, which still answer duplicate', async () => {
    const old = await pushResidents(7);
    const edge = await pushResidents(1);
    const fresh = await pushResidents(2);
    await age(old, 91);
    await age(edge, 89);

    const result = await pruneIdempotencyLog(server.db, 90, { batchSize: 3 });
    expect(result).toEqual({ deleted: 7, batches: 3, yielded: false });
    expect(await stored(old)).toBe(0);
    expect(await stored([...edge, ...fresh])).toBe(3);

    const resend = await worker.push([...edge, ...fresh]);
    expect(resend.body.results.map((r) => r.status)).toEqual(['duplicate', 'duplicate', 'duplicate']);
    // Past the window a resent create is judged anew: its record exists, so it is refused, never doubled.
    const late = await worker.push([old[0]!]);
    expect(late.body.results[0]).toMatchObject({ status: 'rejected', error: { code: 'ALREADY_EXISTS' } });
    const copies = await server.db.query('SELECT id FROM records WHERE id = $1', [old[0]!.id]);
    expect(copies.rows).toHaveLength(1);
    expect(await pruneIdempotencyLog(server.db, 90, { batchSize: 3 })).toEqual({ deleted: 0, batches: 0, yielded: false });
    // A shorter window reaches the 89-day row.
    expect((await pruneIdempotencyLog(server.db, 88)).deleted).toBe(1);
    expect(await stored(edge)).toBe(0);
  });

  it('lets two pruners run at once: every old row is deleted once', async () => {
    const old = await pushResidents(10);
    await age(old, 200);
    const [a, b] = await Promise.all([pruneIdempotencyLog(server.db, 90, { batchSize: 2 }), pruneIdempotencyLog(server.db, 90, { batchSize: 2 })]);
    expect(a.deleted + b.deleted).toBe(10);
    expect(await stored(old)).toBe(0);
  });

  it('prunes once at start when scheduled, and stops between batches when the server stops', async () => {
    const old = await pushResidents(4);
    await age(old, 120);
    const logged: object[] = [];
    const schedule = scheduleIdempotencyPruning(server.db, 90, { info: (details) => logged.push(details), error: (details) => logged.push(details) });
    await schedule.stop();
    expect(await stored(old)).toBe(0);
    expect(logged).toEqual([{ deleted: 4, batches: 1, yielded: false, retentionDays: 90 }]);

    const more = await pushResidents(3);
    await age(more, 120);
    const stopped = new AbortController();
    stopped.abort();
    expect(await pruneIdempotencyLog(server.db, 90, { signal: stopped.signal })).toEqual({ deleted: 0, batches: 0, yielded: false });
    expect(await stored(more)).toBe(3);
    expect((await pruneIdempotencyLog(server.db, 90)).deleted).toBe(3);
  });

  it('is an admin command, refusing a window shorter than a session lives', async () => {
    const old = await pushResidents(2);
    await age(old, 40);
    expect(await server.admin('prune-idempotency', '--days', '60')).toBe('Pruned 0 idempotency record(s) older than 60 days in 0 batch(es)');
    expect(await server.admin('prune-idempotency', '--days', '35')).toBe('Pruned 2 idempotency record(s) older than 35 days in 1 batch(es)');
    expect(await stored(old)).toBe(0);
    await expect(server.admin('prune-idempotency', '--days', '30')).rejects.toThrow(/--days must be a whole number of days from 31/);
  });
});

describe('settings', () => {
  it('reads IDEMPOTENCY_RETENTION_DAYS: 90 by default, longer than the 30-day refresh token', () => {
    expect(readConfig({}).idempotencyRetentionDays).toBe(90);
    expect(readConfig({ IDEMPOTENCY_RETENTION_DAYS: '31' }).idempotencyRetentionDays).toBe(31);
    for (const bad of ['30', '0', 'ninety', '45.5', '4000']) {
      expect(() => readConfig({ IDEMPOTENCY_RETENTION_DAYS: bad })).toThrow(/IDEMPOTENCY_RETENTION_DAYS must be/);
    }
  });

  it('reads MIGRATE_DATABASE_URL only beside DATABASE_URL', () => {
    const direct = 'postgres://gridwalk@db:5432/gridwalk';
    expect(readConfig({ DATABASE_URL: 'postgres://gridwalk@db:6432/gridwalk', MIGRATE_DATABASE_URL: direct }).migrateDatabaseUrl).toBe(direct);
    expect(readConfig({ DATABASE_URL: direct }).migrateDatabaseUrl).toBeNull();
    expect(() => readConfig({ MIGRATE_DATABASE_URL: direct })).toThrow(/needs DATABASE_URL/);
    expect(() => readConfig({ DATABASE_URL: direct, MIGRATE_DATABASE_URL: 'mysql://x' })).toThrow(/postgres:\/\//);
  });
});
