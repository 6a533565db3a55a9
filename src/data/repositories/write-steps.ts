/**
 * Steps of a write that spans several records in ONE Dexie transaction (sealing a building, recording
 * a delivery): an outbox entry, a patch stored as RecordWriter.patch stores one, and the committed
 * marks. The caller opens the transaction over the tables it touches and the outbox.
 */
import type { EntityName } from '../../domain/entities/registry';
import { uuidv7 } from '../../shared/uuid-v7';
import type { OutboxEntry } from '../db/outbox-entry';
import type { GridwalkDb } from '../db/schema';
import { toServerCopy, type StoredRecord } from '../db/stored-record';
import type { loadValidation } from './load-validation';
import { buildRecord } from './record-view';
import { WRITE_COMMITTED_MARK, type WriteCommittedDetail } from './record-writer';

export type Validation = Awaited<ReturnType<typeof loadValidation>>;

export function outboxEntry(entity: EntityName, op: OutboxEntry['op'], recordId: string, data: Record<string, unknown>, time: number): OutboxEntry {
  return { mutationId: uuidv7(time), entity, op, recordId, data, recordedAt: new Date(time).toISOString(), state: 'pending', attempts: 0 };
}

/** Stores a new record and its create entry (inside the caller's transaction). */
export async function createIn(db: GridwalkDb, entity: EntityName, id: string, data: Record<string, unknown>, time: number): Promise<void> {
  const created = outboxEntry(entity, 'create', id, data, time);
  const seq = await db.outbox.add(created);
  await db.records(entity).add(buildRecord(null, [{ ...created, seq }])!);
}

/** A patch inside the caller's transaction, as RecordWriter.patch stores one; false when nothing changes. */
export async function patchIn(
  db: GridwalkDb,
  validation: Validation,
  entity: EntityName,
  row: StoredRecord,
  changes: Record<string, unknown>,
  time: number,
): Promise<boolean> {
  const changed = validation.validatePatch(entity, row, changes);
  if (Object.keys(changed).length === 0) return false;
  const entries = await db.outbox.where('recordId').equals(row.id).toArray();
  const server = entries.length > 0 ? (row._server ?? null) : toServerCopy(row);
  const patch: OutboxEntry = { ...outboxEntry(entity, 'patch', row.id, changed, time), baseVersion: row.version };
  const seq = await db.outbox.add(patch);
  await db.records(entity).put(buildRecord(server, [...entries, { ...patch, seq }])!);
  return true;
}

/** The User Timing marks of committed writes (the benchmark times a tap to them). */
export function markCommitted(details: readonly WriteCommittedDetail[]): void {
  if (typeof performance === 'undefined' || typeof performance.mark !== 'function') return;
  for (const detail of details) performance.mark(WRITE_COMMITTED_MARK, { detail });
}
