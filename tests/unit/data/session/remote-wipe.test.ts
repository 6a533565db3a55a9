/**
 * Remote wipe on the phone (issue 18): when a push, pull or refresh answers SESSION_REVOKED (this
 * device was signed out from the office or another device) or ACCOUNT_ENDED (the account ended or was
 * disabled), everything personal is wiped at once — records, outbox, unreadable records, session,
 * cursor, the runtime caches of API answers — the deviceId is kept, and the session says signed out
 * with why and how many unsent changes were lost, until the next sign-in.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CacheStorageLike } from '../../../../src/data/session/clear-caches';
import { getMeta, setMeta } from '../../../../src/data/db/meta-store';
import { remoteWipe } from '../../../../src/data/session/remote-wipe';
import type { GridwalkDataClient } from '../../../../src/data/create-data-client';
import { aHousehold } from '../../../fixtures/domain-records';
import { FakeSyncServer } from '../support/fake-sync-server';
import { disposeClients, newClient, signedInClient } from '../support/test-client';

afterEach(disposeClients);

const refusal = (code: string) => ({ kind: 'response', status: 401, body: { error: { code, message: code } } }) as const;
const revoked = refusal('SESSION_REVOKED');
const ended = refusal('ACCOUNT_ENDED');

const PRECACHE = 'workbox-precache-v2-https://gridwalk.example/';

function fakeCaches(names: string[]): CacheStorageLike & { names: Set<string> } {
  const set = new Set(names);
  return { names: set, keys: async () => [...set], delete: async (name) => set.delete(name) };
}

/** Rows left in every table but meta, and the meta keys left. */
async function leftOnPhone(client: GridwalkDataClient): Promise<{ rows: number; meta: string[] }> {
  const tables = client.db.tables.filter((table) => table.name !== 'meta');
  const counts = await Promise.all(tables.map((table) => table.count()));
  const meta = (await client.db.meta.toCollection().primaryKeys()).map(String).sort();
  return { rows: counts.reduce((a, b) => a + b, 0), meta };
}

describe('remote wipe', () => {
  it('a push answered SESSION_REVOKED wipes everything at once, keeps the deviceId, and reports the unsent changes lost', async () => {
    const caches = fakeCaches([PRECACHE, 'api-responses']);
    const { client, server } = await signedInClient({ caches });
    await client.create('household', aHousehold());
    await client.syncNow();
    const deviceId = await getMeta(client.db, 'deviceId');
    await client.create('household', aHousehold({ room: '502' }));
    await client.create('household', aHousehold({ room: '503' }));
    server.fail('push', revoked);

    await client.syncNow();

    expect(client.getSessionState()).toEqual({
      status: 'signed_out',
      user: null,
      reauthRequired: false,
      wiped: { reason: 'session_revoked', lostUnsent: 2, wipedAt: expect.any(String) },
    });
    expect(await leftOnPhone(client)).toEqual({ rows: 0, meta: ['deviceId', 'wipeNotice'] });
    expect(await getMeta(client.db, 'deviceId')).toBe(deviceId);
    expect([...caches.names]).toEqual([PRECACHE]);
    expect(server.requests('refresh')).toHaveLength(0);
    expect(client.getSyncStatus()).toMatchObject({ pending: 0, rejected: 0, lastSyncAt: null });
    // Nothing more is asked of the server.
    const before = server.log.length;
    await client.syncNow();
    await expect(client.listPeople()).rejects.toThrow();
    expect(server.log).toHaveLength(before);
  });

  it('tells the app once when a session it had signed in is wiped (the page reloads), not for a plain sign-out', async () => {
    const onRemoteWipe = vi.fn();
    const { client, server } = await signedInClient({ onRemoteWipe });
    await client.create('household', aHousehold());
    server.fail('push', revoked);

    await client.syncNow();
    await client.syncNow();

    expect(onRemoteWipe).toHaveBeenCalledTimes(1);
    const signingOut = vi.fn();
    const { client: other } = await signedInClient({ onRemoteWipe: signingOut });
    await other.signOut();
    expect(signingOut).not.toHaveBeenCalled();
  });

  it('does not tell the app about a wipe notice already there when it starts', async () => {
    const { client, server } = await signedInClient();
    server.fail('push', revoked);
    await client.create('household', aHousehold());
    await client.syncNow();
    expect(client.getSessionState().wiped).toBeDefined();
    const dbName = client.db.name;
    await client.close();

    const onRemoteWipe = vi.fn();
    const reopened = newClient(server, { dbName, onRemoteWipe });
    await expect.poll(() => reopened.getSessionState().wiped).toBeDefined();
    expect(onRemoteWipe).not.toHaveBeenCalled();
  });

  it('wipes nothing when the stored session is no longer the refused one (signed in again; a stale copy refused later)', async () => {
    const { client } = await signedInClient();
    await client.create('household', aHousehold());
    const stored = await getMeta(client.db, 'session');
    if (!stored) throw new Error('not signed in');

    expect(await remoteWipe(client.db, 'session_revoked', `${stored.refreshToken}-older`, new Date().toISOString())).toBeNull();

    expect((await leftOnPhone(client)).rows).toBeGreaterThan(0);
    expect(await getMeta(client.db, 'session')).toEqual(stored);
    expect(await getMeta(client.db, 'wipeNotice')).toBeUndefined();
    // The refused session itself is wiped.
    expect(await remoteWipe(client.db, 'session_revoked', stored.refreshToken, new Date().toISOString())).toMatchObject({ lostUnsent: 1 });
    expect((await leftOnPhone(client)).rows).toBe(0);
  });

  it('a pull answered ACCOUNT_ENDED wipes the same, the reason "account ended", none lost when all was sent', async () => {
    const { client, server } = await signedInClient();
    await client.create('household', aHousehold());
    await client.syncNow();
    expect(await client.db.outbox.count()).toBe(0);
    server.fail('pull', ended);

    await client.syncNow();

    expect(client.getSessionState().wiped).toMatchObject({ reason: 'account_ended', lostUnsent: 0 });
    expect((await leftOnPhone(client)).rows).toBe(0);
    expect(client.getSyncStatus().lastError).toBe('ACCOUNT_ENDED');
  });

  it('a refresh answered SESSION_REVOKED wipes too', async () => {
    const { client, server } = await signedInClient();
    await client.create('household', aHousehold());
    server.expireAccessTokens();
    server.fail('refresh', revoked);
    await client.syncNow();
    expect(server.log.map((r) => `${r.route}:${r.status}`)).toEqual(['login:200', 'push:401', 'refresh:401']);
    expect(client.getSessionState().wiped).toMatchObject({ reason: 'session_revoked', lostUnsent: 1 });
    expect((await leftOnPhone(client)).rows).toBe(0);
  });

  it('a refused refresh that is not a revocation only asks to sign in again: nothing is wiped', async () => {
    const { client, server } = await signedInClient();
    await client.create('household', aHousehold());
    server.expireAccessTokens();
    server.fail('refresh', refusal('UNAUTHORIZED'));
    await client.syncNow();
    expect(client.getSessionState()).toMatchObject({ status: 'signed_in', reauthRequired: true });
    expect(client.getSessionState().wiped).toBeUndefined();
    expect(await client.db.outbox.count()).toBe(1);
  });

  it('the notice is kept across a reload; a new sign-in clears it and syncs again', async () => {
    const server = new FakeSyncServer();
    const { client } = await signedInClient({}, server);
    await client.create('household', aHousehold());
    server.fail('push', ended);
    await client.syncNow();
    const dbName = client.db.name;
    await client.close();

    const reopened = newClient(server, { dbName });
    await reopened.session.ready;
    expect(reopened.getSessionState()).toMatchObject({ status: 'signed_out', wiped: { reason: 'account_ended', lostUnsent: 1 } });

    await reopened.signIn('worker1', 'secret');
    expect(reopened.getSessionState()).toEqual({ status: 'signed_in', user: expect.objectContaining({ username: 'worker1' }), reauthRequired: false });
    expect(await getMeta(reopened.db, 'wipeNotice')).toBeUndefined();
    await reopened.syncNow();
    expect(reopened.getSyncStatus()).toMatchObject({ phase: 'idle', lastError: null });
  });

  it('a session an earlier version marked accountEnded (its data kept) is wiped when loaded', async () => {
    const server = new FakeSyncServer();
    const { client } = await signedInClient({}, server);
    await client.create('household', aHousehold());
    const stored = await getMeta(client.db, 'session');
    await setMeta(client.db, 'session', { ...stored!, accountEnded: true });
    const dbName = client.db.name;
    await client.close();

    const reopened = newClient(server, { dbName });
    await reopened.session.ready;
    expect(reopened.getSessionState()).toMatchObject({ status: 'signed_out', wiped: { reason: 'account_ended', lostUnsent: 1 } });
    expect((await leftOnPhone(reopened)).rows).toBe(0);
  });
});
