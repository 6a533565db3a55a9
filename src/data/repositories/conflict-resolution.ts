/**
 * "Keep this value" on a same-field conflict the server recorded: when the record does not hold the
 * chosen value now, the record's field is patched with it as any patch is (its own outbox entry, so
 * it syncs to every phone) AND the conflict is marked { kept, seenAt }; both in ONE Dexie
 * transaction (the record's entry first, so the server meets them in that order). When the record
 * already holds the value, only the conflict is marked. Validated with the domain schemas as
 * record-writer.ts validates every write: nothing is stored when one is wrong.
 */
import { sameFieldValue } from '../../domain/conflicts/conflict-holds';
import type { ConflictSide } from '../../domain/entities/conflict';
import { ENTITY_NAMES, type EntityName } from '../../domain/entities/entity-names';
import { uuidv7 } from '../../shared/uuid-v7';
import { guardStorage } from '../db/guard-storage';
import type { OutboxEntry } from '../db/outbox-entry';
import type { GridwalkDb } from '../db/schema';
import { toServerCopy, type StoredRecord } from '../db/stored-record';
import { loadValidation } from './load-validation';
import { buildRecord } from './record-view';
import { RecordNotFoundError, WRITE_COMMITTED_MARK, type RecordWriterDeps, type WriteCommittedDetail } from './record-writer';

export interface KeepConflictValueInput {
  conflictId: string;
  /** The side to keep: the conflict's earlier value or its later one. */
  side: ConflictSide;
}

/** What the resolution wrote: whether the record itself was patched (false: it held the value already). */
export interface KeepConflictValueResult {
  patchedRecord: boolean;
}

type Validation = Awaited<ReturnType<typeof loadValidation>>;

function isEntityName(value: unknown): value is EntityName {
  return typeof value === 'string' && (ENTITY_NAMES as readonly string[]).includes(value);
}

function markCommitted(details: readonly WriteCommittedDetail[]): void {
  if (typeof performance === 'undefined' || typeof performance.mark !== 'function') return;
  for (const detail of details) performance.mark(WRITE_COMMITTED_MARK, { detail });
}

export class ConflictResolver {
  private readonly db: GridwalkDb;
  private readonly now: () => number;

  constructor(private readonly deps: RecordWriterDeps) {
    this.db = deps.db;
    this.now = deps.now ?? Date.now;
  }

  /** Keeps `value` for the conflict's field: the record patched when it holds something else, the conflict marked seen. */
  async keep(input: KeepConflictValueInput): Promise<KeepConflictValueResult> {
    const validation = await loadValidation();
    const time = this.now();
    const seenAt = new Date(time).toISOString();
    const conflicts = this.db.records('conflict');
    const first = await conflicts.get(input.conflictId);
    if (!first) throw new RecordNotFoundError('conflict', input.conflictId);
    const entity = first.entity;
    if (!isEntityName(entity)) throw new RecordNotFoundError('conflict', input.conflictId);
    const records = this.db.records(entity);
    const wrote = await guardStorage(() =>
      this.db.transaction('rw', [conflicts, records, this.db.outbox], async () => {
        const conflict = await conflicts.get(input.conflictId);
        if (!conflict) throw new RecordNotFoundError('conflict', input.conflictId);
        const recordId = typeof conflict.recordId === 'string' ? conflict.recordId : '';
        const field = typeof conflict.field === 'string' ? conflict.field : '';
        const record = await records.get(recordId);
        if (!record) throw new RecordNotFoundError(entity, recordId);
        const written: WriteCommittedDetail[] = [];
        // An empty side may be absent from the stored conflict: it means null (the field cleared).
        const value = (input.side === 'earlier' ? conflict.serverValue : conflict.clientValue) ?? null;
        // A wrong value throws before anything is stored; a throw rolls the whole transaction back.
        if (!sameFieldValue(record[field], value)) {
          if (await this.patchIn(validation, entity, record, { [field]: value }, time)) written.push({ entity, op: 'patch', id: recordId });
        }
        if (await this.patchIn(validation, 'conflict', conflict, { kept: input.side, seenAt }, time)) {
          written.push({ entity: 'conflict', op: 'patch', id: input.conflictId });
        }
        return written;
      }),
    );
    if (wrote.length > 0) {
      markCommitted(wrote);
      this.deps.onWrite?.();
    }
    return { patchedRecord: wrote.some((detail) => detail.entity !== 'conflict') };
  }

  /** A patch inside the caller's transaction, as RecordWriter.patch stores one; false when nothing changes. */
  private async patchIn(validation: Validation, entity: EntityName, row: StoredRecord, changes: Record<string, unknown>, time: number): Promise<boolean> {
    const changed = validation.validatePatch(entity, row, changes);
    if (Object.keys(changed).length === 0) return false;
    const entries = await this.db.outbox.where('recordId').equals(row.id).toArray();
    const server = entries.length > 0 ? (row._server ?? null) : toServerCopy(row);
    const patch: OutboxEntry = {
      mutationId: uuidv7(time),
      entity,
      op: 'patch',
      recordId: row.id,
      data: changed,
      recordedAt: new Date(time).toISOString(),
      state: 'pending',
      attempts: 0,
      baseVersion: row.version,
    };
    const seq = await this.db.outbox.add(patch);
    await this.db.records(entity).put(buildRecord(server, [...entries, { ...patch, seq }])!);
    return true;
  }
}
