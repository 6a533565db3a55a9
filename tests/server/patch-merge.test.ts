import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../fixtures/server-harness';
import { createOf, findRecord, findRecords, patchOf, type ApiClient } from '../fixtures/server-client';
import { aResident } from '../fixtures/domain-records';

let server: TestServer;
let workerPhone: ApiClient;
let workerTablet: ApiClient;
let secretary: ApiClient;
let buildingId: string;

interface ConflictRow {
  field: string;
  base_version: number;
  server_value: unknown;
  client_value: unknown;
  device_id: string;
  community_id: string;
}

beforeAll(async () => {
  server = await startTestServer();
  workerPhone = await server.api('worker1', 'worker-phone');
  workerTablet = await server.api('worker1', 'worker-tablet');
  secretary = await server.api('secretary1', 'secretary-pc');
  buildingId = server.demo.buildings.find((b) => b.gridId === server.demo.gridIds[0])!.id;
});
afterAll(async () => {
  await server?.close();
});

async function freshHousehold(): Promise<string> {
  const { rows } = await server.db.query<{ n: number | string }>('SELECT count(*) AS n FROM records');
  const m = createOf('household', { buildingId, unit: '8', room: String(800 + Number(rows[0]!.n) % 100), status: 'occupied', phone: '13800000000' });
  const res = await workerPhone.push([m]);
  expect(res.body.results[0]!.status).toBe('applied');
  return m.id;
}

async function conflictsOf(recordId: string): Promise<ConflictRow[]> {
  const { rows } = await server.db.query<ConflictRow>(
    'SELECT field, base_version, server_value, client_value, device_id, community_id FROM conflicts WHERE record_id = $1 ORDER BY id',
    [recordId],
  );
  return rows;
}

describe('patch merge', () => {
  it('merges changes of different fields from two devices without conflicts', async () => {
    const id = await freshHousehold();
    const a = await secretary.push([patchOf('household', id, 1, { phone: '13911112222' })]);
    const b = await workerTablet.push([patchOf('household', id, 1, { notes: '门铃坏了，敲门' })]);
    expect(a.body.results[0]).toEqual({ mutationId: expect.any(String), status: 'applied', version: 2 });
    expect(b.body.results[0]).toEqual({ mutationId: expect.any(String), status: 'applied', version: 3 });
    expect((await findRecord(server.db, id))!.data).toMatchObject({ phone: '13911112222', notes: '门铃坏了，敲门', status: 'occupied' });
    expect(await conflictsOf(id)).toEqual([]);
  });

  it('lets the later write win a same-field clash, reports it and keeps a row for the secretary', async () => {
    const id = await freshHousehold();
    await secretary.push([patchOf('household', id, 1, { phone: '13911113333', status: 'vacant' })]);
    const res = await workerTablet.push([patchOf('household', id, 1, { phone: '13944445555', notes: '已核实' })]);
    expect(res.body.results[0]).toMatchObject({ status: 'applied', version: 3, conflicts: ['phone'] });
    expect((await findRecord(server.db, id))!.data).toMatchObject({ phone: '13944445555', status: 'vacant', notes: '已核实' });
    expect(await conflictsOf(id)).toEqual([
      {
        field: 'phone',
        base_version: 1,
        server_value: '13911113333',
        client_value: '13944445555',
        device_id: 'worker-tablet',
        community_id: server.demo.communityId,
      },
    ]);
  });

  it('is no conflict when both wrote the same value, or when the client had seen the change', async () => {
    const id = await freshHousehold();
    await secretary.push([patchOf('household', id, 1, { phone: '13966667777' })]);
    const same = await workerTablet.push([patchOf('household', id, 1, { phone: '13966667777' })]);
    expect(same.body.results[0]!.conflicts).toBeUndefined();
    const seen = await workerTablet.push([patchOf('household', id, 2, { phone: '13966668888' })]);
    expect(seen.body.results[0]).toMatchObject({ status: 'applied', version: 3 });
    expect(seen.body.results[0]!.conflicts).toBeUndefined();
    expect(await conflictsOf(id)).toEqual([]);
  });

  it('never reports a device clashing with itself (create and patches queued offline)', async () => {
    const create = createOf('resident', aResident({ householdId: await freshHousehold(), name: '离线' }));
    const res = await workerPhone.push([
      create,
      patchOf('resident', create.id, 1, { phone: '13700000001' }),
      patchOf('resident', create.id, 1, { phone: '13700000002', notes: '补录' }),
    ]);
    expect(res.body.results.map((r) => [r.status, r.version, r.conflicts])).toEqual([
      ['applied', 1, undefined],
      ['applied', 2, undefined],
      ['applied', 3, undefined],
    ]);
    expect(await conflictsOf(create.id)).toEqual([]);
  });

  it('clears an optional field with null', async () => {
    const id = await freshHousehold();
    const res = await workerPhone.push([patchOf('household', id, 1, { phone: null })]);
    expect(res.body.results[0]).toMatchObject({ status: 'applied', version: 2 });
    expect((await findRecord(server.db, id))!.data).not.toHaveProperty('phone');
  });

  it('validates the patch and the merged record, and refuses to move a record', async () => {
    const id = await freshHousehold();
    const otherBuilding = server.demo.buildings.filter((b) => b.gridId === server.demo.gridIds[0])[1]?.id ?? server.demo.sealedBuildingId;
    const res = await workerPhone.push([
      patchOf('household', id, 1, { phone: '123' }),
      patchOf('household', id, 1, { colour: 'blue' }),
      patchOf('household', id, 1, { status: null }),
      patchOf('household', id, 1, { buildingId: otherBuilding }),
      { ...patchOf('household', id, 1, { notes: 'x' }), baseVersion: undefined },
    ]);
    expect(res.body.results.map((r) => r.error)).toEqual([
      expect.objectContaining({ code: 'VALIDATION', fields: { phone: 'phone_or_landline_invalid' } }),
      expect.objectContaining({ code: 'VALIDATION', fields: { colour: 'unknown_field' } }),
      expect.objectContaining({ code: 'VALIDATION', fields: { status: expect.any(String) } }),
      expect.objectContaining({ code: 'VALIDATION', fields: { buildingId: 'immutable_field' } }),
      expect.objectContaining({ code: 'VALIDATION', fields: { baseVersion: 'base_version_required' } }),
    ]);
    expect((await findRecord(server.db, id))!.version).toBe(1);
  });

  it('patches a household of the secretary’s community in any grid', async () => {
    const household = (await findRecords(server.db, 'household', { gridId: server.demo.gridIds[2] }))[0]!;
    const res = await secretary.push([patchOf('household', household.id, household.version, { notes: '书记核实' })]);
    expect(res.body.results[0]).toMatchObject({ status: 'applied', version: household.version + 1 });
  });
});
