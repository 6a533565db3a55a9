import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Change } from '../../src/domain/sync-protocol';
import { startTestServer, type TestServer } from '../fixtures/server-harness';
import { createOf, findRecords, patchOf, type ApiClient } from '../fixtures/server-client';
import { aCheckpointEntry, aFeverReport, aHousehold, aResident, aVisit } from '../fixtures/domain-records';

let server: TestServer;
const clients: Record<string, ApiClient> = {};

beforeAll(async () => {
  server = await startTestServer();
  for (const username of ['worker1', 'worker2', 'secretary1', 'volunteer1']) {
    clients[username] = await server.api(username, `device-${username}`);
  }
});
afterAll(async () => {
  await server?.close();
});

const byEntity = (changes: Change[], entity: string) => changes.filter((c) => c.entity === entity);
const grid = (i: number) => server.demo.gridIds[i]!;
const buildingsOf = (gridId: string) => server.demo.buildings.filter((b) => b.gridId === gridId);

describe('grid worker scope', () => {
  it('pulls only the buildings of their grid and what is under them, plus community reference data', async () => {
    const { changes } = await clients.worker1!.pullAll();
    const mine = new Set(buildingsOf(grid(0)).map((b) => b.id));
    expect(byEntity(changes, 'building').map((c) => c.id).sort()).toEqual([...mine].sort());
    const households = byEntity(changes, 'household');
    expect(households.length).toBe((await findRecords(server.db, 'household', { gridId: grid(0) })).length);
    expect(households.every((h) => mine.has(h.data.buildingId as string))).toBe(true);
    expect(byEntity(changes, 'resident').length).toBe((await findRecords(server.db, 'resident', { gridId: grid(0) })).length);
    expect(byEntity(changes, 'community').map((c) => c.id)).toEqual([server.demo.communityId]);
    expect(byEntity(changes, 'grid')).toHaveLength(3);
    expect(byEntity(changes, 'checkpoint').map((c) => c.id).sort()).toEqual([...server.demo.checkpointIds].sort());
    // Residents keep their full data for their own grid worker.
    expect(byEntity(changes, 'resident').some((r) => typeof r.data.idNumber === 'string')).toBe(true);
  });

  it('cannot write households of another grid (FORBIDDEN; one it cannot read is NOT_FOUND, as an unknown one) but can write their own', async () => {
    const otherBuilding = buildingsOf(grid(1))[0]!.id;
    const ownBuilding = buildingsOf(grid(0))[0]!.id;
    const otherHousehold = (await findRecords(server.db, 'household', { gridId: grid(1) }))[0]!;
    const res = await clients.worker1!.push([
      createOf('household', aHousehold({ buildingId: otherBuilding, unit: '9', room: '901' })),
      patchOf('household', otherHousehold.id, otherHousehold.version, { phone: '13600000000' }),
      createOf('household', aHousehold({ buildingId: ownBuilding, unit: '9', room: '902' })),
    ]);
    expect(res.status).toBe(200);
    expect(res.body.results.map((r) => r.status)).toEqual(['rejected', 'rejected', 'applied']);
    expect(res.body.results[0]!.error?.code).toBe('FORBIDDEN');
    expect(res.body.results[1]!.error?.code).toBe('NOT_FOUND');
  });

  it('may neither create nor patch buildings', async () => {
    const building = buildingsOf(grid(0))[0]!;
    const res = await clients.worker1!.push([
      patchOf('building', building.id, 1, { sealed: true }),
      createOf('building', { gridId: grid(0), name: '新楼', units: 1, floors: 3, sealed: false }),
    ]);
    expect(res.body.results.map((r) => r.error?.code)).toEqual(['FORBIDDEN', 'FORBIDDEN']);
  });

  it('records checkpoint entries of the community; a parent that does not exist is NOT_FOUND', async () => {
    const res = await clients.worker1!.push([
      createOf('checkpoint_entry', aCheckpointEntry({ checkpointId: server.demo.checkpointIds[0] })),
      createOf('household', aHousehold({ buildingId: '0190a000-0000-7000-8000-00000000ffff' })),
      createOf('checkpoint_entry', aCheckpointEntry({ checkpointId: '0190a000-0000-7000-8000-00000000fffe' })),
    ]);
    expect(res.body.results[0]!.status).toBe('applied');
    expect(res.body.results[1]!.error).toMatchObject({ code: 'NOT_FOUND', fields: { buildingId: 'not_found' } });
    expect(res.body.results[2]!.error).toMatchObject({ code: 'NOT_FOUND', fields: { checkpointId: 'not_found' } });
  });

  it('sees fever reports without a household only when they wrote them', async () => {
    const report = createOf('fever_report', aFeverReport({ householdId: undefined, residentId: undefined, name: '过路人' }));
    expect((await clients.worker1!.push([report])).body.results[0]!.status).toBe('applied');
    const own = await clients.worker1!.pullAll();
    expect(byEntity(own.changes, 'fever_report').map((c) => c.id)).toContain(report.id);
    const other = await clients.worker2!.pullAll();
    expect(byEntity(other.changes, 'fever_report').map((c) => c.id)).not.toContain(report.id);
    const secretary = await clients.secretary1!.pullAll();
    expect(byEntity(secretary.changes, 'fever_report').map((c) => c.id)).toContain(report.id);
  });

  it('gets reset when their grids change, and then sees the new grid', async () => {
    const first = await clients.worker2!.pullAll();
    expect(byEntity(first.changes, 'building').every((b) => b.data.gridId === grid(1))).toBe(true);
    await server.db.query(`UPDATE users SET grid_ids = $1::jsonb WHERE username = 'worker2'`, [JSON.stringify([grid(1), grid(2)])]);
    try {
      const next = await clients.worker2!.pull(first.cursor);
      expect(next.body.reset).toBe(true);
      const all = await clients.worker2!.pullAll(first.cursor);
      const gridsSeen = new Set(byEntity(all.changes, 'building').map((b) => b.data.gridId));
      expect(gridsSeen).toEqual(new Set([grid(1), grid(2)]));
    } finally {
      await server.db.query(`UPDATE users SET grid_ids = $1::jsonb WHERE username = 'worker2'`, [JSON.stringify([grid(1)])]);
    }
  });
});

describe('volunteer scope', () => {
  it('sees only the community and the building assigned to them: no household, resident, seal period or health data', async () => {
    const assignedId = server.demo.sealedBuildingId;
    const resident = (await findRecords(server.db, 'resident', { buildingId: assignedId }))[0]!;
    const household = { id: String(resident.data.householdId) };
    // Health data under the assigned building exists, but volunteers never get it.
    const pushed = await clients.secretary1!.push([
      createOf('visit', aVisit({ householdId: household.id, checks: [{ residentId: resident.id, temperature: 36.5, symptoms: [] }] })),
      createOf('fever_report', aFeverReport({ householdId: household.id, residentId: resident.id })),
    ]);
    expect(pushed.body.results.map((r) => r.status)).toEqual(['applied', 'applied']);
    expect((await findRecords(server.db, 'seal_period', { buildingId: assignedId })).length).toBeGreaterThan(0);

    const { changes } = await clients.volunteer1!.pullAll();
    // The seed has no help requests or deliveries yet: the community and the assigned building only.
    expect(new Set(changes.map((c) => c.entity))).toEqual(new Set(['community', 'building']));
    expect(byEntity(changes, 'community').map((c) => c.id)).toEqual([server.demo.communityId]);
    expect(byEntity(changes, 'building').map((b) => b.id)).toEqual([assignedId]);
    // The building by its address and seal state only.
    const meta = ['id', 'version', 'createdBy', 'createdAt', 'updatedAt'];
    const fields = ['gridId', 'name', 'address', 'units', 'floors', 'sealed', 'sealedSince'];
    for (const b of byEntity(changes, 'building')) {
      expect(Object.keys(b.data).every((k) => [...fields, ...meta].includes(k))).toBe(true);
    }
  });

  it('writes nothing: every write is FORBIDDEN', async () => {
    const household = (await findRecords(server.db, 'household', { buildingId: server.demo.sealedBuildingId }))[0]!;
    const res = await clients.volunteer1!.push([
      createOf('resident', aResident({ householdId: household.id })),
      patchOf('household', household.id, household.version, { phone: '13600000001' }),
      createOf('visit', aVisit({ householdId: household.id, checks: [] , outcome: 'not_home' })),
      createOf('checkpoint_entry', aCheckpointEntry({ checkpointId: server.demo.checkpointIds[0] })),
    ]);
    expect(res.body.results.map((r) => r.error?.code)).toEqual(['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN']);
  });
});

describe('secretary scope', () => {
  it('pulls the whole community', async () => {
    const { changes } = await clients.secretary1!.pullAll();
    const { rows } = await server.db.query<{ n: number | string }>('SELECT count(*) AS n FROM records WHERE community_id = $1', [server.demo.communityId]);
    expect(changes.length).toBe(Number(rows[0]!.n));
    expect(changes.every((change) => change.entity !== 'street' && change.entity !== 'district')).toBe(true);
    expect(byEntity(changes, 'household').length).toBeGreaterThanOrEqual(server.demo.households);
    expect(byEntity(changes, 'resident').length).toBeGreaterThanOrEqual(server.demo.residents);
  });

  it('seals a building: a volunteer not assigned to it neither is reset nor sees it; assigning it resets them and shows it', async () => {
    const volunteerBefore = await clients.volunteer1!.pullAll();
    const building = buildingsOf(grid(2))[0]!;
    const res = await clients.secretary1!.push([patchOf('building', building.id, 1, { sealed: true, sealedSince: '2026-11-20' })]);
    expect(res.body.results[0]).toMatchObject({ status: 'applied', version: 2 });

    const afterSeal = await clients.volunteer1!.pullAll(volunteerBefore.cursor);
    expect(afterSeal.reset).toBe(false);
    expect(afterSeal.changes.map((c) => c.id)).not.toContain(building.id);

    const assigned = [server.demo.sealedBuildingId, building.id];
    await server.db.query(`UPDATE users SET building_ids = $1::jsonb WHERE username = 'volunteer1'`, [JSON.stringify(assigned)]);
    try {
      const next = await clients.volunteer1!.pullAll(afterSeal.cursor);
      expect(next.reset).toBe(true);
      expect(byEntity(next.changes, 'building').map((b) => b.id).sort()).toEqual([...assigned].sort());
      expect(byEntity(next.changes, 'household')).toEqual([]);
    } finally {
      await server.db.query(`UPDATE users SET building_ids = $1::jsonb WHERE username = 'volunteer1'`, [JSON.stringify([server.demo.sealedBuildingId])]);
    }
  });
});
