import { afterEach, describe, expect, it } from 'vitest';
import { ApiClient } from '../../../../src/data/api/api-client';
import { aHousehold } from '../../../fixtures/domain-records';
import { disposeClients, signedInClient } from '../support/test-client';

afterEach(disposeClients);

describe('sync and expired sessions', () => {
  it('on 401 refreshes the token once and retries the request', async () => {
    const { client, server } = await signedInClient();
    const id = await client.create('household', aHousehold());
    server.expireAccessTokens();

    await client.syncNow();

    expect(server.log.map((r) => `${r.route}:${r.status}`)).toEqual(['login:200', 'push:401', 'refresh:200', 'push:200', 'pull:200']);
    expect(server.records.has(id)).toBe(true);
    expect(client.getSyncStatus()).toMatchObject({ phase: 'idle', lastError: null });
    expect(client.getSessionState()).toMatchObject({ status: 'signed_in', reauthRequired: false });
  });

  it('refreshes an access token known to be expired before using it', async () => {
    let clock = Date.parse('2026-11-25T08:00:00Z');
    const { client, server } = await signedInClient({ now: () => clock });
    clock += 2 * 3600 * 1000;
    await client.syncNow();
    expect(server.log.map((r) => `${r.route}:${r.status}`)).toEqual(['login:200', 'refresh:200', 'pull:200']);
  });

  it('shares one refresh between concurrent requests that got 401', async () => {
    const { client, server } = await signedInClient();
    server.expireAccessTokens();
    const api = new ApiClient({ baseUrl: 'http://gridwalk.test', fetch: server.fetch });
    await Promise.all([1, 2, 3].map(() => client.session.withToken((token) => api.pull(token, '', 10))));
    expect(server.requests('refresh')).toHaveLength(1);
    expect(server.requests('pull').map((r) => r.status)).toEqual([401, 401, 401, 200, 200, 200]);
  });

  it('when the refresh token is refused: pauses, asks to sign in again, keeps the outbox; signing in resumes', async () => {
    const { client, server } = await signedInClient();
    const id = await client.create('household', aHousehold());
    const queued = await client.db.outbox.toArray();
    server.expireAccessTokens();
    server.revokeRefreshTokens();

    await client.syncNow();

    expect(client.getSyncStatus()).toMatchObject({ phase: 'auth_required', lastError: 'UNAUTHORIZED', pending: 1 });
    expect(client.getSessionState()).toMatchObject({ status: 'signed_in', reauthRequired: true });
    expect(await client.db.outbox.toArray()).toEqual(queued);
    expect(await client.getRecord('household', id)).toMatchObject({ _sync: 'pending' });

    const before = server.log.length;
    await client.syncNow();
    expect(server.log).toHaveLength(before);

    await client.signIn('worker1', 'secret');
    await client.syncNow();
    expect(client.getSessionState().reauthRequired).toBe(false);
    expect(server.records.has(id)).toBe(true);
    expect(client.getSyncStatus()).toMatchObject({ phase: 'idle', pending: 0, lastError: null });
  });

  it('a refresh that fails for lack of network stays signed in and retries later', async () => {
    const { client, server } = await signedInClient();
    server.expireAccessTokens();
    server.fail('refresh', { kind: 'network' });
    await client.syncNow();
    expect(client.getSessionState().reauthRequired).toBe(false);
    expect(client.getSyncStatus()).toMatchObject({ phase: 'offline', lastError: 'NETWORK' });
    await client.syncNow();
    expect(client.getSyncStatus()).toMatchObject({ phase: 'idle', lastError: null });
  });
});
