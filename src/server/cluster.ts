/**
 * WORKERS=n (issue 19): n server processes share one port through node:cluster. The primary migrates and
 * seeds once, then forks the workers, which only serve (startServer with `prepared`); a worker that dies is
 * replaced. Nothing that must be shared lives in a process: sessions, sign-in limits, idempotency and the
 * token secret are all in PostgreSQL, which is why more than one worker needs DATABASE_URL (config.ts).
 * SIGINT/SIGTERM stop the workers (each finishes its requests) and then the primary; a worker that could
 * not start at all (the port taken) stops everything with code 1 rather than being forked again and again.
 */
import cluster, { type Worker } from 'node:cluster';
import { databaseOptions, type ServerConfig } from './config';
import { openDatabase } from './db/database';
import { demoUsernames, prepareDatabase } from './start';
import { startupLines } from './startup-lines';

/** How long the workers get to finish their requests at a stop. */
const STOP_GRACE_MS = 10_000;

export async function runPrimary(config: ServerConfig, options: { demo?: boolean } = {}): Promise<void> {
  const db = await openDatabase(databaseOptions(config));
  let prepared: { seeded: Awaited<ReturnType<typeof prepareDatabase>>; accounts: Awaited<ReturnType<typeof demoUsernames>> };
  try {
    const seeded = await prepareDatabase(db, config, options);
    prepared = { seeded, accounts: await demoUsernames(db) };
  } finally {
    await db.close();
  }

  let stopping: number | null = null;
  const listened = new Set<number>();
  const fork = (): Worker => cluster.fork();
  cluster.on('listening', (worker, address) => {
    listened.add(worker.id);
    // Once every first worker listens (a replacement listening later says nothing).
    if (listened.size === config.workers) console.log(startupLines(config, address.port, prepared.seeded, prepared.accounts, config.workers).join('\n'));
  });
  cluster.on('exit', (worker, code, signal) => {
    if (stopping === null && !listened.has(worker.id)) {
      // It never served (the port taken, the database gone): another would fail the same way.
      console.error(`Worker ${worker.process.pid} could not start (${signal ?? `code ${code}`}); stopping.`);
      stop(1);
    }
    if (stopping !== null) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(stopping);
      return;
    }
    console.error(`Worker ${worker.process.pid} exited (${signal ?? `code ${code}`}); starting another.`);
    fork();
  });
  const stop = (code = 0) => {
    if (stopping !== null) return;
    stopping = code;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGTERM');
    setTimeout(() => process.exit(code), STOP_GRACE_MS).unref();
  };
  process.once('SIGINT', () => stop());
  process.once('SIGTERM', () => stop());
  for (let n = 0; n < config.workers; n++) fork();
}
