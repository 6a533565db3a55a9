/**
 * Remote wipe end to end (issue 18), the real client data layer against the real server: the
 * secretary finds a worker's phone among the community's signed-in phones and signs it out; at its
 * next sync the worker's phone wipes everything (its unsent changes never reach the server) and says
 * how many were lost; the worker can sign in again. An account the secretary ends wipes its phone too.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GridwalkDataClient } from '../../src/data/create-data-client';
import { getMeta } from '../../src/data/db/meta-store';
import { aHousehold } from '../fixtures/domain-records';
import { serverRecords, signedInClient, startSyncWorld, syncUntilSettled, type SyncWorld } from './sync-world';

let world: SyncWorld;

beforeAll(async () => {
  world = await startSyncWorld();
});

afterAll(async () => {
  await world.close();
});

async function rowsOnPhone(client: GridwalkDataClient): Promise<number> {
  const counts = await Promise.all(client.db.tables.filter((table) => table.name !== 'meta').map((table) => table.count()));
  return counts.reduce((a, b) => a + b, 0);
}

describe('remote wipe against the real server', () => {
  it('"Sign out this phone" from the office wipes the worker’s phone at its next sync, its unsent changes lost', async () => {
    const worker = await signedInClient(world, 'worker1');
    await syncUntilSettled(worker);
    expect(await rowsOnPhone(worker)).toBeGreaterThan(0);
    const deviceId = await getMeta(worker.db, 'deviceId');

    const secretary = await signedInClient(world, 'secretary1');
    const phones = await secretary.listCommunityPhones(world.server.demo.communityId);
    const listed = phones.find((p) => p.deviceId === deviceId);
    expect(listed).toMatchObject({ role: 'grid_worker', current: false });
    expect(listed!.lastSyncAt).not.toBeNull();

    const buildingId = world.server.demo.buildings.find((b) => b.gridId === world.server.demo.gridIds[0])!.id;
    const unsent = [
      await worker.create('household', aHousehold({ buildingId, unit: '9', room: '901' })),
      await worker.create('household', aHousehold({ buildingId, unit: '9', room: '902' })),
    ];
    await secretary.signOutPhone(listed!.sessionId);
    expect((await secretary.listCommunityPhones(world.server.demo.communityId)).some((p) => p.sessionId === listed!.sessionId)).toBe(false);

    await worker.syncNow();

    expect(worker.getSessionState()).toMatchObject({ status: 'signed_out', wiped: { reason: 'session_revoked', lostUnsent: 2 } });
    expect(await rowsOnPhone(worker)).toBe(0);
    expect(await getMeta(worker.db, 'deviceId')).toBe(deviceId);
    expect(await serverRecords(world, unsent)).toEqual([]);

    await worker.signIn('worker1', world.server.password);
    await syncUntilSettled(worker);
    expect(worker.getSessionState()).toMatchObject({ status: 'signed_in' });
    expect(worker.getSessionState().wiped).toBeUndefined();
    expect(await rowsOnPhone(worker)).toBeGreaterThan(0);
  });

  it('an account the secretary ends wipes its phone, saying the account ended', async () => {
    const worker = await signedInClient(world, 'worker2');
    await syncUntilSettled(worker);
    const secretary = await signedInClient(world, 'secretary1');
    const person = (await secretary.listPeople()).find((p) => p.username === 'worker2');
    await secretary.endPerson(person!.id);

    await worker.syncNow();

    expect(worker.getSessionState()).toMatchObject({ status: 'signed_out', wiped: { reason: 'account_ended', lostUnsent: 0 } });
    expect(await rowsOnPhone(worker)).toBe(0);
  });
});
