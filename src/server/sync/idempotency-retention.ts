/**
 * The idempotency log (the `mutations` table) would grow forever: its rows are deleted once they are older
 * than IDEMPOTENCY_RETENTION_DAYS (90 by default, always longer than a refresh token lives, so longer
 * than a signed-in phone can stay offline and still resend). Deleted in batches of BATCH_SIZE, each in
 * its own short transaction: no long locks, no long-running transaction holding back vacuum or the
 * change feed's horizon. On PostgreSQL each batch first takes pg_try_advisory_xact_lock: when another
 * process (WORKERS=n, another server) is pruning, this one stops and leaves it to that one. The lock is
 * transaction-scoped, so it works through PgBouncer in transaction mode.
 *
 * A resend older than the window is judged as a new mutation, which is safe for the phone's records:
 * a create finds its record (same id) and is refused ALREADY_EXISTS (the phone shows it under "Needs
 * attention"; nothing is written twice); a void of a voided record changes nothing; a patch is applied
 * again against its old baseVersion: unchanged fields change nothing, and a field changed since by
 * another device is a conflict (later write wins, kept for the secretary).
 */
import type { Database } from '../db/database';

export const PRUNE_BATCH_SIZE = 5000;
export const PRUNE_INTERVAL_MS = 60 * 60 * 1000;
const PRUNE_LOCK_KEY = 7_240_312;

export interface PruneResult {
  deleted: number;
  batches: number;
  /** Stopped because another process held the pruning lock. */
  yielded: boolean;
}

export interface PruneOptions {
  batchSize?: number;
  /** Checked before every batch: a stopping server ends a long first prune between two batches. */
  signal?: AbortSignal;
}

/** Deletes idempotency records older than `retentionDays`, the oldest first, a batch per transaction. */
export async function pruneIdempotencyLog(db: Database, retentionDays: number, options: PruneOptions = {}): Promise<PruneResult> {
  const batchSize = options.batchSize ?? PRUNE_BATCH_SIZE;
  const result: PruneResult = { deleted: 0, batches: 0, yielded: false };
  for (;;) {
    if (options.signal?.aborted) return result;
    const deleted = await db.transaction(async (tx) => {
      if (db.kind === 'postgres') {
        const { rows } = await tx.query<{ locked: boolean }>('SELECT pg_try_advisory_xact_lock($1) AS locked', [PRUNE_LOCK_KEY]);
        if (rows[0]?.locked !== true) return null;
      }
      const { rows } = await tx.query<{ n: number | string }>(
        `WITH doomed AS (
           SELECT mutation_id FROM mutations WHERE created_at < now() - make_interval(days => $1::int) ORDER BY created_at LIMIT $2
         ), gone AS (DELETE FROM mutations m USING doomed WHERE m.mutation_id = doomed.mutation_id RETURNING 1)
         SELECT count(*) AS n FROM gone`,
        [retentionDays, batchSize],
      );
      return Number(rows[0]?.n ?? 0);
    });
    if (deleted === null) return { ...result, yielded: true };
    if (deleted > 0) result.batches++;
    result.deleted += deleted;
    if (deleted < batchSize) return result;
  }
}

export interface PruneLog {
  info(details: object, message: string): void;
  error(details: object, message: string): void;
}

/** Prunes once now and then every PRUNE_INTERVAL_MS; `stop` ends the schedule and waits for a run in progress. */
export function scheduleIdempotencyPruning(db: Database, retentionDays: number, log: PruneLog): { stop(): Promise<void> } {
  let running: Promise<void> = Promise.resolve();
  let busy = false;
  const stopping = new AbortController();
  const run = () => {
    // A run still deleting a long backlog when the hour comes round just goes on.
    if (stopping.signal.aborted || busy) return;
    busy = true;
    running = pruneIdempotencyLog(db, retentionDays, { signal: stopping.signal })
      .then(
        (result) => {
          if (result.deleted > 0) log.info({ ...result, retentionDays }, 'idempotency records pruned');
        },
        (error: unknown) => log.error({ err: error }, 'pruning idempotency records failed'),
      )
      .finally(() => {
        busy = false;
      });
  };
  run();
  const timer = setInterval(run, PRUNE_INTERVAL_MS);
  timer.unref();
  return {
    async stop() {
      stopping.abort();
      clearInterval(timer);
      await running;
    },
  };
}
