/** Opens the database, migrates, seeds the demo when appropriate and listens: shared by main.ts and dev.ts. */
import type { FastifyInstance } from 'fastify';
import { buildApp } from './app';
import { databaseOptions, type ServerConfig } from './config';
import { openDatabase, type Database } from './db/database';
import { migrateOver } from './db/migrate';
import { scheduleIdempotencyPruning } from './sync/idempotency-retention';
import { seedDemoRequests } from './seed/demo-requests';
import { seedDemoMonitoring } from './seed/demo-monitoring';
import { seedDemoReview } from './seed/demo-review';
import { seedDemo, type DemoSummary } from './seed/seed-demo';

export interface RunningServer {
  app: FastifyInstance;
  db: Database;
  port: number;
  /** Set when this start seeded the demo community. */
  seeded: DemoSummary | null;
  close(): Promise<void>;
}

async function isEmpty(db: Database): Promise<boolean> {
  const { rows } = await db.query<{ n: number | string }>(
    'SELECT (SELECT count(*) FROM users) + (SELECT count(*) FROM records) AS n',
  );
  return Number(rows[0]?.n ?? 0) === 0;
}

/** Migrates, and seeds the demo community on an empty embedded database (or on PostgreSQL when asked for). */
export async function prepareDatabase(db: Database, config: ServerConfig, options: { demo?: boolean } = {}): Promise<DemoSummary | null> {
  await migrateOver(db, config.migrateDatabaseUrl);
  const seeded =
    (db.kind === 'pglite' || options.demo) && (await isEmpty(db)) ? await seedDemo(db, { password: config.demoPassword }) : null;
  const worker1 = seeded?.users.find((user) => user.username === 'worker1');
  const secretary1 = seeded?.users.find((user) => user.username === 'secretary1');
  if (seeded && worker1) await seedDemoRequests(db, seeded.sealedBuildingId, worker1.id);
  if (seeded && worker1 && secretary1) await seedDemoReview(db, worker1.id, secretary1.id);
  if (seeded && worker1) await seedDemoMonitoring(db, worker1.id);
  return seeded;
}

/**
 * Opens the database, prepares it (unless `prepared`: a cluster's primary did, once, before forking) and
 * listens.
 */
export async function startServer(
  config: ServerConfig,
  options: { demo?: boolean; logger?: boolean; serveApp?: boolean; prepared?: boolean } = {},
): Promise<RunningServer> {
  const db = await openDatabase(databaseOptions(config));
  try {
    const seeded = options.prepared ? null : await prepareDatabase(db, config, options);
    const app = await buildApp({
      db,
      secret: config.secret ?? undefined,
      staticDir: options.serveApp === false ? null : config.staticDir,
      logger: options.logger ?? true,
      trustProxy: config.trustProxy,
      publicUrl: config.publicUrl,
      serveSourceMaps: config.serveSourceMaps,
      apiDocs: config.apiDocs,
      phoneRetentionDays: config.phoneRetentionDays,
    });
    await app.listen({ port: config.port, host: config.host });
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    // Every serving process runs it: the batches' advisory lock lets one prune at a time.
    const pruning = scheduleIdempotencyPruning(db, config.idempotencyRetentionDays, app.log);
    return {
      app,
      db,
      port,
      seeded,
      async close() {
        await pruning.stop();
        await app.close();
        await db.close();
      },
    };
  } catch (error) {
    await db.close();
    throw error;
  }
}

export async function demoUsernames(db: Database): Promise<{ username: string; role: string }[]> {
  const { rows } = await db.query<{ username: string; role: string }>(
    `SELECT username, role FROM users WHERE username = ANY($1::text[]) ORDER BY username`,
    [['worker1', 'worker2', 'worker3', 'secretary1', 'secretary2', 'secretary3', 'volunteer1', 'street1']],
  );
  return rows;
}
