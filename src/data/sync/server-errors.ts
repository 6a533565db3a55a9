/**
 * Server errors (5xx) per outbox entry. A batch answered 5xx counts for each of its entries; the
 * next batch starting with such entries is half the failed group, so a mutation the server keeps
 * failing on ends up pushed alone. Alone and failing again, it waits for the next run while the rest
 * of the queue goes on; once it has failed for more than a day it needs attention (resend or discard).
 */
import type { MutationError } from '../../domain/sync-protocol';
import { ApiError } from '../api/api-error';
import { SERVER_ERROR_CODE, type OutboxEntry } from '../db/outbox-entry';
import type { GridwalkDb } from '../db/schema';

/** How long a mutation may keep failing with 5xx before it needs attention. */
export const SERVER_ERROR_GIVE_UP_MS = 24 * 60 * 60_000;

export function isServerError(error: unknown): error is ApiError {
  return error instanceof ApiError && error.status >= 500;
}

/**
 * The most entries the next batch may hold: all of them, or when its first entry was in a batch
 * answered 5xx, half the leading entries that failed as often (at least one).
 */
export function batchLimit(candidates: readonly OutboxEntry[], size: number): number {
  const failures = candidates[0]?.serverErrors ?? 0;
  if (failures === 0) return size;
  let group = 0;
  while (group < candidates.length && (candidates[group]!.serverErrors ?? 0) === failures) group++;
  return Math.max(1, Math.floor(group / 2));
}

/** Counts a 5xx for every entry of the batch still pending; returns them as stored now. */
export async function recordServerError(db: GridwalkDb, batch: readonly OutboxEntry[], now: number): Promise<OutboxEntry[]> {
  return db.transaction('rw', db.outbox, async () => {
    const current = await db.outbox.bulkGet(batch.map((e) => e.seq!));
    const updated: OutboxEntry[] = [];
    current.forEach((stored, i) => {
      if (!stored || stored.state !== 'pending' || stored.mutationId !== batch[i]!.mutationId) return;
      updated.push({
        ...stored,
        attempts: stored.attempts + 1,
        serverErrors: (stored.serverErrors ?? 0) + 1,
        serverErrorSince: stored.serverErrorSince ?? now,
      });
    });
    await db.outbox.bulkPut(updated);
    return updated;
  });
}

export function failingTooLong(entry: OutboxEntry, now: number): boolean {
  return entry.serverErrorSince !== undefined && now - entry.serverErrorSince > SERVER_ERROR_GIVE_UP_MS;
}

export function serverErrorRejection(entry: OutboxEntry): MutationError {
  const since = new Date(entry.serverErrorSince ?? 0).toISOString();
  return { code: SERVER_ERROR_CODE, message: `The server kept failing on this change since ${since}` };
}

/**
 * For a scan in save order: true for the skipped entries, every entry of their records, and every
 * entry naming one of those records (a resident of a household whose create waits), transitively.
 */
export function heldBack(skipped: readonly OutboxEntry[]): (entry: OutboxEntry) => boolean {
  const waiting = new Set(skipped.map((e) => e.recordId));
  return (entry) => {
    if (waiting.size === 0) return false;
    if (waiting.has(entry.recordId)) return true;
    const text = JSON.stringify(entry.data);
    for (const id of waiting) {
      if (text.includes(id)) {
        waiting.add(entry.recordId);
        return true;
      }
    }
    return false;
  };
}
