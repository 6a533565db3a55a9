/**
 * A visit and the home-monitoring checks it makes, in ONE Dexie transaction (the visit's entry first):
 * a resident under home monitoring checked at the door gets their follow-up from the same reading
 * (its temperature and symptoms, the visit's time, the visit named), so the temperature is typed once
 * and the two are never saved apart.
 */
import type { NewRecord } from '../../domain/entities/entity-record';
import { uuidv7 } from '../../shared/uuid-v7';
import { guardStorage } from '../db/guard-storage';
import type { GridwalkDb } from '../db/schema';
import { loadValidation } from './load-validation';
import type { RecordWriterDeps, WriteCommittedDetail } from './record-writer';
import { createIn, markCommitted } from './write-steps';

export interface VisitInput {
  visit: NewRecord<'visit'>;
  /** The open monitorings of residents checked in this visit: each resident's check becomes its follow-up. */
  followUps: readonly { monitoringId: string; residentId: string }[];
}

export class VisitWriter {
  private readonly db: GridwalkDb;
  private readonly now: () => number;

  constructor(private readonly deps: RecordWriterDeps) {
    this.db = deps.db;
    this.now = deps.now ?? Date.now;
  }

  /** Stores the visit and its follow-ups (residents checked with a temperature); the visit's id. */
  async record(input: VisitInput): Promise<string> {
    const validation = await loadValidation();
    const visit = validation.validateCreate('visit', input.visit);
    const time = this.now();
    const id = uuidv7(time);
    const checks = input.followUps.flatMap(({ monitoringId, residentId }) => {
      const check = input.visit.checks.find((c) => c.residentId === residentId);
      if (input.visit.outcome !== 'visited' || check?.temperature === undefined) return [];
      const data = validation.validateCreate('monitoring_check', {
        monitoringId,
        residentId,
        householdId: input.visit.householdId,
        checkedAt: input.visit.visitedAt,
        temperature: check.temperature,
        symptoms: check.symptoms,
        visitId: id,
      });
      return [{ id: uuidv7(time), data }];
    });
    const visits = this.db.records('visit');
    const followUps = this.db.records('monitoring_check');
    await guardStorage(() =>
      this.db.transaction('rw', [visits, followUps, this.db.outbox], async () => {
        await createIn(this.db, 'visit', id, visit, time);
        for (const check of checks) await createIn(this.db, 'monitoring_check', check.id, check.data, time);
      }),
    );
    const details: WriteCommittedDetail[] = [{ entity: 'visit', op: 'create', id }, ...checks.map((check) => ({ entity: 'monitoring_check' as const, op: 'create' as const, id: check.id }))];
    markCommitted(details);
    this.deps.onWrite?.();
    return id;
  }
}
