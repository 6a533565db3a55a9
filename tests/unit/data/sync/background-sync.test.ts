import { afterEach, describe, expect, it, vi } from 'vitest';
import { BACKGROUND_SYNC_TAG, type ServiceWorkerReadyLike } from '../../../../src/data/sync/background-sync';
import { aHousehold } from '../../../fixtures/domain-records';
import { FakeSyncServer } from '../support/fake-sync-server';
import { disposeClients, newClient, signedInClient } from '../support/test-client';

afterEach(disposeClients);

function serviceWorkerWithSync() {
  const register = vi.fn(async (_tag: string) => undefined);
  const container: ServiceWorkerReadyLike = { ready: Promise.resolve({ sync: { register } }) };
  return { container, register };
}

describe('Background Sync registration', () => {
  it('registers the gridwalk-sync tag when a record is saved for sending', async () => {
    const { container, register } = serviceWorkerWithSync();
    const { client } = await signedInClient({ serviceWorker: container });
    expect(register).not.toHaveBeenCalled();

    await client.create('household', aHousehold());

    await vi.waitFor(() => expect(register).toHaveBeenCalledWith(BACKGROUND_SYNC_TAG));
    expect(BACKGROUND_SYNC_TAG).toBe('gridwalk-sync');
  });

  it('registers at start when mutations from an earlier visit are still pending', async () => {
    const server = new FakeSyncServer();
    const { client } = await signedInClient({}, server);
    await client.create('household', aHousehold());
    const dbName = client.db.name;
    await client.close();

    const { container, register } = serviceWorkerWithSync();
    newClient(server, { dbName, serviceWorker: container });

    await vi.waitFor(() => expect(register).toHaveBeenCalledWith(BACKGROUND_SYNC_TAG));
  });

  it('saves normally where the browser has no Background Sync', async () => {
    const container: ServiceWorkerReadyLike = { ready: Promise.resolve({}) };
    const { client } = await signedInClient({ serviceWorker: container });
    const id = await client.create('household', aHousehold());
    expect(await client.getRecord('household', id)).toMatchObject({ _sync: 'pending' });
  });
});
