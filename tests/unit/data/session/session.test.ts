import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../../src/data';
import { getMeta } from '../../../../src/data/db/meta-store';
import { SignInBlockedError } from '../../../../src/data/session/session-manager';
import { ENTITY_NAMES } from '../../../../src/domain/entities/registry';
import { aHousehold, aResident, sampleIds } from '../../../fixtures/domain-records';
import { FakeSyncServer, testUser } from '../support/fake-sync-server';
import { disposeClients, newClient, signedInClient } from '../support/test-client';

afterEach(disposeClients);

async function allRecordCount(client: Awaited<ReturnType<typeof signedInClient>>['client']): Promise<number> {
  const counts = await Promise.all(ENTITY_NAMES.map((e) => client.db.records(e).count()));
  return counts.reduce((a, b) => a + b, 0);
}

describe('session', () => {
  it('starts signed out, and refuses wrong credentials', async () => {
    const client = newClient(new FakeSyncServer());
    await client.session.ready;
    expect(client.getSessionState()).toEqual({ status: 'signed_out', user: null, reauthRequired: false });
    const error = await client.signIn('worker1', 'wrong').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 401, code: 'INVALID_CREDENTIALS' });
    expect(client.getSessionState().status).toBe('signed_out');
  });

  it('reopens offline with the stored session after the access token expired, and keeps working', async () => {
    let clock = Date.parse('2026-11-25T08:00:00Z');
    const { client, server } = await signedInClient({ now: () => clock });
    server.serverWrite('resident', sampleIds.resident, aResident());
    await client.syncNow();
    const dbName = client.db.name;
    await client.close();

    clock += 3 * 24 * 3600 * 1000;
    const offline = newClient(new FakeSyncServer(), {
      dbName,
      now: () => clock,
      fetch: async () => Promise.reject(new TypeError('fetch failed')),
    });
    await offline.session.ready;

    expect(offline.getSessionState()).toEqual({ status: 'signed_in', user: testUser, reauthRequired: false });
    expect(await offline.getRecord('resident', sampleIds.resident)).toMatchObject({ name: '张三' });
    const id = await offline.create('household', aHousehold());
    await offline.syncNow();
    expect(offline.getSyncStatus()).toMatchObject({ phase: 'offline', lastError: 'NETWORK', pending: 1 });
    expect(offline.getSessionState().reauthRequired).toBe(false);
    expect(await offline.getRecord('household', id)).toMatchObject({ _sync: 'pending' });
  });

  it('keeps one deviceId for the installation, across sign-outs', async () => {
    const { client, server } = await signedInClient();
    await client.signOut();
    await client.signIn('worker1', 'secret');
    const [first, second] = server.requests('login').map((r) => (r.body as { deviceId: string }).deviceId);
    expect(first).toBeTruthy();
    expect(second).toBe(first);
    expect(await getMeta(client.db, 'deviceId')).toBe(first);
  });
});

describe('sign-out', () => {
  it('refuses while changes are unsent (pending or rejected) and keeps everything', async () => {
    const { client, server } = await signedInClient();
    server.reject = () => ({ code: 'FORBIDDEN', message: 'no' });
    await client.create('household', aHousehold());
    await client.syncNow();
    await client.create('household', aHousehold({ room: '2' }));

    await expect(client.signOut()).resolves.toEqual({ signedOut: false, unsent: 2 });
    expect(client.getSessionState().status).toBe('signed_in');
    expect(await client.db.outbox.count()).toBe(2);
    expect(await allRecordCount(client)).toBe(2);
    expect(server.requests('logout')).toHaveLength(0);
  });

  it('with force: revokes the token and deletes all personal data but the deviceId', async () => {
    const { client, server } = await signedInClient();
    server.serverWrite('resident', sampleIds.resident, aResident());
    await client.syncNow();
    await client.create('household', aHousehold());
    const deviceId = await getMeta(client.db, 'deviceId');

    await expect(client.signOut({ force: true })).resolves.toEqual({ signedOut: true, unsent: 1 });

    expect(server.requests('logout').map((r) => r.body)).toEqual([{ refreshToken: 'refresh-1' }]);
    expect(client.getSessionState()).toEqual({ status: 'signed_out', user: null, reauthRequired: false });
    expect(await allRecordCount(client)).toBe(0);
    expect(await client.db.outbox.count()).toBe(0);
    expect((await client.db.meta.toArray()).map((r) => r.key)).toEqual(['deviceId']);
    expect(await getMeta(client.db, 'deviceId')).toBe(deviceId);
    expect(client.getSyncStatus()).toMatchObject({ pending: 0, rejected: 0, lastSyncAt: null });
  });

  it('a sync run in flight during sign-out writes nothing back and reports no error', async () => {
    const { client, server } = await signedInClient();
    server.serverWrite('resident', sampleIds.resident, aResident());
    let open!: () => void;
    server.gate.pull = new Promise<void>((resolve) => (open = resolve));
    const run = client.syncNow();
    await vi.waitFor(() => expect(server.requests('pull')).toHaveLength(1));

    await client.signOut();
    open();
    await run;

    expect(await allRecordCount(client)).toBe(0);
    expect((await client.db.meta.toArray()).map((r) => r.key)).toEqual(['deviceId']);
    expect(client.getSessionState().status).toBe('signed_out');
    expect(client.getSyncStatus()).toMatchObject({ phase: 'idle', lastError: null });
  });

  it('signs out offline too (revocation is best effort)', async () => {
    const { client, server } = await signedInClient();
    server.fail('logout', { kind: 'network' });
    await expect(client.signOut()).resolves.toEqual({ signedOut: true, unsent: 0 });
    expect(client.getSessionState().status).toBe('signed_out');
    expect(await getMeta(client.db, 'session')).toBeUndefined();
  });

  it("another user cannot sign in over a previous user's unsent changes; without them the old data is cleared", async () => {
    const { client, server } = await signedInClient();
    server.serverWrite('resident', sampleIds.resident, aResident());
    await client.syncNow();
    await client.create('household', aHousehold());
    server.expireAccessTokens();
    server.revokeRefreshTokens();
    await client.syncNow();
    expect(client.getSessionState().reauthRequired).toBe(true);

    await expect(client.signIn('worker2', 'secret')).rejects.toBeInstanceOf(SignInBlockedError);
    expect(client.getSessionState().user?.username).toBe('worker1');

    await client.db.outbox.clear();
    await client.signIn('worker2', 'secret');
    expect(client.getSessionState().user?.username).toBe('worker2');
    expect(await allRecordCount(client)).toBe(0);
    expect(await getMeta(client.db, 'pullCursor')).toBeUndefined();
  });
});
