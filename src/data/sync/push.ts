/**
 * Push: pending mutations in the order they were saved, in batches of at most 200 (and well under
 * the 1 MB request limit). Each result is handled on its own: applied/duplicate acknowledge the
 * mutation, rejected moves it to "needs attention" without stopping the others. 413 halves the batch.
 * 5xx narrows the batch down to the mutation the server fails on (see server-errors.ts).
 */
import type { Mutation, MutationError, MutationResult } from '../../domain/sync-protocol';
import { MAX_PUSH_BYTES } from '../../domain/sync-limits';
import { ApiError } from '../api/api-error';
import type { OutboxEntry } from '../db/outbox-entry';
import type { GridwalkDb } from '../db/schema';
import type { StoredRecord } from '../db/stored-record';
import { acknowledge, buildRecord } from '../repositories/record-view';
import { AuthRequiredError, SessionEndedError } from '../session/session-manager';
import { ProgressTracker } from './progress-tracker';
import { batchLimit, failingTooLong, heldBack, isServerError, recordServerError, serverErrorRejection } from './server-errors';
import { DEFAULT_PUSH_BATCH_SIZE, type SyncRunDeps } from './sync-deps';

/** Leave room for the envelope and for the server counting bytes a little differently. */
const BATCH_BYTE_BUDGET = Math.floor(MAX_PUSH_BYTES * 0.8);

export interface PushSummary {
  sent: number;
  applied: number;
  rejected: number;
  /** Mutations left for the next run because the server kept failing on them, and its last error. */
  deferred: number;
  deferredBy?: ApiError;
}

export function toWire(entry: OutboxEntry): Mutation {
  const mutation: Mutation = {
    mutationId: entry.mutationId,
    entity: entry.entity,
    op: entry.op,
    id: entry.recordId,
    data: entry.data,
    recordedAt: entry.recordedAt,
  };
  if (entry.baseVersion !== undefined) mutation.baseVersion = entry.baseVersion;
  return mutation;
}

/**
 * The next batch: pending entries in seq order, holding back every later mutation of a record
 * that has a rejected one, and the skipped entries with the records that depend on them. A patch
 * of a record created in the same batch waits for the next batch,
 * so it goes out with the version the server gave the create as its baseVersion.
 */
export async function nextBatch(db: GridwalkDb, size: number, skip: readonly OutboxEntry[] = []): Promise<OutboxEntry[]> {
  return db.transaction('rw', [db.outbox, ...db.allRecordTables()], async () => {
    const blockedFrom = new Map<string, number>();
    for (const entry of await db.outbox.where('state').equals('rejected').toArray()) {
      blockedFrom.set(entry.recordId, Math.min(entry.seq!, blockedFrom.get(entry.recordId) ?? Infinity));
    }
    const waiting = heldBack(skip);
    // In save order (the primary key); almost every entry is pending, so this reads little more than the batch.
    const candidates = await db.outbox
      .filter((e) => e.state === 'pending' && e.seq! < (blockedFrom.get(e.recordId) ?? Infinity) && !waiting(e))
      .limit(size)
      .toArray();
    const batch: OutboxEntry[] = [];
    const createdHere = new Set<string>();
    const limit = batchLimit(candidates, size);
    let bytes = 0;
    for (const candidate of candidates) {
      if (batch.length >= limit) break;
      let entry = candidate;
      if (entry.op === 'patch' && entry.baseVersion === 0) {
        if (createdHere.has(entry.recordId)) break;
        entry = await settleBaseVersion(db, entry);
      }
      bytes += JSON.stringify(toWire(entry)).length * 3;
      if (batch.length > 0 && bytes > BATCH_BYTE_BUDGET) break;
      batch.push(entry);
      if (entry.op === 'create') createdHere.add(entry.recordId);
    }
    return batch;
  });
}

/** A patch saved before its record's create was acknowledged: base it on the version the create got. */
async function settleBaseVersion(db: GridwalkDb, entry: OutboxEntry): Promise<OutboxEntry> {
  const row = await db.records(entry.entity).get(entry.recordId);
  const version = row?._server?.version ?? 0;
  if (version === 0) return entry;
  const settled = { ...entry, baseVersion: version };
  await db.outbox.put(settled);
  return settled;
}

/** Writes the push results: acknowledged entries leave the outbox, rejected ones wait for attention. */
export async function applyResults(db: GridwalkDb, batch: readonly OutboxEntry[], results: readonly MutationResult[]): Promise<PushSummary> {
  const summary: PushSummary = { sent: batch.length, applied: 0, rejected: 0, deferred: 0 };
  const byId = new Map(results.map((r) => [r.mutationId, r]));
  const entities = [...new Set(batch.map((e) => e.entity))];
  await db.transaction('rw', [db.outbox, ...entities.map((e) => db.records(e))], async () => {
    const current = await db.outbox.bulkGet(batch.map((e) => e.seq!));
    const acked = new Map<string, { entry: OutboxEntry; version: number | undefined }[]>();
    const rejected: OutboxEntry[] = [];
    const done: number[] = [];
    batch.forEach((entry, i) => {
      const result = byId.get(entry.mutationId);
      const stored = current[i];
      if (!result || !stored || stored.mutationId !== entry.mutationId) return;
      if (result.status === 'rejected') {
        rejected.push({ ...stored, state: 'rejected', attempts: stored.attempts + 1, error: result.error ?? unknownRejection() });
        summary.rejected++;
      } else {
        done.push(stored.seq!);
        const list = acked.get(entry.recordId) ?? [];
        list.push({ entry: stored, version: result.version });
        acked.set(entry.recordId, list);
        summary.applied++;
      }
    });
    await db.outbox.bulkDelete(done);
    await db.outbox.bulkPut(rejected);
    await rebuildRecords(db, batch, acked);
  });
  return summary;
}

function unknownRejection(): MutationError {
  return { code: 'BAD_REQUEST', message: 'rejected without a reason' };
}

/** Rebuilds every record the batch touched from its (acknowledged) server copy and remaining entries. */
async function rebuildRecords(
  db: GridwalkDb,
  batch: readonly OutboxEntry[],
  acked: Map<string, { entry: OutboxEntry; version: number | undefined }[]>,
): Promise<void> {
  const byEntity = new Map<OutboxEntry['entity'], string[]>();
  for (const entry of batch) {
    const ids = byEntity.get(entry.entity) ?? [];
    if (!ids.includes(entry.recordId)) ids.push(entry.recordId);
    byEntity.set(entry.entity, ids);
  }
  for (const [entity, ids] of byEntity) {
    const table = db.records(entity);
    const rows = await table.bulkGet(ids);
    const remaining = await db.outbox.where('recordId').anyOf(ids).toArray();
    const updated: StoredRecord[] = [];
    ids.forEach((id, i) => {
      const row = rows[i];
      if (!row) return;
      let server = row._server ?? null;
      for (const { entry, version } of acked.get(id) ?? []) server = acknowledge(server, entry, version);
      const rebuilt = buildRecord(server, remaining.filter((e) => e.recordId === id));
      if (rebuilt) updated.push(rebuilt);
    });
    await table.bulkPut(updated);
  }
}

/** A mutation that can never go through (too large, or the server failed on it for a day): needs attention. */
async function rejectLocally(db: GridwalkDb, entry: OutboxEntry, rejection: MutationError): Promise<void> {
  await applyResults(db, [entry], [{ mutationId: entry.mutationId, status: 'rejected', error: rejection }]);
}

async function countAttempt(db: GridwalkDb, batch: readonly OutboxEntry[]): Promise<void> {
  await db.outbox
    .where('seq')
    .anyOf(batch.map((e) => e.seq!))
    .modify((entry) => {
      entry.attempts += 1;
    });
}

/**
 * Pushes until nothing pushable is left. Network, server, rate-limit and auth failures are thrown.
 * An outbox larger than one batch publishes its progress (deps.onProgress): pushed out of its count.
 */
export async function pushAll(deps: SyncRunDeps, deviceId: string): Promise<PushSummary> {
  const size = Math.min(Math.max(1, deps.pushBatchSize ?? DEFAULT_PUSH_BATCH_SIZE), DEFAULT_PUSH_BATCH_SIZE);
  const progress = new ProgressTracker('push', deps.onProgress, deps.now);
  try {
    if (deps.onProgress) {
      const pending = await deps.db.outbox.where('state').equals('pending').count();
      if (pending > size) progress.update(0, pending);
    }
    return await pushBatches(deps, deviceId, size, progress);
  } finally {
    progress.end();
  }
}

async function pushBatches(deps: SyncRunDeps, deviceId: string, batchSize: number, progress: ProgressTracker): Promise<PushSummary> {
  const { db, api, session } = deps;
  const total: PushSummary = { sent: 0, applied: 0, rejected: 0, deferred: 0 };
  const skipped: OutboxEntry[] = [];
  let size = batchSize;
  let serverErrorsInARow = 0;
  for (;;) {
    const batch = await nextBatch(db, size, skipped);
    if (batch.length === 0) return total;
    let results: MutationResult[];
    try {
      const response = await session.withToken((token) => api.push(token, { deviceId, mutations: batch.map(toWire) }));
      results = response.results;
    } catch (error) {
      // 413: smaller batches; a single mutation still too large is rejected so it cannot block the queue.
      if (error instanceof ApiError && error.status === 413) {
        if (batch.length > 1) size = Math.max(1, Math.floor(batch.length / 2));
        else await rejectLocally(db, batch[0]!, { code: 'PAYLOAD_TOO_LARGE', message: error.message });
        continue;
      }
      if (isServerError(error)) {
        const now = (deps.now ?? Date.now)();
        const [alone, ...others] = await recordServerError(db, batch, now);
        serverErrorsInARow++;
        if (alone && others.length === 0) {
          if (failingTooLong(alone, now)) {
            await rejectLocally(db, alone, serverErrorRejection(alone));
            total.rejected++;
            continue;
          }
          // Failed before and alone again, while the request before went through: the rest goes on without it.
          if ((alone.serverErrors ?? 0) > 1 && serverErrorsInARow === 1) {
            skipped.push(alone);
            total.deferred++;
            total.deferredBy = error;
            continue;
          }
        }
        throw error;
      }
      // An attempt that reached for the server; a paused session leaves the outbox untouched.
      if (!(error instanceof AuthRequiredError || error instanceof SessionEndedError)) await countAttempt(db, batch);
      throw error;
    }
    serverErrorsInARow = 0;
    const summary = await applyResults(db, batch, results);
    total.sent += summary.sent;
    total.applied += summary.applied;
    total.rejected += summary.rejected;
    progress.update(total.sent, undefined);
    if (summary.applied + summary.rejected === 0) {
      throw new ApiError(200, 'SERVER', 'push response answered none of the mutations');
    }
  }
}
