import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GridwalkDb } from '../../../../src/data/db/schema';
import { VisitWriter } from '../../../../src/data/repositories/visit-with-follow-ups';
import { LocalValidationError } from '../../../../src/shared/write-failure';

const HOUSEHOLD = '0192f1b4-0000-7000-8000-0000000000c1';
const ZHANG = '0192f1b4-0000-7000-8000-0000000000d1';
const LI = '0192f1b4-0000-7000-8000-0000000000d2';
const MONITORING = '0192f1b4-0000-7000-8000-0000000000e1';
const NOW = Date.parse('2026-11-25T07:00:00.000Z');
const VISITED_AT = '2026-11-25T15:00:00+08:00';

let db: GridwalkDb;
let writer: VisitWriter;
let writes: number;

beforeEach(() => {
  db = new GridwalkDb(`visit-follow-ups-${crypto.randomUUID()}`);
  writes = 0;
  writer = new VisitWriter({ db, now: () => NOW, onWrite: () => writes++ });
});

afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

const visit = (checks: { residentId: string; temperature?: number; symptoms: ('fever' | 'cough')[] }[], outcome: 'visited' | 'not_home' = 'visited') => ({
  householdId: HOUSEHOLD,
  visitedAt: VISITED_AT,
  outcome,
  checks,
});

describe('a visit with home-monitoring follow-ups', () => {
  it('stores the visit and the monitored resident’s check from the same reading, one transaction, visit first', async () => {
    const id = await writer.record({
      visit: visit([
        { residentId: ZHANG, temperature: 37.6, symptoms: ['cough'] },
        { residentId: LI, temperature: 36.5, symptoms: [] },
      ]),
      followUps: [{ monitoringId: MONITORING, residentId: ZHANG }],
    });
    expect(await db.records('visit').get(id)).toMatchObject({ householdId: HOUSEHOLD, outcome: 'visited', _sync: 'pending' });
    const checks = await db.records('monitoring_check').toArray();
    expect(checks).toHaveLength(1);
    expect(checks[0]).toMatchObject({ monitoringId: MONITORING, residentId: ZHANG, householdId: HOUSEHOLD, checkedAt: VISITED_AT, temperature: 37.6, symptoms: ['cough'], visitId: id });
    const entries = await db.outbox.orderBy('seq').toArray();
    expect(entries.map((entry) => [entry.entity, entry.op])).toEqual([
      ['visit', 'create'],
      ['monitoring_check', 'create'],
    ]);
    expect(writes).toBe(1);
  });

  it('makes no follow-up for a monitored resident checked without a temperature, or a visit nobody opened', async () => {
    await writer.record({ visit: visit([{ residentId: ZHANG, symptoms: ['fever'] }]), followUps: [{ monitoringId: MONITORING, residentId: ZHANG }] });
    await writer.record({ visit: visit([], 'not_home'), followUps: [{ monitoringId: MONITORING, residentId: ZHANG }] });
    expect(await db.records('visit').count()).toBe(2);
    expect(await db.records('monitoring_check').count()).toBe(0);
  });

  it('stores nothing when the visit is wrong', async () => {
    const error = await writer
      .record({ visit: visit([{ residentId: ZHANG, temperature: 45, symptoms: [] }]), followUps: [{ monitoringId: MONITORING, residentId: ZHANG }] })
      .then(() => null, (failure: unknown) => failure);
    expect(error).toBeInstanceOf(LocalValidationError);
    expect(await db.records('visit').count()).toBe(0);
    expect(await db.records('monitoring_check').count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
  });
});
