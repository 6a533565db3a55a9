import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GridwalkDb } from '../../../../src/data/db/schema';
import { RecordNotFoundError } from '../../../../src/data/repositories/record-writer';
import { SealingWriter } from '../../../../src/data/repositories/sealing';
import { runIdsQuery } from '../../../../src/data/queries/run-ids-query';
import { householdIdsByBuilding } from '../../../../src/data/queries/record-ids-query';
import { LocalValidationError } from '../../../../src/shared/write-failure';

const BUILDING = '0192f1b4-0000-7000-8000-0000000000b1';
const GRID = '0192f1b4-0000-7000-8000-0000000000a1';
const NOW = Date.parse('2026-11-25T02:00:00.000Z');

let db: GridwalkDb;
let sealing: SealingWriter;
let writes: number;

beforeEach(async () => {
  db = new GridwalkDb(`sealing-${crypto.randomUUID()}`);
  writes = 0;
  sealing = new SealingWriter({ db, now: () => NOW, onWrite: () => writes++ });
  // As pulled from the server: synced, version 4.
  await db.records('building').put({ id: BUILDING, version: 4, _sync: 'synced', gridId: GRID, name: '3号楼', units: 2, floors: 6, sealed: false, createdBy: 'u1' });
});

afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

async function failure(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => null,
    (error: unknown) => error,
  );
}

describe('sealing a building', () => {
  it('stores the seal period and the sealed building with two outbox entries, the period first', async () => {
    const id = await sealing.seal({ buildingId: BUILDING, startDate: '2026-11-20', reason: ' 密接 ' });

    expect(await db.records('seal_period').get(id)).toMatchObject({ buildingId: BUILDING, startDate: '2026-11-20', reason: '密接', _sync: 'pending', _server: null });
    const building = await db.records('building').get(BUILDING);
    expect(building).toMatchObject({ sealed: true, sealedSince: '2026-11-20', version: 4, _sync: 'pending' });
    expect(building?._server).toMatchObject({ sealed: false, version: 4 });
    const entries = await db.outbox.orderBy('seq').toArray();
    expect(entries.map((entry) => [entry.entity, entry.op, entry.recordId])).toEqual([
      ['seal_period', 'create', id],
      ['building', 'patch', BUILDING],
    ]);
    expect(entries[1]).toMatchObject({ data: { sealed: true, sealedSince: '2026-11-20' }, baseVersion: 4, state: 'pending' });
    expect(writes).toBe(1);
  });

  it('stores nothing when the reason is missing', async () => {
    const error = await failure(sealing.seal({ buildingId: BUILDING, startDate: '2026-11-20', reason: '  ' }));
    expect(error).toBeInstanceOf(LocalValidationError);
    expect((error as LocalValidationError).fields).toEqual({ reason: 'reason_required' });
    expect(await db.records('seal_period').count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
    expect(await db.records('building').get(BUILDING)).toMatchObject({ sealed: false, _sync: 'synced' });
  });

  it('stores no period for a building not on the phone (the transaction is rolled back)', async () => {
    const error = await failure(sealing.seal({ buildingId: '0192f1b4-0000-7000-8000-0000000000b9', startDate: '2026-11-20', reason: '密接' }));
    expect(error).toBeInstanceOf(RecordNotFoundError);
    expect(await db.records('seal_period').count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
  });
});

describe('lifting a seal', () => {
  it('sets the lift day and unseals the building in one go, with two more outbox entries', async () => {
    const id = await sealing.seal({ buildingId: BUILDING, startDate: '2026-11-20', reason: '密接' });
    await sealing.lift({ sealPeriodId: id, liftedOn: '2026-11-25' });

    expect(await db.records('seal_period').get(id)).toMatchObject({ startDate: '2026-11-20', liftedOn: '2026-11-25' });
    const building = await db.records('building').get(BUILDING);
    expect(building).toMatchObject({ sealed: false, _sync: 'pending' });
    expect(building).not.toHaveProperty('sealedSince');
    const entries = await db.outbox.orderBy('seq').toArray();
    expect(entries.slice(2).map((entry) => [entry.entity, entry.op, entry.data])).toEqual([
      ['seal_period', 'patch', { liftedOn: '2026-11-25' }],
      ['building', 'patch', { sealed: false, sealedSince: null }],
    ]);
    expect(writes).toBe(2);
  });

  it('refuses a lift day before the start and leaves the building sealed, the outbox as it was', async () => {
    const id = await sealing.seal({ buildingId: BUILDING, startDate: '2026-11-20', reason: '密接' });
    const error = await failure(sealing.lift({ sealPeriodId: id, liftedOn: '2026-11-19' }));
    expect(error).toBeInstanceOf(LocalValidationError);
    expect((error as LocalValidationError).fields).toEqual({ liftedOn: 'lift_before_start' });
    expect(await db.records('building').get(BUILDING)).toMatchObject({ sealed: true, sealedSince: '2026-11-20' });
    expect(await db.records('seal_period').get(id)).not.toHaveProperty('liftedOn');
    expect(await db.outbox.count()).toBe(2);
  });
});

describe('household ids by building', () => {
  it('reads each building’s household ids from the index, an empty list for a building without any', async () => {
    const other = '0192f1b4-0000-7000-8000-0000000000b2';
    const empty = '0192f1b4-0000-7000-8000-0000000000b3';
    const household = (id: string, buildingId: string) => ({ id, version: 1, _sync: 'synced' as const, buildingId, unit: '1', room: id.slice(-3), status: 'occupied' });
    await db.records('household').bulkPut([
      household('0192f1b4-0000-7000-8000-000000000103', BUILDING),
      household('0192f1b4-0000-7000-8000-000000000101', BUILDING),
      household('0192f1b4-0000-7000-8000-000000000201', other),
    ]);
    const ids = await runIdsQuery(db, householdIdsByBuilding([other, BUILDING, empty]));
    expect(ids.get(BUILDING)).toEqual(['0192f1b4-0000-7000-8000-000000000101', '0192f1b4-0000-7000-8000-000000000103']);
    expect(ids.get(other)).toEqual(['0192f1b4-0000-7000-8000-000000000201']);
    expect(ids.get(empty)).toEqual([]);
    // Without ids: every building that has households on the phone.
    const every = await runIdsQuery(db, householdIdsByBuilding());
    expect([...every.keys()].sort()).toEqual([BUILDING, other].sort());
    expect(every.get(BUILDING)).toHaveLength(2);
  });
});
