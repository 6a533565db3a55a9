/**
 * Crash test (issue 11): the server process is SIGKILLed in the middle of a 2,000-mutation push (four
 * requests of 500, the most the contract allows in one: the first answered, the other three in flight),
 * restarted on the same database, and the whole push is sent again. Every mutation must then be
 * answered applied or duplicate, be written exactly once (one record, one row in mutations, version
 * 1), and the batch answered before the crash must come back as duplicates with the same versions.
 * Runs on PGlite (files in a temp dir) and, when DATABASE_URL is set, on PostgreSQL in a fresh schema.
 */
import { spawn, type ChildProcessByStdio } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { loginResponseSchema, pushResponseSchema, type Mutation, type PushResponse } from '../../../src/domain/sync-protocol';
import { openDatabase, toNumber, type Database } from '../../../src/server/db/database';
import { aResident } from '../../fixtures/domain-records';
import { TEST_PASSWORD } from '../../fixtures/server-harness';
import { apiClient, createOf } from '../../fixtures/server-client';

const ENTRY = fileURLToPath(new URL('./crash-server-process.ts', import.meta.url));
const DEVICE = 'crash-phone';
const BATCHES = 4;
const BATCH_SIZE = 500;

type Child = ChildProcessByStdio<Writable, Readable, null>;
interface Target {
  env: Record<string, string>;
  open(): Promise<Database>;
  drop(): Promise<void>;
}
interface ServerChild {
  url: string;
  child: Child;
}

const children = new Set<Child>();
const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const child of children) child.kill('SIGKILL');
  for (const cleanup of cleanups) await cleanup().catch(() => undefined);
});

function exited(child: Child): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

async function startServer(env: Record<string, string>): Promise<ServerChild> {
  const child: Child = spawn(process.execPath, ['--import', 'tsx', ENTRY], { env: { ...process.env, ...env }, stdio: ['pipe', 'pipe', 'inherit'] });
  children.add(child);
  child.once('exit', () => children.delete(child));
  const lines = createInterface({ input: child.stdout });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('the server did not print its URL within 60 s')), 60_000);
      lines.once('line', (line) => (clearTimeout(timer), resolve(line.trim())));
      child.once('exit', (code, signal) => (clearTimeout(timer), reject(new Error(`the server exited (${signal ?? code}) before starting`))));
    });
    return { url, child };
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
}

async function kill(server: ServerChild, signal: 'SIGKILL' | 'SIGTERM'): Promise<void> {
  const gone = exited(server.child);
  server.child.kill(signal);
  await gone;
}

async function push(url: string, token: string, mutations: Mutation[]): Promise<PushResponse> {
  const response = await fetch(`${url}/api/v1/sync/push`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ deviceId: DEVICE, mutations }),
  });
  const text = await response.text();
  if (response.status !== 200) throw new Error(`push answered ${response.status}: ${text.slice(0, 300)}`);
  return pushResponseSchema.parse(JSON.parse(text));
}

async function signIn(url: string): Promise<string> {
  const response = await fetch(`${url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'worker1', password: TEST_PASSWORD, deviceId: DEVICE }),
  });
  expect(response.status).toBe(200);
  return loginResponseSchema.parse(await response.json()).accessToken;
}

function pgliteTarget(): Target {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'gridwalk-crash-'));
  return {
    env: { CRASH_DATA_DIR: dataDir },
    open: () => openDatabase({ dataDir }),
    drop: async () => rmSync(dataDir, { recursive: true, force: true }),
  };
}

async function postgresTarget(databaseUrl: string): Promise<Target> {
  const schema = `gw_crash_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: databaseUrl });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  await admin.end();
  return {
    env: { CRASH_DATABASE_URL: databaseUrl, CRASH_SCHEMA: schema },
    open: () => Promise.resolve(openDatabase({ databaseUrl, schema })),
    async drop() {
      const client = new pg.Client({ connectionString: databaseUrl });
      await client.connect();
      await client.query(`DROP SCHEMA ${schema} CASCADE`);
      await client.end();
    },
  };
}

async function crashAndResend(target: Target): Promise<void> {
  cleanups.push(() => target.drop());
  let server = await startServer(target.env);
  let token = await signIn(server.url);
  const { changes } = await apiClient(server.url, token, DEVICE).pullAll();
  const householdId = changes.find((c) => c.entity === 'household')?.id;
  if (!householdId) throw new Error('no household in worker1’s scope');

  const run = randomBytes(3).toString('hex');
  const batches = Array.from({ length: BATCHES }, (_, b) =>
    Array.from({ length: BATCH_SIZE }, (_, i) => {
      const { idNumber: _idNumber, ...resident } = aResident({ householdId, name: `崩溃${run}-${b * BATCH_SIZE + i}` });
      return createOf('resident', resident);
    }),
  );
  const all = batches.flat();

  // The first request answered, then the other three in flight; killed half-way through the time
  // the first one took, so that the server is inside a push's transaction.
  const firstStarted = performance.now();
  const first = await push(server.url, token, batches[0]!);
  const firstMs = performance.now() - firstStarted;
  expect(first.results.every((r) => r.status === 'applied' && r.version === 1)).toBe(true);
  const inFlight = Promise.allSettled(batches.slice(1).map((batch) => push(server.url, token, batch)));
  await new Promise((resolve) => setTimeout(resolve, Math.max(20, firstMs / 2)));
  await kill(server, 'SIGKILL');
  const before = await inFlight;
  const lost = before.filter((s) => s.status === 'rejected').length;
  // The kill must have cut at least one request short, or this tested no crash.
  expect(lost).toBeGreaterThan(0);
  const answeredBefore = new Map<string, number | undefined>(first.results.map((r) => [r.mutationId, r.version]));
  for (const settled of before) {
    if (settled.status === 'fulfilled') for (const r of settled.value.results) answeredBefore.set(r.mutationId, r.version);
  }

  // Restart on the same database; resend everything, as a phone whose outbox still holds it would.
  server = await startServer(target.env);
  token = await signIn(server.url);
  const resent = [];
  for (const batch of batches) resent.push(...(await push(server.url, token, batch)).results);
  expect(resent.map((r) => r.mutationId)).toEqual(all.map((m) => m.mutationId));
  for (const result of resent) {
    expect(['applied', 'duplicate'], JSON.stringify(result)).toContain(result.status);
    expect(result.version).toBe(1);
    if (answeredBefore.has(result.mutationId)) {
      expect(result.status).toBe('duplicate');
      expect(result.version).toBe(answeredBefore.get(result.mutationId));
    }
  }
  // A second resend changes nothing.
  const again = await push(server.url, token, batches[BATCHES - 1]!);
  expect(again.results.every((r) => r.status === 'duplicate' && r.version === 1)).toBe(true);
  await kill(server, 'SIGTERM');

  // Exactly once, in the database itself.
  const db = await target.open();
  try {
    const records = await db.query<{ id: string; version: number; n: number | string }>(
      `SELECT id, min(version) AS version, count(*) AS n FROM records WHERE entity = 'resident' AND data->>'name' LIKE $1 GROUP BY id`,
      [`崩溃${run}-%`],
    );
    expect(records.rows).toHaveLength(all.length);
    expect(new Set(records.rows.map((r) => r.id))).toEqual(new Set(all.map((m) => m.id)));
    expect(records.rows.every((r) => toNumber(r.n) === 1 && r.version === 1)).toBe(true);
    const mutations = await db.query<{ mutation_id: string; n: number | string }>(
      'SELECT mutation_id, count(*) AS n FROM mutations WHERE mutation_id = ANY($1::text[]) GROUP BY mutation_id',
      [all.map((m) => m.mutationId)],
    );
    expect(mutations.rows).toHaveLength(all.length);
    expect(mutations.rows.every((r) => toNumber(r.n) === 1)).toBe(true);
    console.info(
      `crash test (${db.kind}): first batch ${Math.round(firstMs)} ms, killed with ${lost} of ${BATCHES - 1} requests in flight, ` +
        `${resent.filter((r) => r.status === 'applied').length} applied and ${resent.filter((r) => r.status === 'duplicate').length} duplicate on resend`,
    );
  } finally {
    await db.close();
  }
}

describe('SIGKILL in the middle of a 2,000-mutation push, restart, resend', () => {
  it('writes every mutation exactly once on PGlite', { timeout: 120_000 }, async () => {
    await crashAndResend(pgliteTarget());
  });

  const databaseUrl = process.env.DATABASE_URL;
  it.skipIf(!databaseUrl)('writes every mutation exactly once on PostgreSQL', { timeout: 120_000 }, async () => {
    await crashAndResend(await postgresTarget(databaseUrl ?? ''));
  });
});
