/**
 * Sealing a building (封控) and lifting the seal: the seal period and the building's own state
 * (`sealed`, `sealedSince`) change together. Each is ONE Dexie transaction holding both records and
 * both outbox entries (the period's first, so the server meets them in that order), validated with
 * the domain schemas as record-writer.ts validates every write: nothing is stored when one is wrong.
 */
import { uuidv7 } from '../../shared/uuid-v7';
import { guardStorage } from '../db/guard-storage';
import type { GridwalkDb } from '../db/schema';
import { loadValidation } from './load-validation';
import { RecordNotFoundError, type RecordWriterDeps, type WriteCommittedDetail } from './record-writer';
import { createIn, markCommitted, patchIn } from './write-steps';

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
        await createIn(this.db, 'seal_period', id, period, time);
        return patchIn(this.db, validation, 'building', building, { sealed: true, sealedSince: period.startDate }, time);
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
        const lifted = await patchIn(this.db, validation, 'seal_period', period, { liftedOn: input.liftedOn }, time);
        const unsealed = await patchIn(this.db, validation, 'building', building, { sealed: false, sealedSince: null }, time);
        return [
          ...(lifted ? [{ entity: 'seal_period' as const, op: 'patch' as const, id: input.sealPeriodId }] : []),
          ...(unsealed ? [{ entity: 'building' as const, op: 'patch' as const, id: buildingId }] : []),
        ];
      }),
    );
    this.committed(wrote);
  }

  private committed(details: readonly WriteCommittedDetail[]): void {
    if (details.length === 0) return;
    markCommitted(details);
    this.deps.onWrite?.();
  }
}
