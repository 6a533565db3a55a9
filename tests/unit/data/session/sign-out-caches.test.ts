import { afterEach, describe, expect, it } from 'vitest';
import type { CacheStorageLike } from '../../../../src/data/session/clear-caches';
import { ENTITY_NAMES } from '../../../../src/domain/entities/registry';
import { aHousehold } from '../../../fixtures/domain-records';
import { disposeClients, signedInClient } from '../support/test-client';

afterEach(disposeClients);

/** Cache Storage with a few named caches. */
function fakeCaches(names: string[]): CacheStorageLike & { names: Set<string> } {
  const set = new Set(names);
  return {
    names: set,
    keys: async () => [...set],
    delete: async (name) => set.delete(name),
  };
}

const PRECACHE = 'workbox-precache-v2-https://gridwalk.example/';

describe('sign-out and Cache Storage', () => {
  it('deletes every runtime cache and keeps only the app-shell precache, after wiping IndexedDB', async () => {
    const caches = fakeCaches([PRECACHE, 'api-responses', 'gridwalk-images']);
    const { client } = await signedInClient({ caches });
    await client.create('household', aHousehold());
    await client.syncNow();

    const result = await client.signOut();

    expect(result).toEqual({ signedOut: true, unsent: 0 });
    expect([...caches.names]).toEqual([PRECACHE]);
    const counts = await Promise.all([...ENTITY_NAMES.map((e) => client.db.records(e).count()), client.db.outbox.count()]);
    expect(counts.every((n) => n === 0)).toBe(true);
  });

  it('touches no cache while it refuses because records are unsent', async () => {
    const caches = fakeCaches([PRECACHE, 'api-responses']);
    const { client } = await signedInClient({ caches });
    await client.create('household', aHousehold());

    expect(await client.signOut()).toEqual({ signedOut: false, unsent: 1 });
    expect([...caches.names]).toEqual([PRECACHE, 'api-responses']);

    expect(await client.signOut({ force: true })).toEqual({ signedOut: true, unsent: 1 });
    expect([...caches.names]).toEqual([PRECACHE]);
  });
});
