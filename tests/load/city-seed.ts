/**
 * Seeds the city (city-seed-sql.ts) into a schema of its own on PostgreSQL: migrates it as the server
 * would, drops the secondary indexes of `records` and `mutations` while the rows go in (rebuilt from
 * their own definitions afterwards: far faster than keeping millions of entries in order), then
 * ANALYZE. With `keep` the schema has a fixed name and stays: a later run whose city has the same shape
 * reuses it (a marker in `settings` says the seed finished) instead of seeding again.
 */
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { hashPassword } from '../../src/server/auth/password';
import { openDatabase } from '../../src/server/db/database';
import { migrate } from '../../src/server/db/migrate';
import { cityCounts, type CityShape } from './city-plan';
import { citySeedStatements, type SeedStatement } from './city-seed-sql';
import { assertLocalDatabaseUrl } from './load-options';

export const KEPT_CITY_SCHEMA = 'gw_load_city';
const MARKER = 'load_city_shape';
/** Bumped when the seed's rows change: a kept city of an older seed is seeded again. */
const SEED_VERSION = 3;

export interface SeededCity {
  schema: string;
  /** Rows by kind as counted after the seed (records by entity, users, mutations). */
  counts: Map<string, number>;
  seconds: number;
  reused: boolean;
  /** Drops the schema (nothing when it is kept). */
  drop(): Promise<void>;
}

async function withClient<T>(databaseUrl: string, schema: string | null, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const options = schema ? `-c search_path=${schema} -c synchronous_commit=off -c maintenance_work_mem=512MB -c work_mem=64MB` : undefined;
  const client = new pg.Client({ connectionString: databaseUrl, ...(options ? { options } : {}) });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function countRows(client: pg.Client): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  const { rows } = await client.query<{ entity: string; n: string }>('SELECT entity, count(*)::text AS n FROM records GROUP BY entity ORDER BY entity');
  for (const row of rows) counts.set(row.entity, Number(row.n));
  for (const table of ['users', 'mutations']) {
    const { rows: total } = await client.query<{ n: string }>(`SELECT count(*)::text AS n FROM ${table}`);
    counts.set(`${table} (table)`, Number(total[0]?.n ?? 0));
  }
  return counts;
}

async function finishedShape(databaseUrl: string, schema: string): Promise<string | null> {
  return withClient(databaseUrl, null, async (client) => {
    const { rows: exists } = await client.query('SELECT 1 FROM pg_namespace WHERE nspname = $1', [schema]);
    if (exists.length === 0) return null;
    const { rows } = await client
      .query<{ value: string }>(`SELECT value FROM ${schema}.settings WHERE key = $1`, [MARKER])
      .catch(() => ({ rows: [] as { value: string }[] }));
    return rows[0]?.value ?? '';
  });
}

/** Inserts the city's rows, the secondary indexes dropped meanwhile and rebuilt after. */
async function insertCity(databaseUrl: string, schema: string, shape: CityShape, log: (line: string) => void): Promise<void> {
  // The register's grid workers never sign in: a password nobody knows.
  const passwordHash = await hashPassword(randomBytes(18).toString('base64url'));
  await withClient(databaseUrl, schema, async (client) => {
    const { rows: indexes } = await client.query<{ name: string; definition: string }>(
      `SELECT i.indexname AS name, i.indexdef AS definition FROM pg_indexes i
        WHERE i.schemaname = $1 AND i.tablename IN ('records', 'mutations')
          AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname AND c.connamespace = $1::regnamespace)`,
      [schema],
    );
    for (const index of indexes) await client.query(`DROP INDEX ${schema}.${index.name}`);
    // Two lanes at once (two CPUs): the records, and the users and mutations rows beside them.
    const total = performance.now();
    const run = async (lane: pg.Client, statements: SeedStatement[]) => {
      for (const statement of statements) {
        const started = performance.now();
        const result = await lane.query(statement.sql, statement.params);
        const took = (performance.now() - started) / 1000;
        log(`city seed: ${statement.label}: ${result.rowCount ?? 0} rows in ${took.toFixed(1)} s (${((performance.now() - total) / 1000).toFixed(0)} s so far)`);
      }
    };
    const statements = citySeedStatements(shape, passwordHash);
    const side = statements.filter((statement) => !statement.sql.startsWith('INSERT INTO records'));
    await Promise.all([
      run(client, statements.filter((statement) => !side.includes(statement))),
      withClient(databaseUrl, schema, (second) => run(second, side)),
    ]);
    for (const index of indexes) {
      const started = performance.now();
      await client.query(index.definition);
      log(`city seed: index ${index.name} rebuilt in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    }
    const started = performance.now();
    await client.query('ANALYZE records; ANALYZE mutations; ANALYZE users');
    log(`city seed: ANALYZE in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  });
}

/** `onSchema` gets what drops the schema (nothing when kept) before anything is written: for an interrupt mid-seed. */
export async function seedCity(
  databaseUrl: string,
  shape: CityShape,
  keep: boolean,
  log: (line: string) => void,
  onSchema?: (drop: () => Promise<void>) => void,
): Promise<SeededCity> {
  assertLocalDatabaseUrl(databaseUrl);
  const schema = keep ? KEPT_CITY_SCHEMA : `gw_load_city_${randomBytes(5).toString('hex')}`;
  const dropSchema = () => withClient(databaseUrl, null, async (client) => void (await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`)));
  const drop = keep ? async () => undefined : dropSchema;
  onSchema?.(drop);
  const wanted = JSON.stringify({ seed: SEED_VERSION, ...shape });
  const started = performance.now();
  const found = keep ? await finishedShape(databaseUrl, schema) : null;
  const reused = found === wanted;
  if (!reused) {
    if (found !== null) log(`city seed: schema ${schema} holds ${found === '' ? 'an unfinished seed' : `another city (${found})`}: dropped`);
    await dropSchema();
    await withClient(databaseUrl, null, async (client) => void (await client.query(`CREATE SCHEMA ${schema}`)));
    const expected = cityCounts(shape);
    log(`city seed: schema ${schema}; ${Object.entries(expected).map(([kind, n]) => `${n} ${kind}`).join(', ')}`);
    try {
      const db = await openDatabase({ databaseUrl, schema });
      try {
        await migrate(db);
      } finally {
        await db.close();
      }
      await insertCity(databaseUrl, schema, shape, log);
      await withClient(databaseUrl, schema, async (client) => void (await client.query('INSERT INTO settings (key, value) VALUES ($1, $2)', [MARKER, wanted])));
    } catch (error) {
      await dropSchema();
      throw error;
    }
  } else {
    log(`city seed: reusing schema ${schema} (LOAD_KEEP_CITY; the same city was seeded before)`);
  }
  const counts = await withClient(databaseUrl, schema, countRows);
  return { schema, counts, seconds: (performance.now() - started) / 1000, reused, drop };
}
