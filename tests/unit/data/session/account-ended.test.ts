/**
 * An ended account on the phone (issue 13): when a push, pull or refresh answers ACCOUNT_ENDED the
 * session says accountEnded, sync stops (no more requests, lastError ACCOUNT_ENDED) and the outbox is
 * kept; it survives a reload; a new sign-in clears it and sync goes on.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { aHousehold } from '../../../fixtures/domain-records';
import { FakeSyncServer } from '../support/fake-sync-server';
import { disposeClients, newClient, signedInClient } from '../support/test-client';

afterEach(disposeClients);

const ended = { kind: 'response', status: 401, body: { error: { code: 'ACCOUNT_ENDED', message: 'This account has ended' } } } as const;

describe('an ended account', () => {
  it('a push answered ACCOUNT_ENDED: accountEnded, sync stops without refreshing, the outbox kept', async () => {
    const { client, server } = await signedInClient();
    await client.create('household', aHousehold());
    const queued = await client.db.outbox.toArray();
    server.fail('push', ended);

    await client.syncNow();

    expect(client.getSessionState()).toMatchObject({ status: 'signed_in', accountEnded: true, reauthRequired: false });
    expect(client.getSyncStatus()).toMatchObject({ phase: 'auth_required', lastError: 'ACCOUNT_ENDED', pending: 1 });
    expect(server.requests('refresh')).toHaveLength(0);
    expect(await client.db.outbox.toArray()).toEqual(queued);
    const before = server.log.length;
    await client.syncNow();
    expect(server.log).toHaveLength(before);
    // The people calls stop too, without asking the server.
    await expect(client.listPeople()).rejects.toThrow('account ended');
    expect(server.log).toHaveLength(before);
  });

  it('a pull answered ACCOUNT_ENDED, and a refresh answered ACCOUNT_ENDED, do the same', async () => {
    const pulled = await signedInClient();
    pulled.server.fail('pull', ended);
    await pulled.client.syncNow();
    expect(pulled.client.getSessionState().accountEnded).toBe(true);
    expect(pulled.client.getSyncStatus().lastError).toBe('ACCOUNT_ENDED');

    const refreshed = await signedInClient();
    refreshed.server.expireAccessTokens();
    refreshed.server.fail('refresh', ended);
    await refreshed.client.syncNow();
    expect(refreshed.server.log.map((r) => `${r.route}:${r.status}`)).toEqual(['login:200', 'pull:401', 'refresh:401']);
    expect(refreshed.client.getSessionState()).toMatchObject({ accountEnded: true, reauthRequired: false });
    expect(refreshed.client.getSyncStatus()).toMatchObject({ phase: 'auth_required', lastError: 'ACCOUNT_ENDED' });
  });

  it('is kept across a reload; a new sign-in clears it and syncs again', async () => {
    const server = new FakeSyncServer();
    const { client } = await signedInClient({}, server);
    server.fail('pull', ended);
    await client.syncNow();
    const dbName = client.db.name;
    await client.close();

    const reopened = newClient(server, { dbName });
    await reopened.session.ready;
    expect(reopened.getSessionState()).toMatchObject({ status: 'signed_in', accountEnded: true });
    const before = server.log.length;
    await reopened.syncNow();
    expect(server.log).toHaveLength(before);
    expect(reopened.getSyncStatus().lastError).toBe('ACCOUNT_ENDED');

    await reopened.signIn('worker1', 'secret');
    expect(reopened.getSessionState()).toEqual({ status: 'signed_in', user: expect.objectContaining({ username: 'worker1' }), reauthRequired: false });
    await reopened.syncNow();
    expect(reopened.getSyncStatus()).toMatchObject({ phase: 'idle', lastError: null });
  });
});
