/**
 * The crash test's server, in a process of its own so that it can be SIGKILLed:
 * `node --import tsx tests/server/security/crash-server-process.ts` with either CRASH_DATA_DIR (PGlite
 * files on disk, so a restart finds the data) or CRASH_DATABASE_URL and CRASH_SCHEMA (an existing
 * schema). Migrates, seeds a small demo community on an empty database (test password, cheap hashes),
 * builds the app with a fixed secret (tokens survive a restart), listens on 127.0.0.1 on a free port
 * and prints its URL as the first line. It stops when stdin ends (the parent is gone: no orphan) and
 * on SIGTERM/SIGINT (closing the database cleanly).
 */
import { createInterface } from 'node:readline';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../../src/server/app';
import { openDatabase, type Database } from '../../../src/server/db/database';
import { migrate } from '../../../src/server/db/migrate';
import { seedDemo } from '../../../src/server/seed/seed-demo';
import { setPasswordHashParams } from '../../../src/server/auth/password';
import { TEST_HASH_PARAMS, TEST_PASSWORD, TEST_SECRET } from '../../fixtures/server-harness';

let db: Database | null = null;
let app: FastifyInstance | null = null;
let stopping = false;

function stop(code: number): void {
  if (stopping) return;
  stopping = true;
  setTimeout(() => process.exit(code), 10_000).unref();
  void (async () => {
    await app?.close().catch(() => undefined);
    await db?.close().catch(() => undefined);
    process.exit(code);
  })();
}

async function main(): Promise<void> {
  const dataDir = process.env.CRASH_DATA_DIR;
  const databaseUrl = process.env.CRASH_DATABASE_URL;
  const schema = process.env.CRASH_SCHEMA;
  if (!dataDir && !(databaseUrl && schema)) throw new Error('set CRASH_DATA_DIR, or CRASH_DATABASE_URL and CRASH_SCHEMA');
  createInterface({ input: process.stdin }).on('close', () => stop(0));
  process.once('SIGTERM', () => stop(0));
  process.once('SIGINT', () => stop(0));

  setPasswordHashParams(TEST_HASH_PARAMS);
  db = databaseUrl && schema ? await openDatabase({ databaseUrl, schema }) : await openDatabase({ dataDir: dataDir ?? '' });
  await migrate(db);
  const { rows } = await db.query<{ n: number | string }>('SELECT count(*) AS n FROM users');
  if (Number(rows[0]?.n ?? 0) === 0) await seedDemo(db, { password: TEST_PASSWORD, scale: 0.1 });
  app = await buildApp({ db, secret: TEST_SECRET, staticDir: null, logger: false });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  if (stopping) return;
  process.stdout.write(`${url}\n`);
}

main().catch((error: unknown) => {
  console.error('crash-test server:', error);
  stop(1);
});
