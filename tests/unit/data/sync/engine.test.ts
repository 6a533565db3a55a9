import { afterEach, describe, expect, it, vi } from 'vitest';
import { backoffDelay } from '../../../../src/data/sync/backoff';
import { inProcessLock, webLock, type LockManagerLike } from '../../../../src/data/sync/lock';
import type { PushRequest } from '../../../../src/domain/sync-protocol';
import { aHousehold } from '../../../fixtures/domain-records';
import { FakeSyncServer } from '../support/fake-sync-server';
import { disposeClients, FakeTimers, newClient, signedInClient } from '../support/test-client';

afterEach(disposeClients);

const serverError = { kind: 'response', status: 503 } as const;

describe('backoff', () => {
  it('grows exponentially up to the cap, with full jitter, and never undercuts Retry-After', () => {
    const top = () => 0.999999;
    expect([0, 1, 2, 3, 10, 20].map((n) => backoffDelay(n, undefined, { baseMs: 1000, capMs: 300_000, random: top }))).toEqual([
      999, 1999, 3999, 7999, 299_999, 299_999,
    ]);
    expect(backoffDelay(5, undefined, { random: () => 0 })).toBe(0);
    expect(backoffDelay(0, 45_000, { baseMs: 1000, random: top })).toBe(45_000);
  });
});

describe('sync engine', () => {
  it('retries 5xx with growing backoff and clears the error once the server answers', async () => {
    const timers = new FakeTimers();
    const { client, server } = await signedInClient({ timers, backoff: { baseMs: 1000 }, random: () => 0.5 });
    await client.create('household', aHousehold());
    server.fail('push', serverError, serverError, serverError);

    client.start();
    await vi.waitFor(() => expect(timers.delays()).toEqual([500]));
    expect(client.getSyncStatus()).toMatchObject({ phase: 'error', lastError: 'SERVER', pending: 1 });
    timers.fire(500);
    await vi.waitFor(() => expect(timers.delays()).toEqual([1000]));
    timers.fire(1000);
    await vi.waitFor(() => expect(timers.delays()).toEqual([2000]));
    timers.fire(2000);

    await vi.waitFor(() => expect(timers.delays()).toEqual([60_000]));
    expect(client.getSyncStatus()).toMatchObject({ phase: 'idle', lastError: null, pending: 0 });
    expect(server.records.size).toBe(1);
  });

  it('waits at least Retry-After after 429, even when a local write asks for a sync sooner', async () => {
    const timers = new FakeTimers();
    let clock = 1_000_000;
    const { client, server } = await signedInClient({ timers, now: () => clock, random: () => 0.5 });
    await client.create('household', aHousehold({ room: '1' }));
    server.fail('push', { kind: 'response', status: 429, headers: { 'retry-after': '30' } });

    client.start();
    await vi.waitFor(() => expect(timers.delays()).toEqual([30_000]));
    expect(client.getSyncStatus()).toMatchObject({ phase: 'error', lastError: 'RATE_LIMITED' });

    clock += 5_000;
    await client.create('household', aHousehold({ room: '2' }));
    timers.fire(1_000);
    expect(timers.delays()).toEqual([25_000]);
    expect(server.requests('push')).toHaveLength(1);

    timers.fire(25_000);
    await vi.waitFor(() => expect(server.records.size).toBe(2));
  });

  it('goes offline on network errors and syncs as soon as the browser is back online', async () => {
    const win = new EventTarget();
    const timers = new FakeTimers();
    const { client, server } = await signedInClient({ timers, env: { window: win } });
    await client.create('household', aHousehold());
    server.fail('push', { kind: 'network' });
    client.start();
    await vi.waitFor(() => expect(client.getSyncStatus()).toMatchObject({ phase: 'offline', online: false, lastError: 'NETWORK' }));

    win.dispatchEvent(new Event('online'));
    await vi.waitFor(() => expect(client.getSyncStatus()).toMatchObject({ phase: 'idle', online: true, pending: 0 }));
    expect(server.records.size).toBe(1);
  });

  it('does not try the network while the browser says it is offline', async () => {
    const win = new EventTarget();
    let online = false;
    const server = new FakeSyncServer();
    const client = newClient(server, { env: { window: win }, isOnline: () => online, timers: new FakeTimers() });
    online = true;
    await client.signIn('worker1', 'secret');
    online = false;
    win.dispatchEvent(new Event('offline'));
    await client.syncNow();
    expect(server.log.map((r) => r.route)).toEqual(['login']);
    expect(client.getSyncStatus()).toMatchObject({ phase: 'offline', online: false });
  });

  it('syncs when the page becomes visible, on a timer, and shortly after writes (one run for a burst)', async () => {
    const timers = new FakeTimers();
    const doc = Object.assign(new EventTarget(), { visibilityState: 'hidden' });
    const { client, server } = await signedInClient({ timers, env: { document: doc } });
    client.start();
    await vi.waitFor(() => expect(timers.delays()).toEqual([60_000]));
    expect(server.requests('pull')).toHaveLength(1);

    doc.visibilityState = 'visible';
    doc.dispatchEvent(new Event('visibilitychange'));
    await vi.waitFor(() => expect(server.requests('pull')).toHaveLength(2));

    timers.fire(60_000);
    await vi.waitFor(() => expect(server.requests('pull')).toHaveLength(3));

    await vi.waitFor(() => expect(timers.delays()).toEqual([60_000]));
    for (const room of ['1', '2', '3']) await client.create('household', aHousehold({ room }));
    expect(timers.delays()).toEqual([60_000, 1_000]);
    timers.fire(1_000);
    await vi.waitFor(() => expect(server.records.size).toBe(3));
    expect(server.requests('push').map((r) => (r.body as PushRequest).mutations.length)).toEqual([3]);
  });

  it('stop() removes its timers and listeners', async () => {
    const timers = new FakeTimers();
    const win = new EventTarget();
    const { client, server } = await signedInClient({ timers, env: { window: win } });
    client.start();
    await vi.waitFor(() => expect(timers.delays()).toEqual([60_000]));
    await client.create('household', aHousehold());
    client.stop();
    expect(timers.scheduled).toEqual([]);
    win.dispatchEvent(new Event('online'));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(server.requests('push')).toHaveLength(0);
  });

  it('runs one sync at a time; a call during a run gets one more full run, which sends writes made meanwhile', async () => {
    const { client, server } = await signedInClient();
    await client.create('household', aHousehold({ room: '1' }));
    const first = client.syncNow();
    const late = await client.create('household', aHousehold({ room: '2' }));
    const second = client.syncNow();
    await Promise.all([first, second, client.syncNow()]);

    expect(server.maxConcurrent).toBe(1);
    expect(server.records.has(late)).toBe(true);
    expect(server.requests('pull').length).toBeLessThanOrEqual(2);
  });

  it('two clients on the same database do not sync at the same time', async () => {
    const server = new FakeSyncServer();
    const dbName = `shared-${crypto.randomUUID()}`;
    const tabA = newClient(server, { dbName });
    await tabA.signIn('worker1', 'secret');
    await tabA.create('household', aHousehold());
    const tabB = newClient(server, { dbName });
    await tabB.session.ready;
    expect(tabB.getSessionState().status).toBe('signed_in');
    await Promise.all([tabA.syncNow(), tabB.syncNow()]);
    expect(server.maxConcurrent).toBe(1);
    expect(server.requests('push')).toHaveLength(1);
    expect(server.records.size).toBe(1);
  });
});

describe('sync locks', () => {
  it('the in-process lock skips a task while another holds the same name', async () => {
    let release!: () => void;
    const held = inProcessLock('a', () => new Promise<string>((resolve) => (release = () => resolve('done'))));
    await expect(inProcessLock('a', async () => 'second')).resolves.toEqual({ acquired: false });
    await expect(inProcessLock('b', async () => 'other')).resolves.toEqual({ acquired: true, value: 'other' });
    release();
    await expect(held).resolves.toEqual({ acquired: true, value: 'done' });
    await expect(inProcessLock('a', async () => 'again')).resolves.toEqual({ acquired: true, value: 'again' });
  });

  it('Web Locks are requested with ifAvailable and a held lock skips the run', async () => {
    const held = new Set<string>();
    const locks: LockManagerLike = {
      async request(name, options, callback) {
        expect(options).toEqual({ ifAvailable: true });
        if (held.has(name)) return callback(null);
        held.add(name);
        try {
          return await callback({ name });
        } finally {
          held.delete(name);
        }
      },
    };
    const run = webLock(locks);
    held.add('gridwalk-sync:x');
    await expect(run('gridwalk-sync:x', async () => 1)).resolves.toEqual({ acquired: false });
    await expect(run('gridwalk-sync:y', async () => 2)).resolves.toEqual({ acquired: true, value: 2 });
  });
});
