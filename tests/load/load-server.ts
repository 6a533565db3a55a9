/**
 * The real server, listening on 127.0.0.1 on a free port: on PostgreSQL in a fresh schema of its own
 * (dropped on close, as the server tests do per file), in a process of its own (server-process.ts) unless
 * asked to run in this one; on PGlite in memory always in this process (it cannot be shared).
 */
import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { buildApp } from '../../src/server/app';
import { openDatabase, type Database } from '../../src/server/db/database';
import { migrate } from '../../src/server/db/migrate';
import { assertLocalDatabaseUrl, assertLocalServerUrl } from './load-options';
import { startServerProcess, type ServerStats } from './load-server-process';

export interface LoadServer {
  url: string;
  /** This process's connection to the server's database (seeding, verification). */
  db: Database;
  /** 'postgres' or 'pglite', as the figures are labelled. */
  label: string;
  /** Where the server runs: 'own process (pid …)' or 'in-process'. */
  mode: string;
  /** The server process's cumulative event loop and CPU time; null in-process (it is this process's). */
  stats: (() => Promise<ServerStats>) | null;
  close(): Promise<void>;
}

export interface LoadServerOptions {
  databaseUrl: string | null;
  /** PostgreSQL only: run the server in this process (PGlite always does). */
  inProcess: boolean;
  openPglite?: PgliteOpener;
}

async function onAdminConnection(databaseUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Opens an embedded database instead of a fresh one (tests load a saved snapshot: creating PGlite takes seconds). */
export type PgliteOpener = () => Promise<Database>;

/** A fresh schema; `drop` removes it with everything in it. */
async function createSchema(databaseUrl: string): Promise<{ schema: string; drop: () => Promise<void> }> {
  assertLocalDatabaseUrl(databaseUrl);
  const schema = `gw_load_${randomBytes(6).toString('hex')}`;
  await onAdminConnection(databaseUrl, `CREATE SCHEMA ${schema}`);
  return { schema, drop: () => onAdminConnection(databaseUrl, `DROP SCHEMA IF EXISTS ${schema} CASCADE`) };
}

async function openLoadDatabase(
  databaseUrl: string | null,
  openPglite: PgliteOpener,
): Promise<{ db: Database; drop: () => Promise<void> }> {
  if (!databaseUrl) return { db: await openPglite(), drop: async () => undefined };
  const { schema, drop } = await createSchema(databaseUrl);
  try {
    return { db: await openDatabase({ databaseUrl, schema }), drop };
  } catch (error) {
    await drop();
    throw error;
  }
}

/** PostgreSQL, the server in a child process (which migrates the schema); this process keeps a connection of its own. */
async function startOutOfProcess(databaseUrl: string): Promise<LoadServer> {
  const { schema, drop } = await createSchema(databaseUrl);
  let child: Awaited<ReturnType<typeof startServerProcess>> | null = null;
  let db: Database | null = null;
  const close = async () => {
    await child?.stop();
    await db?.close();
    await drop();
  };
  try {
    child = await startServerProcess(databaseUrl, schema);
    db = await openDatabase({ databaseUrl, schema });
    return { url: child.url, db, label: db.kind, mode: `own process (pid ${child.pid})`, stats: child.stats, close };
  } catch (error) {
    await close();
    throw error;
  }
}

export async function startLoadServer({ databaseUrl, inProcess, openPglite }: LoadServerOptions): Promise<LoadServer> {
  if (databaseUrl && !inProcess) return startOutOfProcess(databaseUrl);
  const { db, drop } = await openLoadDatabase(databaseUrl, openPglite ?? (() => openDatabase({ dataDir: 'memory://' })));
  let app: FastifyInstance | null = null;
  const close = async () => {
    await app?.close();
    await db.close();
    await drop();
  };
  try {
    await migrate(db);
    app = await buildApp({ db, secret: randomBytes(24).toString('base64url'), staticDir: null, logger: false });
    const url = await app.listen({ port: 0, host: '127.0.0.1' });
    assertLocalServerUrl(url);
    return { url, db, label: db.kind, mode: 'in-process', stats: null, close };
  } catch (error) {
    await close();
    throw error;
  }
}
