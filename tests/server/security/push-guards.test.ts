/**
 * Issue 11, what a push may do: a resident moves only within the writer's scope (and its scope moves
 * with it), a baseVersion the server never gave is refused, a body nested thousands of levels deep is
 * a 400, and a record outside the writer's reach is answered exactly as an unknown one.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSystemRecord } from '../../../src/server/admin/system-records';
import type { MutationResult } from '../../../src/domain/sync-protocol';
import { startTestServer, type TestServer } from '../../fixtures/server-harness';
import { createOf, findRecord, findRecords, patchOf, voidOf, type ApiClient } from '../../fixtures/server-client';
import { aResident, aVisit } from '../../fixtures/domain-records';

let server: TestServer;
const clients: Record<string, ApiClient> = {};
const elsewhere = { householdId: '', residentId: '' };
const UNKNOWN_ID = '0190a000-0000-7000-8000-00000000beef';

beforeAll(async () => {
  server = await startTestServer();
  for (const username of ['worker1', 'worker2', 'secretary1']) {
    clients[username] = await server.api(username, `device-${username}`);
  }
  const communityId = await createSystemRecord(server.db, 'community', { name: '别的社区' });
  const gridId = await createSystemRecord(server.db, 'grid', { communityId, name: '别的网格' });
  const buildingId = await createSystemRecord(server.db, 'building', { gridId, name: '1号楼', units: 1, floors: 6, sealed: false });
  elsewhere.householdId = await createSystemRecord(server.db, 'household', { buildingId, unit: '1', room: '101', status: 'occupied' });
  elsewhere.residentId = await createSystemRecord(server.db, 'resident', { householdId: elsewhere.householdId, name: '外人', tags: [] });
});
afterAll(async () => {
  await server?.close();
});

const gridOf = (n: number) => server.demo.gridIds[n]!;
const households = (grid: number) => findRecords(server.db, 'household', { gridId: gridOf(grid) });

async function newResidentOf(client: ApiClient, householdId: string): Promise<string> {
  const create = createOf('resident', aResident({ householdId, name: '搬家测试' }));
  const res = await client.push([create]);
  expect(res.body.results[0]!.status).toBe('applied');
  return create.id;
}

async function pulledIds(client: ApiClient): Promise<Set<string>> {
  return new Set((await client.pullAll()).changes.map((c) => c.id));
}

const answer = (r: MutationResult | undefined) => ({ status: r?.status, code: r?.error?.code, fields: r?.error?.fields });

describe('moving a resident (a reference field changed by a patch)', () => {
  it('within the writer’s scope: applied, and the resident’s scope moves with it (new grid’s pull, not the old one’s)', async () => {
    const [from] = await households(0);
    const [to] = await households(1);
    const residentId = await newResidentOf(clients.secretary1!, from!.id);
    expect(await pulledIds(clients.worker1!)).toContain(residentId);

    const res = await clients.secretary1!.push([patchOf('resident', residentId, 1, { householdId: to!.id })]);

    expect(res.body.results[0]).toMatchObject({ status: 'applied', version: 2 });
    const { rows } = await server.db.query<{ grid_id: string; building_id: string; household_id: string }>(
      'SELECT grid_id, building_id, household_id FROM records WHERE id = $1',
      [residentId],
    );
    expect(rows[0]).toEqual({ grid_id: gridOf(1), building_id: to!.data.buildingId, household_id: to!.id });
    expect(await pulledIds(clients.worker2!)).toContain(residentId);
    expect(await pulledIds(clients.worker1!)).not.toContain(residentId);
  });

  it('out of the writer’s scope: FORBIDDEN, the same for another grid, another community and an id that does not exist', async () => {
    const [own, second] = await households(0);
    const [otherGrid] = await households(1);
    const residentId = await newResidentOf(clients.worker1!, own!.id);

    const res = await clients.worker1!.push([
      patchOf('resident', residentId, 1, { householdId: otherGrid!.id }),
      patchOf('resident', residentId, 1, { householdId: elsewhere.householdId }),
      patchOf('resident', residentId, 1, { householdId: UNKNOWN_ID }),
      patchOf('resident', residentId, 1, { householdId: second!.id }),
    ]);

    const [toOtherGrid, toElsewhere, toNowhere, withinGrid] = res.body.results;
    expect(answer(toOtherGrid)).toEqual({ status: 'rejected', code: 'FORBIDDEN', fields: undefined });
    expect(answer(toElsewhere)).toEqual(answer(toOtherGrid));
    expect(answer(toNowhere)).toEqual(answer(toOtherGrid));
    expect(withinGrid).toMatchObject({ status: 'applied', version: 2 });
    expect((await findRecord(server.db, residentId))!.data.householdId).toBe(second!.id);
  });
});

describe('baseVersion', () => {
  it('above the record’s version is a VALIDATION error and changes nothing', async () => {
    const [own] = await households(0);
    const residentId = await newResidentOf(clients.worker1!, own!.id);
    const res = await clients.worker1!.push([patchOf('resident', residentId, 99, { notes: '跳过冲突检测' })]);
    expect(res.body.results[0]!.error).toMatchObject({ code: 'VALIDATION', fields: { baseVersion: 'base_version_invalid' } });
    expect((await findRecord(server.db, residentId))!.version).toBe(1);
  });
});

describe('deep bodies', () => {
  it('a mutation nested 4,000 levels deep is a 400 VALIDATION, never a 500; the next push is applied', async () => {
    let deep: unknown = '底';
    for (let i = 0; i < 4000; i++) deep = { d: deep };
    const [own] = await households(0);
    const res = await clients.worker1!.push([createOf('resident', { ...aResident({ householdId: own!.id }), extra: deep })]);
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ error: { code: 'VALIDATION', fields: { body: 'too_deep' } } });

    expect(await newResidentOf(clients.worker1!, own!.id)).toBeTruthy();
  });
});

describe('existence is not told', () => {
  it('patching or voiding a record the writer cannot read answers as for an id that does not exist', async () => {
    const [otherGrid] = await households(1);
    const visit = createOf('visit', aVisit({ householdId: otherGrid!.id, checks: [], outcome: 'not_home' }));
    expect((await clients.worker2!.push([visit])).body.results[0]!.status).toBe('applied');

    const res = await clients.worker1!.push([
      patchOf('household', otherGrid!.id, 1, { phone: '13600000000' }),
      patchOf('household', UNKNOWN_ID, 1, { phone: '13600000000' }),
      patchOf('resident', elsewhere.residentId, 1, { notes: '探测' }),
      voidOf('visit', visit.id, '探测'),
      voidOf('visit', UNKNOWN_ID, '探测'),
    ]);

    const [foreignHousehold, unknownHousehold, foreignResident, foreignVisit, unknownVisit] = res.body.results;
    expect(answer(foreignHousehold)).toEqual({ status: 'rejected', code: 'NOT_FOUND', fields: undefined });
    expect(answer(unknownHousehold)).toEqual(answer(foreignHousehold));
    expect(answer(foreignResident)).toEqual(answer(foreignHousehold));
    expect(answer(foreignVisit)).toEqual(answer(unknownVisit));
    expect(foreignHousehold!.error!.message.replace(otherGrid!.id, '<id>')).toBe(unknownHousehold!.error!.message.replace(UNKNOWN_ID, '<id>'));
  });

  it('a new record under another community’s household answers as under an unknown household', async () => {
    const res = await clients.worker1!.push([
      createOf('resident', aResident({ householdId: elsewhere.householdId })),
      createOf('resident', aResident({ householdId: UNKNOWN_ID })),
    ]);
    const [foreign, unknown] = res.body.results;
    expect(answer(foreign)).toEqual({ status: 'rejected', code: 'NOT_FOUND', fields: { householdId: 'not_found' } });
    expect(answer(unknown)).toEqual(answer(foreign));
  });

  it('a create reusing the id of another community’s record answers as reusing the id of one’s own, and tells nothing of it', async () => {
    const [own] = await households(0);
    const res = await clients.worker1!.push([
      { ...createOf('resident', aResident({ householdId: own!.id })), id: elsewhere.residentId },
      { ...createOf('resident', aResident({ householdId: own!.id })), id: own!.id },
    ]);
    const [foreign, mine] = res.body.results;
    // An id is global: one in use cannot be created again, whoever holds it. The answer is the same as for an
    // id of one's own (no version, no kind, no scope), and an unused one cannot be told from a foreign one
    // without already knowing it (ids are UUIDv7, 74 random bits).
    expect(answer(foreign)).toEqual({ status: 'rejected', code: 'ALREADY_EXISTS', fields: undefined });
    expect(answer(mine)).toEqual(answer(foreign));
    expect(Object.keys(foreign!).sort()).toEqual(Object.keys(mine!).sort());
    expect(foreign!.error!.message.replace(elsewhere.residentId, '<id>')).toBe(mine!.error!.message.replace(own!.id, '<id>'));
    expect((await findRecord(server.db, elsewhere.residentId))!.data.name).toBe('外人');
  });
});

describe('the push’s device', () => {
  it('is the session’s: a push naming another device is refused (403) and applies nothing', async () => {
    const [own] = await households(0);
    const create = createOf('resident', aResident({ householdId: own!.id, name: '冒名设备' }));
    const res = await clients.worker1!.push([create], 'device-worker2');
    expect(res.status).toBe(403);
    expect(res.body).toMatchObject({ error: { code: 'FORBIDDEN', fields: { deviceId: 'device_mismatch' } } });
    expect(await findRecord(server.db, create.id)).toBeNull();
  });

  it('decides conflicts: the same field changed from a second device of the same worker is reported', async () => {
    const [own] = await households(0);
    const residentId = await newResidentOf(clients.worker1!, own!.id);
    const tablet = await server.api('worker1', 'worker1-tablet');
    await clients.worker1!.push([patchOf('resident', residentId, 1, { notes: '手机写的' })]);
    const res = await tablet.push([patchOf('resident', residentId, 1, { notes: '平板写的' })]);
    expect(res.body.results[0]).toMatchObject({ status: 'applied', version: 3, conflicts: ['notes'] });
  });
});
