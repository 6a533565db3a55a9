import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LoginResponse } from '../../src/domain/sync-protocol';
import { signAccessToken } from '../../src/server/auth/tokens';
import { startTestServer, type TestServer } from '../fixtures/server-harness';
import { apiClient, type ApiResult } from '../fixtures/server-client';

let server: TestServer;

beforeAll(async () => {
  // The first delay after five failures is a minute here (1 s by default), so the test below never races it.
  server = await startTestServer({ loginLimits: { firstDelayMs: 60_000 } });
});
afterAll(async () => {
  await server?.close();
});

function login(body: unknown): Promise<ApiResult<LoginResponse>> {
  return apiClient(server.url).request<LoginResponse>('POST', '/api/v1/auth/login', body);
}

function refresh(refreshToken: unknown): Promise<ApiResult<LoginResponse>> {
  return apiClient(server.url).request<LoginResponse>('POST', '/api/v1/auth/refresh', { refreshToken });
}

describe('sign-in', () => {
  it('returns tokens and the user with role, community and grids', async () => {
    const res = await login({ username: 'worker1', password: server.password, deviceId: 'phone-1' });
    expect(res.status).toBe(200);
    const worker = server.demo.users.find((u) => u.username === 'worker1')!;
    expect(res.body).toMatchObject({
      accessToken: expect.any(String),
      refreshToken: expect.any(String),
      expiresIn: 12 * 60 * 60,
      user: {
        id: worker.id,
        username: 'worker1',
        displayName: expect.any(String),
        role: 'grid_worker',
        communityId: server.demo.communityId,
        gridIds: [server.demo.gridIds[0]],
      },
    });
    const pull = await apiClient(server.url, res.body.accessToken).pull(undefined, 1);
    expect(pull.status).toBe(200);
  });

  it('refuses a wrong password or unknown user with 401 INVALID_CREDENTIALS', async () => {
    const wrong = await login({ username: 'secretary1', password: 'not-it', deviceId: 'd' });
    expect(wrong.status).toBe(401);
    expect(wrong.body).toMatchObject({ error: { code: 'INVALID_CREDENTIALS' } });
    const unknown = await login({ username: 'nobody', password: server.password, deviceId: 'd' });
    expect(unknown.status).toBe(401);
    expect(unknown.body).toMatchObject({ error: { code: 'INVALID_CREDENTIALS' } });
  });

  it('refuses a disabled account', async () => {
    await server.db.query(`UPDATE users SET disabled = true WHERE username = 'worker2'`);
    try {
      const res = await login({ username: 'worker2', password: server.password, deviceId: 'd' });
      expect(res.status).toBe(401);
      expect(res.body).toMatchObject({ error: { code: 'INVALID_CREDENTIALS' } });
    } finally {
      await server.db.query(`UPDATE users SET disabled = false WHERE username = 'worker2'`);
    }
  });

  it('answers text the database cannot take with 400, never 500', async () => {
    const res = await login({ username: 'work\u0000er1', password: 'x', deviceId: 'd' });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ error: { code: 'BAD_REQUEST' } });
  });

  it('answers a malformed sign-in body with 400 BAD_REQUEST', async () => {
    const res = await login({ username: 'worker1' });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ error: { code: 'BAD_REQUEST', fields: { password: expect.any(String) } } });
  });

  it('answers 429 with Retry-After after five failures, even for the right password', async () => {
    for (let i = 0; i < 5; i++) {
      const res = await login({ username: 'worker3', password: `guess-${i}`, deviceId: 'd' });
      expect(res.status).toBe(401);
    }
    const blocked = await login({ username: 'worker3', password: server.password, deviceId: 'd' });
    expect(blocked.status).toBe(429);
    expect(blocked.body).toMatchObject({ error: { code: 'TOO_MANY_REQUESTS' } });
    const retryAfter = Number(blocked.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(15 * 60);
    // Other accounts are not locked by worker3's failures.
    expect((await login({ username: 'worker1', password: server.password, deviceId: 'd' })).status).toBe(200);
  });
});

describe('refresh and sign-out', () => {
  it('rotates the refresh token; the new one works, the old one only for a short grace period (a lost answer)', async () => {
    const first = await server.login('secretary1');
    const rotated = await refresh(first.refreshToken);
    expect(rotated.status).toBe(200);
    expect(rotated.body.refreshToken).not.toBe(first.refreshToken);
    expect(rotated.body.user.username).toBe('secretary1');
    expect((await apiClient(server.url, rotated.body.accessToken).pull(undefined, 1)).status).toBe(200);

    // A refresh whose response was lost: the old token still works within the grace period.
    const retried = await refresh(first.refreshToken);
    expect(retried.status).toBe(200);

    // Past the grace period the replaced token is refused, and its reuse ends the session (tests/server/security).
    await server.db.query(`UPDATE refresh_tokens SET replaced_at = now() - interval '3 minutes' WHERE replaced_at IS NOT NULL`);
    expect((await refresh(first.refreshToken)).status).toBe(401);
    expect((await refresh(retried.body.refreshToken)).status).toBe(401);
  });

  it('refuses a garbage refresh token with 401 and a missing one with 400', async () => {
    const garbage = await refresh('not-a-token');
    expect(garbage.status).toBe(401);
    expect(garbage.body).toMatchObject({ error: { code: 'UNAUTHORIZED' } });
    const missing = await apiClient(server.url).request('POST', '/api/v1/auth/refresh', {});
    expect(missing.status).toBe(400);
  });

  it('refuses an expired access token, and one signed with another secret', async () => {
    const session = await server.login('worker1');
    const payload = JSON.parse(Buffer.from(session.accessToken.split('.')[1]!, 'base64url').toString()) as { sub: string; sid: string };
    const thirteenHoursAgo = Math.floor(Date.now() / 1000) - 13 * 3600;
    const expired = signAccessToken(server.secret, { sub: payload.sub, sid: payload.sid }, thirteenHoursAgo);
    const res = await apiClient(server.url, expired).pull();
    expect(res.status).toBe(401);
    expect(res.body).toMatchObject({ error: { code: 'UNAUTHORIZED' } });
    const foreign = signAccessToken('another-secret', { sub: payload.sub, sid: payload.sid });
    expect((await apiClient(server.url, foreign).pull()).status).toBe(401);
    const fresh = signAccessToken(server.secret, { sub: payload.sub, sid: payload.sid });
    expect((await apiClient(server.url, fresh).pull(undefined, 1)).status).toBe(200);
  });

  it('sign-out revokes the session: its refresh and access tokens stop working', async () => {
    const session = await server.login('volunteer1');
    const out = await apiClient(server.url, session.accessToken).request('POST', '/api/v1/auth/logout', {
      refreshToken: session.refreshToken,
    });
    expect(out.status).toBe(200);
    expect((await refresh(session.refreshToken)).status).toBe(401);
    expect((await apiClient(server.url, session.accessToken).pull()).status).toBe(401);
    // Another session of the same user is unaffected.
    const other = await server.login('volunteer1');
    expect((await apiClient(server.url, other.accessToken).pull(undefined, 1)).status).toBe(200);
  });

  it('sign-out with nothing to revoke is 401', async () => {
    const res = await apiClient(server.url).request('POST', '/api/v1/auth/logout', {});
    expect(res.status).toBe(401);
  });
});

// The sign-in limits themselves: tests/server/security/sign-in-limits.test.ts.
