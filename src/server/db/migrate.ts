/**
 * Applies src/server/db/migrations/NNN-name.sql in order, each once, recorded in schema_migrations.
 * On PostgreSQL a transaction-scoped advisory lock keeps two starting servers from migrating at the same
 * time; it holds nothing past the transaction, so it also works through PgBouncer in transaction mode.
 * Behind PgBouncer, MIGRATE_DATABASE_URL names a direct connection for migrating (migrateOver): a long DDL
 * transaction then holds no pooled server connection and meets no pool timeouts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDatabase, type Database, type Queryable } from './database';

const MIGRATIONS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');
const LOCK_KEY = 7_240_311;

export interface Migration {
  name: string;
  sql: string;
}

export function listMigrations(dir: string = MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir)
    .filter((file) => /^\d{3}-[a-z0-9-]+\.sql$/.test(file))
    .sort()
    .map((file) => ({ name: file.replace(/\.sql$/, ''), sql: readFileSync(path.join(dir, file), 'utf8') }));
}

/** Returns the names of the migrations applied by this call. */
export async function migrate(db: Database, migrations: Migration[] = listMigrations()): Promise<string[]> {
  if (db.kind === 'postgres') {
    // Session-level locks need one connection: take it inside a transaction-scoped lock instead.
    return db.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [LOCK_KEY]);
      return applyPending(tx, migrations);
    });
  }
  return db.transaction((tx) => applyPending(tx, migrations));
}

/** Migrates over `directUrl` (a PostgreSQL connection string) when given, else over `db`. */
export async function migrateOver(db: Database, directUrl: string | null): Promise<string[]> {
  if (!directUrl || db.kind !== 'postgres') return migrate(db);
  const direct = await openDatabase({ databaseUrl: directUrl });
  try {
    return await migrate(direct);
  } finally {
    await direct.close();
  }
}

async function applyPending(tx: Queryable, migrations: Migration[]): Promise<string[]> {
  await tx.query(
    'CREATE TABLE IF NOT EXISTS schema_migrations (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())',
  );
  const { rows } = await tx.query<{ name: string }>('SELECT name FROM schema_migrations');
  const done = new Set(rows.map((row) => row.name));
  const applied: string[] = [];
  for (const migration of migrations) {
    if (done.has(migration.name)) continue;
    for (const statement of splitStatements(migration.sql)) await tx.query(statement);
    await tx.query('INSERT INTO schema_migrations (name) VALUES ($1)', [migration.name]);
    applied.push(migration.name);
  }
  return applied;
}

/** Splits a migration file on semicolons at line ends; migrations contain no functions or quoted semicolons. */
export function splitStatements(sql: string): string[] {
  return sql
    .split(/;\s*(?:\n|$)/)
    .map((part) =>
      part
        .split('\n')
        .filter((line) => !line.trim().startsWith('--'))
        .join('\n')
        .trim(),
    )
    .filter((part) => part.length > 0);
}
