/**
 * The real server, in this process, listening on 127.0.0.1 on a free port: on PostgreSQL in a fresh
 * schema of its own (dropped on close, as the server tests do per file), else on PGlite in memory.
 */
import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { buildApp } from '../../src/server/app';
import { openDatabase, type Database } from '../../src/server/db/database';
import { migrate } from '../../src/server/db/migrate';
import { assertLocalDatabaseUrl, assertLocalServerUrl } from './load-options';

export interface LoadServer {
  url: string;
  db: Database;
  /** 'postgres' or 'pglite', as the figures are labelled. */
  label: string;
  close(): Promise<void>;
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

async function openLoadDatabase(
  databaseUrl: string | null,
  openPglite: PgliteOpener,
): Promise<{ db: Database; drop: () => Promise<void> }> {
  if (!databaseUrl) return { db: await openPglite(), drop: async () => undefined };
  assertLocalDatabaseUrl(databaseUrl);
  const schema = `gw_load_${randomBytes(6).toString('hex')}`;
  await onAdminConnection(databaseUrl, `CREATE SCHEMA ${schema}`);
  const drop = () => onAdminConnection(databaseUrl, `DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  try {
    return { db: await openDatabase({ databaseUrl, schema }), drop };
  } catch (error) {
    await drop();
    throw error;
  }
}

export async function startLoadServer(
  databaseUrl: string | null,
  openPglite: PgliteOpener = () => openDatabase({ dataDir: 'memory://' }),
): Promise<LoadServer> {
  const { db, drop } = await openLoadDatabase(databaseUrl, openPglite);
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
    return { url, db, label: db.kind, close };
  } catch (error) {
    await close();
    throw error;
  }
}
