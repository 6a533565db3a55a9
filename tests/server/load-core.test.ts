/**
 * Keeps `npm run load` honest without running it at scale: its core with 3 phones × 10 mutations
 * (two phones share a grid) must pass its own verification, and that verification must fail when the
 * scope it checks against is wrong or a patch landed twice. The load run itself (tests/load/run.ts)
 * is not a test file and never runs under `npm test`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFilter } from '../../src/server/sync/scope';
import { runLoad, type LoadRun } from '../load/load-core';
import { LocalHttp, newHttpStats } from '../load/load-http';
import { assertLocalServerUrl, LoadConfigError, readLoadOptions } from '../load/load-options';
import type { Check } from '../load/load-verify';
import { TEST_PASSWORD } from '../fixtures/server-harness';
import { seededPglite } from '../fixtures/server-pglite-snapshot';

const CHECKS = [
  'every mutation answered applied, none rejected',
  'each created record exists once, as sent, by its phone',
  'the mutations table holds each mutationId once',
  'versions as expected after patches',
  "each phone's pull holds exactly its scope",
  'a resend of sampled pushes answers duplicate and changes nothing',
];

const small = {
  LOAD_PHONES: '3',
  LOAD_MUTATIONS: '10',
  LOAD_BATCH: '4',
  LOAD_COMMUNITIES: '2',
  LOAD_GRIDS: '1',
  LOAD_BUILDINGS: '1',
  LOAD_FLOORS: '2',
  LOAD_RESEND: '3',
  LOAD_TIMEOUT: '60',
  // On PostgreSQL too: starting the server in a process of its own would cost the test seconds.
  LOAD_IN_PROCESS: '1',
};

let run: LoadRun;

beforeAll(async () => {
  const options = readLoadOptions({ ...small, DATABASE_URL: process.env.DATABASE_URL }, []);
  if (!options) throw new Error('no options');
  // A saved database loads in a fraction of the time PGlite takes to create one; its demo community
  // is no phone's (the load run seeds communities of its own).
  run = await runLoad(options, { openPglite: async () => (await seededPglite(TEST_PASSWORD, 0.1)).db });
});
afterAll(async () => {
  await run?.close();
});

const failed = (checks: Check[]) => checks.filter((c) => !c.ok).map((c) => c.name);

describe('load test core (3 phones × 10 mutations)', () => {
  it('lands every mutation, and its verification passes', async () => {
    const [first, second, third] = run.world.phones;
    expect(first!.grid.id).toBe(third!.grid.id);
    expect(second!.communityId).not.toBe(first!.communityId);

    expect(run.figures).toMatchObject({ phones: 3, phonesFailed: 0, mutationsSent: 30, applied: 30, rejected: 0, httpErrors: 0 });
    // 10 mutations in pushes of 4: 3 requests per phone; each phone pulled at least one page.
    expect(run.figures.pushRequests).toBe(9);
    expect(run.figures.pullPages).toBeGreaterThanOrEqual(3);
    // Three phases: sign-in of every phone, then pushes (mutations/s), then pulls.
    expect(run.figures.signIn?.n).toBe(3);
    expect(run.figures.pullPhase).not.toBeNull();
    expect(run.figures.mutationsPerSecond).toBeCloseTo(30 / run.figures.pushPhase.seconds);
    for (const state of run.states) expect(state.pulled.size).toBeGreaterThan(0);

    const checks = await run.verify();
    expect(checks.map((c) => c.name)).toEqual(CHECKS);
    expect(failed(checks)).toEqual([]);
  });

  it('fails the scope check when the scope it compares against is wrong', async () => {
    // As if grid workers could read their grid only, not the community's reference data (community,
    // grids, checkpoints): the phones hold records this filter says they may not read.
    const checks = await run.verify({
      readFilter: (scope, from) =>
        scope.role === 'grid_worker'
          ? { sql: `community_id = $${from} AND grid_id = ANY($${from + 1}::uuid[])`, params: [scope.communityId, scope.gridIds] }
          : readFilter(scope, from),
    });
    expect(failed(checks)).toEqual(["each phone's pull holds exactly its scope"]);
    expect(checks.find((c) => !c.ok)?.detail).toMatch(/3 phones differ: load-phone-1: 0 missing, [1-9]\d* not in its scope/);
  });

  it('fails the versions check when a patch landed twice', async () => {
    const patch = run.states.flatMap((state) => state.plan.patches)[0];
    expect(patch).toBeDefined();
    await run.db.query('UPDATE records SET version = version + 1 WHERE id = $1', [patch!.recordId]);
    try {
      const checks = await run.verify();
      expect(failed(checks)).toContain('versions as expected after patches');
      expect(checks.find((c) => c.name === 'versions as expected after patches')?.detail).toContain(patch!.recordId);
    } finally {
      await run.db.query('UPDATE records SET version = version - 1 WHERE id = $1', [patch!.recordId]);
    }
    expect(failed(await run.verify())).toEqual([]);
  });

  it('talks to 127.0.0.1 only, and within bounds', () => {
    expect(() => assertLocalServerUrl('http://example.com:8080')).toThrow(LoadConfigError);
    expect(() => assertLocalServerUrl('http://localhost:8080')).toThrow(LoadConfigError);
    expect(() => new LocalHttp('http://10.0.0.1:8080', newHttpStats(), 1000, new AbortController().signal)).toThrow(LoadConfigError);
    expect(() => readLoadOptions({ DATABASE_URL: 'postgres://postgres@db.example.com:5432/prod' }, [])).toThrow(LoadConfigError);
    expect(() => readLoadOptions({ LOAD_PHONES: '100000' }, [])).toThrow(LoadConfigError);
    expect(readLoadOptions({}, [])?.phones).toBe(20);
    expect(readLoadOptions({ DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/test' }, ['--phones', '7'])?.phones).toBe(7);
    // The server runs in a process of its own on PostgreSQL unless asked otherwise; PGlite cannot.
    expect(readLoadOptions({ DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/test' }, [])?.inProcess).toBe(false);
    expect(readLoadOptions({ DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/test', LOAD_IN_PROCESS: '1' }, [])?.inProcess).toBe(true);
    expect(readLoadOptions({}, [])?.inProcess).toBe(true);
  });
});
