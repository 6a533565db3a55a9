/**
 * The secretary's desk on the server (issue 12), what the server writes itself: a same-field clash as
 * a `conflict` record and each phone's last push and pull as a `device_sync` record, both reaching the
 * secretary's pull through the change feed and nobody else's.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Change } from '../../src/domain/sync-protocol';
import type { Database } from '../../src/server/db/database';
import type { UserRow } from '../../src/server/auth/users';
import { deviceSyncId, recordDeviceSync } from '../../src/server/sync/device-sync-record';
import { startTestServer, type TestServer } from '../fixtures/server-harness';
import { createOf, findRecord, patchOf, type ApiClient } from '../fixtures/server-client';

let server: TestServer;
let workerPhone: ApiClient;
let workerTablet: ApiClient;
let volunteer: ApiClient;
let secretary: ApiClient;

beforeAll(async () => {
  server = await startTestServer();
  workerPhone = await server.api('worker1', 'worker-phone');
  workerTablet = await server.api('worker1', 'worker-tablet');
  volunteer = await server.api('volunteer1');
  secretary = await server.api('secretary1', 'secretary-pc');
});
afterAll(async () => {
  await server?.close();
});

const userId = (username: string) => server.demo.users.find((u) => u.username === username)!.id;
const ofEntity = (changes: Change[], entity: string) => changes.filter((c) => c.entity === entity);

async function userRow(username: string): Promise<UserRow> {
  const { rows } = await server.db.query<UserRow>(
    'SELECT id, username, display_name, role, community_id, grid_ids, password_hash, disabled FROM users WHERE username = $1',
    [username],
  );
  return rows[0]!;
}

/** Two phones of worker1 set the same field of a new household from version 1: the later write wins. */
async function clash(): Promise<{ householdId: string }> {
  const buildingId = server.demo.buildings.find((b) => b.gridId === server.demo.gridIds[0])!.id;
  const create = createOf('household', { buildingId, unit: '7', room: String(700 + Math.floor(Math.random() * 99)), status: 'occupied' });
  expect((await workerPhone.push([create])).body.results[0]!.status).toBe('applied');
  await workerPhone.push([patchOf('household', create.id, 1, { phone: '13911113333' })]);
  const later = await workerTablet.push([patchOf('household', create.id, 1, { phone: '13944445555' })]);
  expect(later.body.results[0]).toMatchObject({ status: 'applied', conflicts: ['phone'] });
  return { householdId: create.id };
}

describe('conflicts in the feed', () => {
  it('reach the secretary’s pull as a conflict record with both values, who and when; not the grid worker’s nor the volunteer’s', async () => {
    const before = Date.now();
    const { householdId } = await clash();
    const conflicts = ofEntity((await secretary.pullAll()).changes, 'conflict').filter((c) => c.data.recordId === householdId);
    expect(conflicts).toHaveLength(1);
    const [conflict] = conflicts;
    expect(conflict!.version).toBe(1);
    expect(conflict!.data).toMatchObject({
      entity: 'household',
      recordId: householdId,
      field: 'phone',
      serverValue: '13911113333',
      clientValue: '13944445555',
      userId: userId('worker1'),
      userName: '网格员 李娟',
      deviceId: 'worker-tablet',
      createdBy: userId('worker1'),
    });
    expect(Date.parse(String(conflict!.data.at))).toBeGreaterThanOrEqual(before - 1000);
    // It sits where the household does, and the conflicts table keeps its row as before.
    const { rows } = await server.db.query<{ grid_id: string; household_id: string }>('SELECT grid_id, household_id FROM records WHERE id = $1', [conflict!.id]);
    expect(rows[0]).toEqual({ grid_id: server.demo.gridIds[0], household_id: householdId });
    const table = await server.db.query<{ n: number | string }>('SELECT count(*) AS n FROM conflicts WHERE record_id = $1', [householdId]);
    expect(Number(table.rows[0]!.n)).toBe(1);

    expect(ofEntity((await workerPhone.pullAll()).changes, 'conflict')).toEqual([]);
    expect(ofEntity((await volunteer.pullAll()).changes, 'conflict')).toEqual([]);
  });

  it('are written too when the push is applied one mutation at a time (its batch refused by the database)', async () => {
    const buildingId = server.demo.buildings.find((b) => b.gridId === server.demo.gridIds[0])!.id;
    const create = createOf('household', { buildingId, unit: '6', room: '601', status: 'occupied' });
    await workerPhone.push([create, patchOf('household', create.id, 1, { notes: '手机' })]);
    const nul = createOf('household', { buildingId, unit: '6', room: '602', status: 'occupied', notes: 'a\u0000b' });
    const res = await workerTablet.push([patchOf('household', create.id, 1, { notes: '平板' }), nul]);
    expect(res.body.results.map((r) => [r.status, r.conflicts ?? r.error?.code])).toEqual([
      ['applied', ['notes']],
      ['rejected', 'VALIDATION'],
    ]);
    const conflicts = ofEntity((await secretary.pullAll()).changes, 'conflict').filter((c) => c.data.recordId === create.id);
    expect(conflicts.map((c) => [c.data.serverValue, c.data.clientValue])).toEqual([['手机', '平板']]);
  });

  it('the secretary marks it seen and keeps a value; what happened cannot be changed; a grid worker may not touch it', async () => {
    const { householdId } = await clash();
    const conflict = ofEntity((await secretary.pullAll()).changes, 'conflict').find((c) => c.data.recordId === householdId)!;
    const seenAt = new Date().toISOString();

    const refused = await secretary.push([
      patchOf('conflict', conflict.id, 1, { clientValue: '13900000000' }),
      patchOf('conflict', conflict.id, 1, { field: 'status', seenAt }),
    ]);
    expect(refused.body.results.map((r) => [r.error?.code, r.error?.fields])).toEqual([
      ['VALIDATION', { clientValue: 'immutable_field' }],
      ['VALIDATION', { field: 'immutable_field' }],
    ]);
    const byWorker = await workerPhone.push([patchOf('conflict', conflict.id, 1, { seenAt })]);
    expect(byWorker.body.results[0]!.error?.code).toBe('FORBIDDEN');

    const seen = await secretary.push([patchOf('conflict', conflict.id, 1, { seenAt, kept: 'earlier' })]);
    expect(seen.body.results[0]).toMatchObject({ status: 'applied', version: 2 });
    expect((await findRecord(server.db, conflict.id))!.data).toMatchObject({ seenAt, kept: 'earlier', clientValue: '13944445555' });
  });
});

describe('a conflict with an empty side', () => {
  it('is marked seen with the side kept (a patch merge drops its null value, the record stays readable)', async () => {
    const buildingId = server.demo.buildings.find((b) => b.gridId === server.demo.gridIds[0])!.id;
    const create = createOf('household', { buildingId, unit: '8', room: String(800 + Math.floor(Math.random() * 99)), status: 'occupied', phone: '13911113333' });
    expect((await workerPhone.push([create])).body.results[0]!.status).toBe('applied');
    await workerPhone.push([patchOf('household', create.id, 1, { phone: null })]);
    const later = await workerTablet.push([patchOf('household', create.id, 1, { phone: '13944445555' })]);
    expect(later.body.results[0]).toMatchObject({ status: 'applied', conflicts: ['phone'] });
    const conflict = ofEntity((await secretary.pullAll()).changes, 'conflict').find((c) => c.data.recordId === create.id)!;
    expect(conflict.data).toMatchObject({ serverValue: null, clientValue: '13944445555' });

    const seenAt = new Date().toISOString();
    const seen = await secretary.push([patchOf('conflict', conflict.id, 1, { seenAt, kept: 'later' })]);
    expect(seen.body.results[0]).toMatchObject({ status: 'applied', version: 2 });
    const pulled = ofEntity((await secretary.pullAll()).changes, 'conflict').find((c) => c.id === conflict.id)!;
    expect(pulled.data).toMatchObject({ seenAt, kept: 'later', clientValue: '13944445555' });
  });
});

describe('last sync per device', () => {
  it('a worker’s push and pull leave a device_sync record in the secretary’s pull, not in other workers’', async () => {
    const before = Date.now();
    const phone = await server.api('worker2', 'worker2-phone');
    expect((await phone.push([])).status).toBe(200);
    await phone.pullAll();
    const id = deviceSyncId(userId('worker2'), 'worker2-phone');

    const records = ofEntity((await secretary.pullAll()).changes, 'device_sync').filter((c) => c.id === id);
    expect(records).toHaveLength(1);
    const { data } = records[0]!;
    expect(data).toMatchObject({
      userId: userId('worker2'),
      userName: '网格员 王磊',
      role: 'grid_worker',
      gridIds: [server.demo.gridIds[1]],
      deviceId: 'worker2-phone',
    });
    expect(Date.parse(String(data.lastPushAt))).toBeGreaterThanOrEqual(before - 1000);
    expect(Date.parse(String(data.lastPullAt))).toBeGreaterThanOrEqual(Date.parse(String(data.lastPushAt)));
    expect(ofEntity((await workerPhone.pullAll()).changes, 'device_sync')).toEqual([]);
    expect(ofEntity((await volunteer.pullAll()).changes, 'device_sync')).toEqual([]);
  });

  it('is written at most once every 5 minutes per device and direction, keeping the other direction’s time', async () => {
    const phone = await server.api('worker3', 'worker3-phone');
    await phone.push([]);
    await phone.pull();
    const id = deviceSyncId(userId('worker3'), 'worker3-phone');
    const first = (await findRecord(server.db, id))!;
    await phone.push([]);
    await phone.pull();
    expect((await findRecord(server.db, id))!).toEqual(first);

    const later = new Date(Date.parse(String(first.data.lastPushAt)) + 6 * 60_000);
    await recordDeviceSync(server.db, await userRow('worker3'), 'worker3-phone', 'push', { now: later });
    const next = (await findRecord(server.db, id))!;
    expect(next.version).toBe(first.version + 1);
    expect(next.data).toMatchObject({ lastPushAt: later.toISOString(), lastPullAt: first.data.lastPullAt });
  });

  it('skips users without a community and never fails the request it follows (a database error is logged)', async () => {
    const user: UserRow = { ...(await userRow('worker1')), community_id: null };
    await recordDeviceSync(server.db, user, 'no-community', 'pull');
    expect(await findRecord(server.db, deviceSyncId(user.id, 'no-community'))).toBeNull();

    const broken: Database = {
      kind: 'pglite',
      query: () => Promise.reject(new Error('connection lost')),
      transaction: () => Promise.reject(new Error('connection lost')),
      close: () => Promise.resolve(),
    };
    const warn = vi.fn();
    await expect(recordDeviceSync(broken, await userRow('worker1'), 'd', 'push', { log: { warn } })).resolves.toBeUndefined();
    expect(warn).toHaveBeenCalledOnce();
  });
});
