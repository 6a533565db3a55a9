import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { GridwalkDataClient } from '../../src/data/create-data-client';
import { WorkerActions } from './record-factory';
import { expectServerMatchesClient, signedInClient, startSyncWorld, syncUntilSettled, type SyncWorld } from './sync-world';

const PUSH = '/api/v1/sync/push';

let world: SyncWorld;
let client: GridwalkDataClient;
let worker: WorkerActions;

beforeAll(async () => {
  world = await startSyncWorld();
});

afterAll(async () => {
  await world.close();
});

async function freshWorker(): Promise<void> {
  client = await signedInClient(world, 'worker1');
  const user = world.server.demo.users.find((u) => u.username === 'worker1')!;
  const building = world.server.demo.buildings.find((b) => b.gridId === user.gridIds[0])!;
  worker = new WorkerActions(client, building.id);
}

afterEach(async () => {
  world.proxy.clear();
  await world.proxy.settle();
  await client.close();
});

/** A household with a resident, a visit, a patch and a voided visit: every kind of mutation. */
async function workOffline(): Promise<void> {
  const household = await worker.household();
  const resident = await worker.resident(household);
  const visit = await worker.visit(household, resident);
  await worker.patchHousehold(household, { phone: '13800138000' });
  await worker.voidVisit(visit);
  await worker.visit(household, resident, 36.8);
}

describe('the client engine against the real server through a faulty network', () => {
  it('keeps records pending through 5xx answers and sends them once when the server recovers', async () => {
    await freshWorker();
    await workOffline();
    world.proxy.inject(PUSH, { kind: 'status', status: 503 }, { kind: 'status', status: 500 });
    await client.syncNow();
    expect(client.getSyncStatus()).toMatchObject({ pending: 6, lastError: 'SERVER' });
    // The failed batch goes out in halves; the household's create, failing again alone, waits for the
    // next run, and so does everything else here: it all belongs to that household.
    await client.syncNow();
    expect(client.getSyncStatus()).toMatchObject({ pending: 6, lastError: 'SERVER' });
    expect(await client.listRejected()).toEqual([]);
    await syncUntilSettled(client);
    await expectServerMatchesClient(world, client, worker.expected);
  });

  it('does not double anything when the response is lost after the server committed', async () => {
    await freshWorker();
    await workOffline();
    world.proxy.inject(PUSH, { kind: 'drop-after-commit' });
    await client.syncNow();
    expect(client.getSyncStatus().pending).toBe(6);
    expect(client.getSyncStatus().lastError).toBe('NETWORK');
    await syncUntilSettled(client);
    await expectServerMatchesClient(world, client, worker.expected);
  });

  it('gives up on a request that hangs and retries it', async () => {
    await freshWorker();
    await workOffline();
    world.proxy.inject(PUSH, { kind: 'hang' });
    await client.syncNow();
    expect(client.getSyncStatus().lastError).toBe('TIMEOUT');
    await syncUntilSettled(client);
    await expectServerMatchesClient(world, client, worker.expected);
  });

  it('waits on 429 and succeeds afterwards', async () => {
    await freshWorker();
    await workOffline();
    world.proxy.inject(PUSH, { kind: 'status', status: 429, retryAfterSeconds: 1, code: 'TOO_MANY_REQUESTS' });
    await client.syncNow();
    expect(client.getSyncStatus()).toMatchObject({ pending: 6, lastError: 'RATE_LIMITED' });
    await syncUntilSettled(client);
    await expectServerMatchesClient(world, client, worker.expected);
  });

  it('applies a push delivered twice only once', async () => {
    await freshWorker();
    await workOffline();
    world.proxy.inject(PUSH, { kind: 'duplicate' });
    await syncUntilSettled(client);
    await expectServerMatchesClient(world, client, worker.expected);
  });

  it('ignores an old push that arrives after newer changes (reordered delivery)', async () => {
    await freshWorker();
    const household = await worker.household();
    await worker.patchHousehold(household, { phone: '13800000001' });
    world.proxy.inject(PUSH, { kind: 'late-delivery', delayMs: 1500 });
    await client.syncNow();
    expect(client.getSyncStatus().pending).toBe(2);
    await syncUntilSettled(client);
    await worker.patchHousehold(household, { phone: '13800000002' });
    await syncUntilSettled(client);
    await world.proxy.settle(); // the stale copy of the first push reaches the server now
    await expectServerMatchesClient(world, client, worker.expected);
    expect((await client.getRecord('household', household))?.phone).toBe('13800000002');
  });

  it('refreshes the session on a 401 in the middle of a sync and carries on', async () => {
    await freshWorker();
    await workOffline();
    world.proxy.inject(PUSH, { kind: 'status', status: 401, code: 'UNAUTHORIZED' });
    const before = world.proxy.log.length;
    await syncUntilSettled(client);
    const paths = world.proxy.log.slice(before).map((entry) => entry.path);
    expect(paths).toContain('/api/v1/auth/refresh');
    expect(client.getSessionState()).toMatchObject({ status: 'signed_in', reauthRequired: false });
    await expectServerMatchesClient(world, client, worker.expected);
  });

  it('keeps the outbox and asks to sign in again when the refresh token is refused', async () => {
    await freshWorker();
    await workOffline();
    world.proxy.inject(PUSH, { kind: 'status', status: 401, code: 'UNAUTHORIZED' });
    world.proxy.inject('/api/v1/auth/refresh', { kind: 'status', status: 401, code: 'UNAUTHORIZED' });
    await client.syncNow();
    expect(client.getSessionState().reauthRequired).toBe(true);
    expect(client.getSyncStatus()).toMatchObject({ phase: 'auth_required', pending: 6 });
    await client.signIn('worker1', world.server.password);
    await syncUntilSettled(client);
    await expectServerMatchesClient(world, client, worker.expected);
  });

  it('shows a rejected record without holding back the others, and sends it once fixed', async () => {
    await freshWorker();
    await workOffline();
    const otherGrid = world.server.demo.buildings.find((b) => b.gridId !== world.server.demo.users.find((u) => u.username === 'worker1')!.gridIds[0])!;
    const foreign = await client.create('household', { buildingId: otherGrid.id, unit: '1', room: '101', status: 'occupied' });
    await client.syncNow();
    const rejected = await client.listRejected();
    expect(rejected).toHaveLength(1);
    expect(rejected[0]).toMatchObject({ recordId: foreign, error: { code: 'FORBIDDEN' } });
    expect(client.getSyncStatus()).toMatchObject({ pending: 0, rejected: 1 });
    await client.discard(rejected[0]!.mutationId);
    expect(await client.getRecord('household', foreign)).toBeUndefined();
    await expectServerMatchesClient(world, client, worker.expected);
  });
});
