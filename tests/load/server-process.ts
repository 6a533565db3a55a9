/**
 * The load test's server in a process of its own (PostgreSQL only): `node --import tsx
 * tests/load/server-process.ts` with LOAD_SERVER_DATABASE_URL and LOAD_SERVER_SCHEMA (an existing,
 * possibly empty schema) in its environment. Migrates, builds the app (no logger, no static files),
 * listens on 127.0.0.1 on a free port and prints its URL as the first line on stdout.
 *
 * Then it reads stdin line by line: `stats` answers one line `stats {"active":…,"idle":…,"cpuUs":…}`
 * (cumulative event loop and CPU time, in ms and µs). It stops when stdin ends (the parent closed it
 * or died: no orphan) and on SIGTERM/SIGINT.
 */
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/server/app';
import { openDatabase, type Database } from '../../src/server/db/database';
import { migrate } from '../../src/server/db/migrate';
import { assertLocalDatabaseUrl, assertLocalServerUrl } from './load-options';

/** What `stats` answers: cumulative since the process started. */
export interface ServerStatsLine {
  /** Event loop time busy and idle, ms. */
  active: number;
  idle: number;
  /** CPU time, user + system, µs. */
  cpuUs: number;
}

let db: Database | null = null;
let app: FastifyInstance | null = null;
let stopping = false;

function stop(code: number): void {
  if (stopping) return;
  stopping = true;
  // Whatever happens while closing, the process ends within a few seconds.
  setTimeout(() => process.exit(code), 5000).unref();
  void (async () => {
    await app?.close().catch(() => undefined);
    await db?.close().catch(() => undefined);
    process.exit(code);
  })();
}

function answerStats(line: string): void {
  if (line.trim() !== 'stats') return;
  const elu = performance.eventLoopUtilization();
  const cpu = process.cpuUsage();
  const stats: ServerStatsLine = { active: elu.active, idle: elu.idle, cpuUs: cpu.user + cpu.system };
  process.stdout.write(`stats ${JSON.stringify(stats)}\n`);
}

async function main(): Promise<void> {
  const databaseUrl = process.env.LOAD_SERVER_DATABASE_URL;
  const schema = process.env.LOAD_SERVER_SCHEMA;
  if (!databaseUrl || !schema) throw new Error('LOAD_SERVER_DATABASE_URL and LOAD_SERVER_SCHEMA must be set');
  assertLocalDatabaseUrl(databaseUrl);
  // Stdin is the parent's lifeline: when it closes, the parent is gone or done with us.
  const input = createInterface({ input: process.stdin });
  input.on('line', answerStats);
  input.on('close', () => stop(0));
  process.once('SIGTERM', () => stop(0));
  process.once('SIGINT', () => stop(0));

  db = await openDatabase({ databaseUrl, schema });
  await migrate(db);
  app = await buildApp({ db, secret: randomBytes(24).toString('base64url'), staticDir: null, logger: false });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  assertLocalServerUrl(url);
  if (stopping) return;
  process.stdout.write(`${url}\n`);
}

main().catch((error: unknown) => {
  console.error('load server:', error);
  stop(1);
});
