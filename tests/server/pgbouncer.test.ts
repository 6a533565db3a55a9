/**
 * The server through PgBouncer in transaction mode (issue 19): `tools/pgbouncer/start.sh`, then
 * PGBOUNCER_URL=postgres://postgres@127.0.0.1:6432/test. Skipped without PGBOUNCER_URL. The real server
 * (src/server/main.ts, WORKERS=2, each with its own pool of 10) talks to PostgreSQL only through PgBouncer,
 * which hands every transaction whatever server connection is free, so connections pass from one client to
 * another all the time: a server relying on session state (a session advisory lock, SET, LISTEN, a named
 * prepared statement, a temp table) would break here. Migrations run over MIGRATE_DATABASE_URL (direct).
 * Sign-in, push, an idempotent resend, pull and concurrent pushes from several phones must land exactly once.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginResponseSchema, pushResponseSchema, type Change } from '../../src/domain/sync-protocol';
import { openDatabase } from '../../src/server/db/database';
import { listMigrations, migrate } from '../../src/server/db/migrate';
import { apiClient, createOf, voidOf, type ApiClient } from '../fixtures/server-client';
import { aVisit } from '../fixtures/domain-records';
import { adminQuery, collectOutput, databaseUrlFor, freePort, waitForOutput } from '../fixtures/server-processes';

const bouncerUrl = process.env.PGBOUNCER_URL;
/** Creating and dropping databases goes to PostgreSQL itself when DATABASE_URL is set, else through PgBouncer. */
const adminUrl = process.env.DATABASE_URL ?? bouncerUrl;
const root = path.resolve(import.meta.dirname, '../..');
const database = `gw_pgbouncer_${process.pid}`;
const lockDatabase = `gw_pgbouncer_lock_${process.pid}`;
const PASSWORD = 'pgbouncer-pw';

let server: ChildProcess | null = null;
let base = '';

async function signIn(username: string, deviceId: string): Promise<ApiClient> {
  const response = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: PASSWORD, deviceId }),
  });
  expect(response.status).toBe(200);
  return apiClient(base, loginResponseSchema.parse(await response.json()).accessToken, deviceId);
}

/** A household of the phone's scope with one of its residents, from its first pull. */
function aHouseholdWithResident(changes: Change[]): { householdId: string; residentId: string } {
  const resident = changes.find((c) => c.entity === 'resident' && typeof c.data.householdId === 'string');
  if (!resident || typeof resident.data.householdId !== 'string') throw new Error('no resident in the pull');
  return { householdId: resident.data.householdId, residentId: resident.id };
}

function visitOf(place: { householdId: string; residentId: string }, temperature: number) {
  return createOf('visit', aVisit({ ...place, checks: [{ residentId: place.residentId, temperature, symptoms: [] }] }));
}

afterAll(async () => {
  if (server) {
    const exited = new Promise((resolve) => server!.once('exit', resolve));
    server.kill('SIGTERM');
    await exited;
  }
  if (adminUrl) {
    for (const name of [database, lockDatabase]) await adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
}, 30_000);

describe.skipIf(!bouncerUrl)('through PgBouncer in transaction mode', () => {
  beforeAll(async () => {
    expect(await adminQuery(bouncerUrl!, 'SELECT 1 AS ok')).toEqual([{ ok: 1 }]);
    for (const name of [database, lockDatabase]) {
      await adminQuery(adminUrl!, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await adminQuery(adminUrl!, `CREATE DATABASE ${name}`);
    }
    const port = await freePort();
    server = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'src/server/main.ts'), '--demo'], {
      cwd: root,
      env: {
        ...process.env,
        DATABASE_URL: databaseUrlFor(bouncerUrl!, database),
        MIGRATE_DATABASE_URL: databaseUrlFor(adminUrl!, database),
        WORKERS: '2',
        PORT: String(port),
        HOST: '127.0.0.1',
        STATIC_DIR: path.join(root, '.no-app'),
        DEMO_PASSWORD: PASSWORD,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    await waitForOutput(server, /Gridwalk is running at/, collectOutput(server), 90_000);
    base = `http://127.0.0.1:${port}`;
  }, 120_000);

  it('migrates over the direct connection and serves sign-in, push, resend and pull through the pool', async () => {
    const applied = await adminQuery<{ n: string }>(databaseUrlFor(adminUrl!, database), 'SELECT count(*)::text AS n FROM schema_migrations');
    expect(Number(applied[0]!.n)).toBe(listMigrations().length);

    const phone = await signIn('worker1', 'pgb-phone-1');
    const first = await phone.pullAll('', 500);
    expect(first.changes.length).toBeGreaterThan(0);
    const place = aHouseholdWithResident(first.changes);

    const visit = visitOf(place, 36.5);
    const pushed = await phone.push([visit]);
    expect(pushed.status).toBe(200);
    expect(pushResponseSchema.parse(pushed.body).results).toEqual([{ mutationId: visit.mutationId, status: 'applied', version: 1 }]);
    // The answer was "lost": the phone sends it again, and again, on whatever pooled connection is free.
    const resends = await Promise.all([phone.push([visit]), phone.push([visit]), phone.push([visit])]);
    for (const resend of resends) expect(resend.body.results).toEqual([{ mutationId: visit.mutationId, status: 'duplicate', version: 1 }]);

    const voided = voidOf('visit', visit.id, 'recorded in the wrong room');
    expect((await phone.push([voided])).body.results[0]).toMatchObject({ status: 'applied', version: 2 });

    const next = await phone.pullAll(first.cursor);
    const mine = next.changes.filter((c) => c.id === visit.id);
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ version: 2 });
    const again = await phone.pull(next.cursor);
    expect(again.body.changes.filter((c) => c.id === visit.id)).toHaveLength(0);
  }, 60_000);

  it('applies concurrent pushes of several phones exactly once, resends included', async () => {
    const phones = await Promise.all(['worker1', 'worker2', 'worker3'].flatMap((user) => [1, 2].map((n) => signIn(user, `pgb-${user}-${n}`))));
    const places = await Promise.all(phones.map(async (phone) => aHouseholdWithResident((await phone.pullAll('', 500)).changes)));
    // 6 phones x 8 pushes of 5 visits, 24 requests in flight at a time against 2 x 10 client connections.
    const batches = phones.map((_, p) => Array.from({ length: 8 }, (_, b) => Array.from({ length: 5 }, (_, v) => visitOf(places[p]!, 36 + ((b * 5 + v) % 10) / 10))));
    const send = () => Promise.all(phones.map(async (phone, p) => Promise.all(batches[p]!.map((batch) => phone.push(batch)))));
    const [firstRound, secondRound] = await Promise.all([send(), send()]);

    const statuses = new Map<string, string[]>();
    for (const round of [firstRound, secondRound]) {
      for (const answers of round) {
        for (const answer of answers) {
          expect(answer.status).toBe(200);
          for (const result of answer.body.results) statuses.set(result.mutationId, [...(statuses.get(result.mutationId) ?? []), result.status]);
        }
      }
    }
    const sent = batches.flat(2);
    expect(statuses.size).toBe(sent.length);
    // Each mutation was sent twice at once: one copy applied it, the other found it applied.
    for (const answers of statuses.values()) expect(answers.sort()).toEqual(['applied', 'duplicate']);

    const direct = databaseUrlFor(adminUrl!, database);
    const ids = sent.map((m) => m.id);
    const records = await adminQuery<{ n: string }>(direct, 'SELECT count(*)::text AS n FROM records WHERE id = ANY($1::uuid[]) AND version = 1', [ids]);
    expect(Number(records[0]!.n)).toBe(sent.length);
    const logged = await adminQuery<{ n: string }>(direct, 'SELECT count(*)::text AS n FROM mutations WHERE mutation_id = ANY($1::text[])', [sent.map((m) => m.mutationId)]);
    expect(Number(logged[0]!.n)).toBe(sent.length);
  }, 120_000);

  it('serializes two migrators through PgBouncer with the transaction-scoped lock', async () => {
    const [a, b] = await Promise.all([openDatabase({ databaseUrl: databaseUrlFor(bouncerUrl!, lockDatabase) }), openDatabase({ databaseUrl: databaseUrlFor(bouncerUrl!, lockDatabase) })]);
    try {
      const applied = await Promise.all([migrate(a), migrate(b)]);
      const counts = applied.map((names) => names.length).sort((x, y) => x - y);
      expect(counts).toEqual([0, listMigrations().length]);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  }, 60_000);
});
