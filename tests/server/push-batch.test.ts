/**
 * One push is judged in order as one unit: a later mutation sees what the earlier ones of the same
 * push did (a household and its residents, a record created and then edited), and a refused
 * mutation leaves no trace for the ones after it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../fixtures/server-harness';
import { createOf, findRecord, findRecords, patchOf, type ApiClient } from '../fixtures/server-client';
import { aHousehold, aResident, aVisit } from '../fixtures/domain-records';
import { withWrongCheckChar, makeIdNumber } from '../fixtures/id-number-factory';

let server: TestServer;
let worker: ApiClient;
let buildingId: string;

beforeAll(async () => {
  server = await startTestServer();
  worker = await server.api('worker1', 'phone-batch');
  buildingId = server.demo.buildings.find((b) => b.gridId === server.demo.gridIds[0])!.id;
});
afterAll(async () => {
  await server?.close();
});

const check = (residentId: string) => ({ residentId, temperature: 36.5, symptoms: [] });

describe('a push judged in order', () => {
  it('creates a household, its residents and their visit, then edits the household twice, in one push', async () => {
    const household = createOf('household', aHousehold({ buildingId, unit: '7', room: '701' }));
    const first = createOf('resident', aResident({ householdId: household.id, name: '王一' }));
    const second = createOf('resident', aResident({ householdId: household.id, name: '王二' }));
    const visit = createOf('visit', aVisit({ householdId: household.id, checks: [check(first.id), check(second.id)] }));
    const phone = patchOf('household', household.id, 1, { phone: '13900001111' });
    const notes = patchOf('household', household.id, 2, { notes: '老人独居' });

    const res = await worker.push([household, first, second, visit, phone, notes]);

    expect(res.body.results.map((r) => [r.status, r.version])).toEqual([
      ['applied', 1],
      ['applied', 1],
      ['applied', 1],
      ['applied', 1],
      ['applied', 2],
      ['applied', 3],
    ]);
    expect(res.body.results[5]!.conflicts).toBeUndefined();
    const stored = await findRecord(server.db, household.id);
    expect(stored).toMatchObject({ version: 3, data: { unit: '7', room: '701', phone: '13900001111', notes: '老人独居' } });
    expect((await findRecords(server.db, 'resident', { buildingId })).filter((r) => r.data.householdId === household.id)).toHaveLength(2);
    // The scope of the residents came from the household created earlier in the same push.
    expect((await findRecord(server.db, first.id))!.building_id).toBe(buildingId);
  });

  it('leaves no trace of a refused mutation: a resident of a refused household is not found', async () => {
    const household = createOf('household', aHousehold({ buildingId, unit: '7', room: '702', phone: '12' }));
    const orphan = createOf('resident', aResident({ householdId: household.id }));
    const fine = createOf('household', aHousehold({ buildingId, unit: '7', room: '703' }));

    const res = await worker.push([household, orphan, fine]);

    expect(res.body.results.map((r) => r.status)).toEqual(['rejected', 'rejected', 'applied']);
    expect(res.body.results[1]!.error).toMatchObject({ code: 'NOT_FOUND', fields: { householdId: 'not_found' } });
    expect(await findRecord(server.db, household.id)).toBeNull();
    expect(await findRecord(server.db, fine.id)).not.toBeNull();
  });

  it('answers the same mutation twice in one push once applied, then duplicate', async () => {
    const resident = createOf('resident', aResident({ householdId: (await findRecords(server.db, 'household', { buildingId }))[0]!.id }));
    const res = await worker.push([resident, resident]);
    expect(res.body.results.map((r) => r.status)).toEqual(['applied', 'duplicate']);
    expect((await findRecord(server.db, resident.id))!.version).toBe(1);
  });

  it('applies the rest of a push whose batch the database refuses (one value it cannot store)', async () => {
    const householdId = (await findRecords(server.db, 'household', { buildingId }))[0]!.id;
    const good = [0, 1, 2].map((n) => createOf('resident', aResident({ householdId, name: `李${n}`, idNumber: makeIdNumber({ birthDate: '1970-01-01', sequence: n }) })));
    const badId = createOf('resident', aResident({ householdId, idNumber: withWrongCheckChar(makeIdNumber({ birthDate: '1970-01-01' })) }));
    const nul = createOf('resident', aResident({ householdId, notes: 'a\u0000b' }));

    const res = await worker.push([good[0], nul, good[1], badId, good[2]]);

    expect(res.body.results.map((r) => r.status)).toEqual(['applied', 'rejected', 'applied', 'rejected', 'applied']);
    expect(res.body.results[1]!.error?.code).toBe('VALIDATION');
    for (const m of good) expect((await findRecord(server.db, m.id))!.version).toBe(1);
    // Resent, each is answered as it was first judged: nothing is applied twice.
    const again = await worker.push([good[0], nul, good[1], badId, good[2]]);
    expect(again.body.results.map((r) => r.status)).toEqual(['duplicate', 'rejected', 'duplicate', 'rejected', 'duplicate']);
  });
});
