/**
 * The "needs attention" list: mutations the server rejected. They stay until the user fixes and
 * resends them or discards them; they never block other records' mutations.
 */
import { uuidv7 } from '../../shared/uuid-v7';
import { SERVER_ERROR_CODE, type OutboxEntry } from '../db/outbox-entry';
import { guardStorage } from '../db/guard-storage';
import type { GridwalkDb } from '../db/schema';
import { loadValidation } from './load-validation';
import { buildRecord } from './record-view';

export class MutationNotFoundError extends Error {
  constructor(mutationId: string) {
    super(`no rejected mutation ${mutationId}`);
    this.name = 'MutationNotFoundError';
  }
}

async function rejectedEntry(db: GridwalkDb, mutationId: string): Promise<OutboxEntry> {
  const entry = await db.outbox.where('mutationId').equals(mutationId).first();
  if (!entry || entry.state !== 'rejected') throw new MutationNotFoundError(mutationId);
  return entry;
}

/**
 * Replaces a rejected mutation's data (validated again) and queues it again in its original place.
 * It goes out under a new mutationId: the server remembers the rejected one.
 */
export async function resend(db: GridwalkDb, mutationId: string, data?: Record<string, unknown>): Promise<void> {
  const { validateCreate, validatePatch, validateVoid } = await loadValidation();
  await guardStorage(() => db.transaction('rw', [db.outbox, ...db.allRecordTables()], async () => {
    const entry = await rejectedEntry(db, mutationId);
    const table = db.records(entry.entity);
    const row = await table.get(entry.recordId);
    const entries = await db.outbox.where('recordId').equals(entry.recordId).toArray();
    const server = row?._server ?? null;
    const before = entries.filter((e) => (e.seq ?? 0) < (entry.seq ?? 0));
    let next: Record<string, unknown>;
    let baseVersion = entry.baseVersion;
    if (entry.op === 'create') {
      next = validateCreate(entry.entity, data ?? entry.data);
    } else if (entry.op === 'void') {
      next = validateVoid(entry.entity, data ?? entry.data);
    } else {
      const base = buildRecord(server, before) ?? row ?? {};
      next = validatePatch(entry.entity, { ...base }, data ?? entry.data);
      baseVersion = row?.version ?? entry.baseVersion;
    }
    // The server never judged a change it kept failing on (it may have applied it and failed after):
    // sent again unchanged, it keeps its mutationId so it can only ever apply once.
    const sameChange = entry.error?.code === SERVER_ERROR_CODE && data === undefined;
    const resent: OutboxEntry = { ...entry, mutationId: sameChange ? entry.mutationId : uuidv7(), data: next, state: 'pending', attempts: 0, baseVersion };
    delete resent.error;
    delete resent.serverErrors;
    delete resent.serverErrorSince;
    if (baseVersion === undefined) delete resent.baseVersion;
    await db.outbox.put(resent);
    const rebuilt = buildRecord(server, entries.map((e) => (e.seq === entry.seq ? resent : e)));
    if (rebuilt) await table.put(rebuilt);
  }));
}

/**
 * Drops a rejected mutation and rebuilds the record from the server's copy and the mutations left.
 * Discarding a create the server never accepted removes the record and everything queued for it.
 */
export async function discard(db: GridwalkDb, mutationId: string): Promise<void> {
  await guardStorage(() => db.transaction('rw', [db.outbox, ...db.allRecordTables()], async () => {
    const entry = await rejectedEntry(db, mutationId);
    const table = db.records(entry.entity);
    const row = await table.get(entry.recordId);
    const server = row?._server ?? null;
    const others = (await db.outbox.where('recordId').equals(entry.recordId).toArray()).filter((e) => e.seq !== entry.seq);
    if (entry.op === 'create' && !server) {
      await db.outbox.bulkDelete([entry.seq!, ...others.map((e) => e.seq!)]);
      await table.delete(entry.recordId);
      return;
    }
    await db.outbox.delete(entry.seq!);
    const rebuilt = buildRecord(server, others);
    if (rebuilt) await table.put(rebuilt);
    else await table.delete(entry.recordId);
  }));
}
