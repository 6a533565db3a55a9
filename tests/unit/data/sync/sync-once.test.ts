import { afterEach, describe, expect, it } from 'vitest';
import { inProcessLock, syncLockName } from '../../../../src/data/sync/lock';
import { runSyncExclusive } from '../../../../src/data/sync/sync-once';
import { aHousehold } from '../../../fixtures/domain-records';
import { disposeClients, signedInClient } from '../support/test-client';

afterEach(disposeClients);

describe('runSyncExclusive (service worker background sync)', () => {
  it('sends what the page saved, using the stored session', async () => {
    const { client, server } = await signedInClient();
    const id = await client.create('household', aHousehold());
    await client.close();

    const result = await runSyncExclusive({ baseUrl: 'http://gridwalk.test', dbName: client.db.name, fetch: server.fetch, lock: inProcessLock });

    expect(result.status).toBe('done');
    expect(server.records.has(id)).toBe(true);
  });

  it('stands aside while the page holds the sync lock', async () => {
    const { client, server } = await signedInClient();
    await client.create('household', aHousehold());
    let release!: () => void;
    const held = inProcessLock(syncLockName(client.db.name), () => new Promise<void>((resolve) => (release = resolve)));

    const result = await runSyncExclusive({ baseUrl: 'http://gridwalk.test', dbName: client.db.name, fetch: server.fetch, lock: inProcessLock });

    expect(result).toEqual({ status: 'busy' });
    expect(server.requests('push')).toHaveLength(0);
    release();
    await held;
  });
});
