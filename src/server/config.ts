/** Server configuration from the environment. */
import path from 'node:path';
import { DEFAULT_RETENTION_DAYS, MAX_RETENTION_DAYS, MIN_RETENTION_DAYS } from '../domain/retention';
import { parseTrustProxy } from './auth/trusted-proxies';
import { REFRESH_TOKEN_TTL_DAYS } from './auth/sessions';

export interface ServerConfig {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | null;
  /** MIGRATE_DATABASE_URL: a direct PostgreSQL connection for migrations when DATABASE_URL goes through PgBouncer; null: DATABASE_URL. */
  migrateDatabaseUrl: string | null;
  demoPassword: string;
  secret: string | null;
  staticDir: string;
  /** TRUST_PROXY: proxy addresses/CIDRs whose X-Forwarded-For is believed; empty: none. */
  trustProxy: string[];
  /** The address users reach the server at, e.g. https://grid.example (HSTS when https); null if unset. */
  publicUrl: string | null;
  /** SERVE_SOURCE_MAPS=1: serve the build's *.map files (404 otherwise). */
  serveSourceMaps: boolean;
  /** API_DOCS=0 hides /api/docs and /api/docs/json (404); served by default. */
  apiDocs: boolean;
  /** PHONE_RETENTION_DAYS: how many days phones keep synced visits, gate entries, shift notes and fever reports (sent at sign-in). */
  phoneRetentionDays: number;
  /** IDEMPOTENCY_RETENTION_DAYS: days a push's idempotency records (the `mutations` table) are kept. */
  idempotencyRetentionDays: number;
  /** WORKERS: server processes sharing the port (node:cluster); more than 1 needs DATABASE_URL. */
  workers: number;
}

/** At most this many WORKERS: each holds its own PostgreSQL pool. */
export const MAX_WORKERS = 64;

/**
 * The idempotency window must outlast any phone's offline time: a phone stays signed in while it refreshes
 * within REFRESH_TOKEN_TTL_DAYS (30), so a resend can come at least that late; the default is three times it.
 */
export const DEFAULT_IDEMPOTENCY_RETENTION_DAYS = 90;
export const MIN_IDEMPOTENCY_RETENTION_DAYS = REFRESH_TOKEN_TTL_DAYS + 1;
export const MAX_IDEMPOTENCY_RETENTION_DAYS = 3650;

export const DEFAULT_DEMO_PASSWORD = 'gridwalk-demo';

export function readConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const port = Number(env.PORT ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, got ${env.PORT}`);
  return {
    port,
    host: env.HOST || '127.0.0.1',
    dataDir: path.resolve(env.DATA_DIR || './data'),
    databaseUrl: env.DATABASE_URL || null,
    migrateDatabaseUrl: readMigrateUrl(env.MIGRATE_DATABASE_URL, env.DATABASE_URL),
    demoPassword: env.DEMO_PASSWORD || DEFAULT_DEMO_PASSWORD,
    secret: env.SECRET || null,
    staticDir: path.resolve(env.STATIC_DIR || './dist'),
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
    publicUrl: readPublicUrl(env.PUBLIC_URL),
    serveSourceMaps: env.SERVE_SOURCE_MAPS === '1' || env.SERVE_SOURCE_MAPS === 'true',
    apiDocs: !(env.API_DOCS === '0' || env.API_DOCS === 'false'),
    phoneRetentionDays: readRetentionDays(env.PHONE_RETENTION_DAYS),
    idempotencyRetentionDays: readIdempotencyRetentionDays(env.IDEMPOTENCY_RETENTION_DAYS),
    workers: readWorkers(env.WORKERS, env.DATABASE_URL),
  };
}

function readWorkers(value: string | undefined, databaseUrl: string | undefined): number {
  if (value === undefined || value.trim() === '') return 1;
  const workers = Number(value);
  if (!/^\s*\d+\s*$/.test(value) || workers < 1 || workers > MAX_WORKERS) {
    throw new Error(`WORKERS must be a whole number from 1 to ${MAX_WORKERS}, got ${value}`);
  }
  if (workers > 1 && !databaseUrl) {
    throw new Error('WORKERS above 1 needs DATABASE_URL: the embedded database (PGlite) belongs to one process');
  }
  return workers;
}

function readMigrateUrl(value: string | undefined, databaseUrl: string | undefined): string | null {
  if (!value) return null;
  if (!databaseUrl) throw new Error('MIGRATE_DATABASE_URL needs DATABASE_URL: it is the direct connection for migrating that PostgreSQL');
  if (!/^postgres(ql)?:\/\//.test(value)) throw new Error('MIGRATE_DATABASE_URL must be a postgres:// URL');
  return value;
}

export function readIdempotencyRetentionDays(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return DEFAULT_IDEMPOTENCY_RETENTION_DAYS;
  const days = Number(value);
  if (!/^\s*\d+\s*$/.test(value) || days < MIN_IDEMPOTENCY_RETENTION_DAYS || days > MAX_IDEMPOTENCY_RETENTION_DAYS) {
    throw new Error(
      `IDEMPOTENCY_RETENTION_DAYS must be a whole number of days from ${MIN_IDEMPOTENCY_RETENTION_DAYS} (longer than a session lives offline) to ${MAX_IDEMPOTENCY_RETENTION_DAYS}, got ${value}`,
    );
  }
  return days;
}

function readRetentionDays(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return DEFAULT_RETENTION_DAYS;
  const days = Number(value);
  if (!/^\s*\d+\s*$/.test(value) || days < MIN_RETENTION_DAYS || days > MAX_RETENTION_DAYS) {
    throw new Error(`PHONE_RETENTION_DAYS must be a whole number of days from ${MIN_RETENTION_DAYS} to ${MAX_RETENTION_DAYS}, got ${value}`);
  }
  return days;
}

function readPublicUrl(value: string | undefined): string | null {
  if (!value) return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`PUBLIC_URL must be an http(s) URL, got ${value}`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`PUBLIC_URL must be an http(s) URL, got ${value}`);
  return url.href.replace(/\/$/, '');
}

/** The same database settings the server uses, for the admin command. */
export function databaseOptions(config: ServerConfig): { databaseUrl: string | null; dataDir: string } {
  return { databaseUrl: config.databaseUrl, dataDir: config.dataDir };
}

/** Where migrations run: MIGRATE_DATABASE_URL when set (a direct connection), else the server's database. */
export function migrationOptions(config: ServerConfig): { databaseUrl: string | null; dataDir: string } {
  return { databaseUrl: config.migrateDatabaseUrl ?? config.databaseUrl, dataDir: config.dataDir };
}
