import { afterEach, describe, expect, it, vi } from 'vitest';
import type { StorageManagerLike } from '../../../../src/data/storage/persistent-storage';
import { FakeSyncServer } from '../support/fake-sync-server';
import { disposeClients, newClient } from '../support/test-client';

afterEach(disposeClients);

function fakeStorage(answer: boolean) {
  let granted = false;
  const storage = {
    persist: vi.fn(async () => {
      granted = answer;
      return answer;
    }),
    persisted: vi.fn(async () => granted),
    estimate: vi.fn(async () => ({ usage: 3 * 1024 * 1024, quota: 200 * 1024 * 1024 })),
  } satisfies StorageManagerLike;
  return storage;
}

describe('persistent storage', () => {
  it('is asked for after sign-in, once, and shown with the usage', async () => {
    const storage = fakeStorage(true);
    const client = newClient(new FakeSyncServer(), { storage });
    await client.session.ready;
    expect(storage.persist).not.toHaveBeenCalled();

    await client.signIn('worker1', 'secret');
    await vi.waitFor(() => expect(storage.persist).toHaveBeenCalledTimes(1));
    await vi.waitFor(async () => expect(await client.getStorageStatus()).toEqual({ persisted: true, usage: 3 * 1024 * 1024, quota: 200 * 1024 * 1024 }));

    await client.signIn('worker1', 'secret');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(storage.persist).toHaveBeenCalledTimes(1);
  });

  it('reports a refusal, and says nothing it does not know where the browser has no storage API', async () => {
    const storage = fakeStorage(false);
    const client = newClient(new FakeSyncServer(), { storage });
    await client.signIn('worker1', 'secret');
    await vi.waitFor(() => expect(storage.persist).toHaveBeenCalled());
    await vi.waitFor(async () => expect((await client.getStorageStatus()).persisted).toBe(false));

    const bare = newClient(new FakeSyncServer(), { storage: null });
    await bare.signIn('worker1', 'secret');
    expect(await bare.getStorageStatus()).toEqual({ persisted: null, usage: null, quota: null });
  });
});
