/**
 * One small interface over the two databases the server runs on: PostgreSQL through a `pg` pool
 * when DATABASE_URL is set, otherwise embedded PGlite with its files in DATA_DIR.
 */
import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';

export type DatabaseKind = 'pglite' | 'postgres';

export interface Queryable {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<{ rows: T[] }>;
}

export interface Database extends Queryable {
  readonly kind: DatabaseKind;
  /** Runs `fn` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export interface OpenDatabaseOptions {
  /** postgres://… — uses PostgreSQL when set. */
  databaseUrl?: string | null;
  /** Directory for PGlite's files, or `memory://` for a throwaway database. */
  dataDir?: string;
  /**
   * PostgreSQL only: every connection works in this schema (tests use one schema per file). Set as the
   * `options` startup parameter, which only a direct connection takes: PgBouncer refuses it ("unsupported
   * startup parameter"), and a session-level SET would not follow a client from one pooled server
   * connection to the next in transaction mode. Production uses no schema (the role's default path).
   */
  schema?: string;
}

export async function openDatabase(options: OpenDatabaseOptions): Promise<Database> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl, options.schema);
  return openPglite(options.dataDir ?? './data');
}

/** pg returns bigint as text; PGlite as number. The seq column never exceeds 2^53. */
export function toNumber(value: unknown): number {
  return typeof value === 'number' ? value : Number(value);
}

function openPostgres(databaseUrl: string, schema?: string): Database {
  if (schema !== undefined && !/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`Invalid schema name: ${schema}`);
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    max: 10,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  // An idle client losing its connection must not crash the server; the pool replaces it.
  pool.on('error', () => undefined);
  const run = async <T>(client: pg.Pool | pg.PoolClient, sql: string, params?: unknown[]) => {
    const result = await client.query(sql, params as unknown[] | undefined);
    return { rows: result.rows as T[] };
  };
  return {
    kind: 'postgres',
    query: (sql, params) => run(pool, sql, params),
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await fn({ query: (sql, params) => run(client, sql, params) });
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

async function openPglite(dataDir: string): Promise<Database> {
  if (!dataDir.startsWith('memory://')) mkdirSync(dataDir, { recursive: true });
  return pgliteDatabase(await PGlite.create(dataDir));
}

/** The Database interface over an open PGlite instance (tests load saved snapshots this way). */
export function pgliteDatabase(db: PGlite): Database {
  return {
    kind: 'pglite',
    async query(sql, params) {
      const result = await db.query(sql, params as unknown[] | undefined);
      return { rows: result.rows as never[] };
    },
    transaction(fn) {
      return db.transaction((tx) =>
        fn({
          async query(sql, params) {
            const result = await tx.query(sql, params as unknown[] | undefined);
            return { rows: result.rows as never[] };
          },
        }),
      );
    },
    async close() {
      if (!db.closed) await db.close();
    },
  };
}
