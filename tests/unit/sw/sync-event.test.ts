import { afterEach, describe, expect, it, vi } from 'vitest';
import { BACKGROUND_SYNC_TAG } from '../../../src/data/sync/background-sync';
import { handleSyncEvent, syncFromWorker, type SyncEventLike } from '../../../src/sw/sync-event';
import { isSkipWaitingMessage } from '../../../src/sw/update-messages';
import { aHousehold } from '../../fixtures/domain-records';
import { disposeClients, signedInClient } from '../data/support/test-client';

afterEach(disposeClients);

function syncEvent(tag: string) {
  const waits: Promise<unknown>[] = [];
  const event = { tag, waitUntil: (promise: Promise<unknown>) => waits.push(promise) } as unknown as SyncEventLike;
  return { event, waits };
}

describe('service worker: Background Sync', () => {
  it('pushes what the page saved when the browser fires gridwalk-sync', async () => {
    const { client, server } = await signedInClient();
    const id = await client.create('household', aHousehold());
    await client.close();

    const { event, waits } = syncEvent(BACKGROUND_SYNC_TAG);
    handleSyncEvent(event, { baseUrl: 'http://gridwalk.test', dbName: client.db.name, fetch: server.fetch });

    expect(waits).toHaveLength(1);
    await waits[0];
    expect(server.records.has(id)).toBe(true);
  });

  it('ignores other tags', () => {
    const { event, waits } = syncEvent('something-else');
    handleSyncEvent(event, { baseUrl: 'http://gridwalk.test' });
    expect(waits).toHaveLength(0);
  });

  it('fails the event while offline so the browser tries again later, and settles when there is nothing it can do', async () => {
    const { client } = await signedInClient();
    await client.create('household', aHousehold());
    await client.close();
    const offline = vi.fn(async () => Promise.reject(new TypeError('fetch failed')));

    await expect(syncFromWorker({ baseUrl: 'http://gridwalk.test', dbName: client.db.name, fetch: offline })).rejects.toMatchObject({ code: 'NETWORK' });

    const unauthorised = vi.fn(async () => new Response(JSON.stringify({ error: { code: 'UNAUTHORIZED', message: 'no' } }), { status: 401 }));
    await expect(syncFromWorker({ baseUrl: 'http://gridwalk.test', dbName: client.db.name, fetch: unauthorised })).resolves.toBeUndefined();
  });
});

describe('service worker: update messages', () => {
  it('recognises only {type: "SKIP_WAITING"}', () => {
    expect(isSkipWaitingMessage({ type: 'SKIP_WAITING' })).toBe(true);
    expect(isSkipWaitingMessage('SKIP_WAITING')).toBe(false);
    expect(isSkipWaitingMessage({ type: 'OTHER' })).toBe(false);
    expect(isSkipWaitingMessage(null)).toBe(false);
  });
});
