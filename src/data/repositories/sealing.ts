/**
 * Sealing a building (封控) and lifting the seal: the seal period and the building's own state
 * (`sealed`, `sealedSince`) change together. Each is ONE Dexie transaction holding both records and
 * both outbox entries (the period's first, so the server meets them in that order), validated with
 * the domain schemas as record-writer.ts validates every write: nothing is stored when one is wrong.
 */
import type { EntityName } from '../../domain/entities/registry';
import { uuidv7 } from '../../shared/uuid-v7';
import { guardStorage } from '../db/guard-storage';
import type { OutboxEntry } from '../db/outbox-entry';
import type { GridwalkDb } from '../db/schema';
import { toServerCopy, type StoredRecord } from '../db/stored-record';
import { loadValidation } from './load-validation';
import { buildRecord } from './record-view';
import { RecordNotFoundError, WRITE_COMMITTED_MARK, type RecordWriterDeps, type WriteCommittedDetail } from './record-writer';

export interface SealInput {
  buildingId: string;
  /** The first day of the seal (YYYY-MM-DD). */
  startDate: string;
  reason: string;
}

export interface LiftInput {
  sealPeriodId: string;
  /** The day the seal is lifted (YYYY-MM-DD), not before it started. */
  liftedOn: string;
}

type Validation = Awaited<ReturnType<typeof loadValidation>>;

function entry(entity: EntityName, op: OutboxEntry['op'], recordId: string, data: Record<string, unknown>, time: number): OutboxEntry {
  return { mutationId: uuidv7(time), entity, op, recordId, data, recordedAt: new Date(time).toISOString(), state: 'pending', attempts: 0 };
}

function markCommitted(details: readonly WriteCommittedDetail[]): void {
  if (typeof performance === 'undefined' || typeof performance.mark !== 'function') return;
  for (const detail of details) performance.mark(WRITE_COMMITTED_MARK, { detail });
}

export class SealingWriter {
  private readonly db: GridwalkDb;
  private readonly now: () => number;

  constructor(private readonly deps: RecordWriterDeps) {
    this.db = deps.db;
    this.now = deps.now ?? Date.now;
  }

  /** Stores a new seal period and marks the building sealed since its start; returns the period's id. */
  async seal(input: SealInput): Promise<string> {
    const validation = await loadValidation();
    const period = validation.validateCreate('seal_period', { buildingId: input.buildingId, startDate: input.startDate, reason: input.reason });
    const time = this.now();
    const id = uuidv7(time);
    const periods = this.db.records('seal_period');
    const buildings = this.db.records('building');
    const wroteBuilding = await guardStorage(() =>
      this.db.transaction('rw', [periods, buildings, this.db.outbox], async () => {
        const building = await buildings.get(input.buildingId);
        if (!building) throw new RecordNotFoundError('building', input.buildingId);
        const created = entry('seal_period', 'create', id, period, time);
        const seq = await this.db.outbox.add(created);
        await periods.add(buildRecord(null, [{ ...created, seq }])!);
        return this.patchIn(validation, 'building', building, { sealed: true, sealedSince: period.startDate }, time);
      }),
    );
    this.committed([{ entity: 'seal_period', op: 'create', id }, ...(wroteBuilding ? [{ entity: 'building' as const, op: 'patch' as const, id: input.buildingId }] : [])]);
    return id;
  }

  /** Sets the period's lift day and marks its building no longer sealed. */
  async lift(input: LiftInput): Promise<void> {
    const validation = await loadValidation();
    const time = this.now();
    const periods = this.db.records('seal_period');
    const buildings = this.db.records('building');
    const wrote = await guardStorage(() =>
      this.db.transaction('rw', [periods, buildings, this.db.outbox], async () => {
        const period = await periods.get(input.sealPeriodId);
        if (!period) throw new RecordNotFoundError('seal_period', input.sealPeriodId);
        const buildingId = typeof period.buildingId === 'string' ? period.buildingId : '';
        const building = await buildings.get(buildingId);
        if (!building) throw new RecordNotFoundError('building', buildingId);
        // A wrong lift day throws before anything is stored; a throw rolls the whole transaction back.
        const lifted = await this.patchIn(validation, 'seal_period', period, { liftedOn: input.liftedOn }, time);
        const unsealed = await this.patchIn(validation, 'building', building, { sealed: false, sealedSince: null }, time);
        return [
          ...(lifted ? [{ entity: 'seal_period' as const, op: 'patch' as const, id: input.sealPeriodId }] : []),
          ...(unsealed ? [{ entity: 'building' as const, op: 'patch' as const, id: buildingId }] : []),
        ];
      }),
    );
    this.committed(wrote);
  }

  /** A patch inside the caller's transaction, as RecordWriter.patch stores one; false when nothing changes. */
  private async patchIn(validation: Validation, entity: EntityName, row: StoredRecord, changes: Record<string, unknown>, time: number): Promise<boolean> {
    const changed = validation.validatePatch(entity, row, changes);
    if (Object.keys(changed).length === 0) return false;
    const entries = await this.db.outbox.where('recordId').equals(row.id).toArray();
    const server = entries.length > 0 ? (row._server ?? null) : toServerCopy(row);
    const patch: OutboxEntry = { ...entry(entity, 'patch', row.id, changed, time), baseVersion: row.version };
    const seq = await this.db.outbox.add(patch);
    await this.db.records(entity).put(buildRecord(server, [...entries, { ...patch, seq }])!);
    return true;
  }

  private committed(details: readonly WriteCommittedDetail[]): void {
    if (details.length === 0) return;
    markCommitted(details);
    this.deps.onWrite?.();
  }
}
