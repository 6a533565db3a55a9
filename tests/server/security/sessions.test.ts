/**
 * Issue 11, items 2 and 3: a replaced refresh token used again revokes the whole session unless it
 * covers a lost answer (within the grace period, the successor never used, and then one chain lives
 * on); a password set by the admin command ends all of the user's sessions.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginResponseSchema, type LoginResponse } from '../../../src/domain/sync-protocol';
import { startTestServer, type TestServer } from '../../fixtures/server-harness';
import { apiClient } from '../../fixtures/server-client';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

/** The status of a refresh, and its tokens when it succeeded. */
async function refresh(refreshToken: string): Promise<{ status: number; tokens: LoginResponse | null }> {
  const res = await apiClient(server.url).request('POST', '/api/v1/auth/refresh', { refreshToken });
  return { status: res.status, tokens: res.status === 200 ? loginResponseSchema.parse(res.body) : null };
}

async function refreshed(refreshToken: string): Promise<LoginResponse> {
  const { status, tokens } = await refresh(refreshToken);
  expect(status).toBe(200);
  return tokens!;
}

async function pullStatus(accessToken: string): Promise<number> {
  return (await apiClient(server.url, accessToken).pull(undefined, 1)).status;
}

function sessionIdOf(accessToken: string): string {
  const claims: unknown = JSON.parse(Buffer.from(accessToken.split('.')[1]!, 'base64url').toString('utf8'));
  if (typeof claims !== 'object' || claims === null || !('sid' in claims) || typeof claims.sid !== 'string') throw new Error('no sid');
  return claims.sid;
}

async function sessionState(sessionId: string): Promise<{ revoked: boolean; reason: string | null; liveTokens: number }> {
  const { rows } = await server.db.query<{ revoked: boolean; reason: string | null; live_tokens: number | string }>(
    `SELECT s.revoked_at IS NOT NULL AS revoked, s.revoked_reason AS reason,
            (SELECT count(*) FROM refresh_tokens t WHERE t.session_id = s.id AND t.replaced_at IS NULL) AS live_tokens
       FROM sessions s WHERE s.id = $1`,
    [sessionId],
  );
  const row = rows[0]!;
  return { revoked: row.revoked, reason: row.reason, liveTokens: Number(row.live_tokens) };
}

describe('refresh-token reuse', () => {
  it('revokes the whole session when a replaced token comes back after its successor was used (within the grace period)', async () => {
    const first = await server.login('worker1', { deviceId: 'reuse-1' });
    const second = await refreshed(first.refreshToken);
    const third = await refreshed(second.refreshToken);
    // The first token again, 0 s after it was replaced, but its successor has been used: a thief or a replay.
    expect((await refresh(first.refreshToken)).status).toBe(401);
    const sessionId = sessionIdOf(first.accessToken);
    expect(await sessionState(sessionId)).toMatchObject({ revoked: true, reason: 'refresh_token_reuse' });
    for (const token of [first.refreshToken, second.refreshToken, third.refreshToken]) expect((await refresh(token)).status).toBe(401);
    for (const token of [first.accessToken, second.accessToken, third.accessToken]) expect(await pullStatus(token)).toBe(401);
    // Other sessions of the same user go on.
    expect(await pullStatus((await server.login('worker1', { deviceId: 'reuse-1b' })).accessToken)).toBe(200);
  });

  it('covers a lost answer (successor never used) without starting a second chain', async () => {
    const first = await server.login('worker2', { deviceId: 'lost-answer' });
    const sessionId = sessionIdOf(first.accessToken);
    const lost = await refreshed(first.refreshToken); // the phone never saw this answer
    const retried = await refreshed(first.refreshToken);
    expect(retried.refreshToken).not.toBe(lost.refreshToken);
    expect(sessionIdOf(retried.accessToken)).toBe(sessionId);
    expect((await sessionState(sessionId)).liveTokens).toBe(1);
    // The retried answer's chain goes on; the lost answer's token is no second chain: once its
    // replacement has been used, presenting it is reuse and ends the session.
    const next = await refreshed(retried.refreshToken);
    expect(await pullStatus(next.accessToken)).toBe(200);
    expect((await refresh(lost.refreshToken)).status).toBe(401);
    expect(await sessionState(sessionId)).toMatchObject({ revoked: true, reason: 'refresh_token_reuse' });
    expect((await refresh(next.refreshToken)).status).toBe(401);
    expect(await pullStatus(next.accessToken)).toBe(401);
  });

  it('revokes the session when a replaced token comes back after the grace period', async () => {
    const first = await server.login('secretary1', { deviceId: 'late-reuse' });
    const second = await refreshed(first.refreshToken);
    const sessionId = sessionIdOf(first.accessToken);
    await server.db.query(
      `UPDATE refresh_tokens SET replaced_at = now() - interval '3 minutes' WHERE session_id = $1 AND replaced_at IS NOT NULL`,
      [sessionId],
    );
    expect((await refresh(first.refreshToken)).status).toBe(401);
    expect(await sessionState(sessionId)).toMatchObject({ revoked: true, reason: 'refresh_token_reuse' });
    expect((await refresh(second.refreshToken)).status).toBe(401);
    expect(await pullStatus(second.accessToken)).toBe(401);
    expect(await pullStatus(first.accessToken)).toBe(401);
  });

  it('keeps an ordinary chain of refreshes alive', async () => {
    let tokens = await server.login('volunteer1', { deviceId: 'chain' });
    for (let i = 0; i < 4; i++) tokens = await refreshed(tokens.refreshToken);
    expect(await pullStatus(tokens.accessToken)).toBe(200);
    expect(await sessionState(sessionIdOf(tokens.accessToken))).toMatchObject({ revoked: false, liveTokens: 1 });
  });
});

describe('password reset', () => {
  it('admin set-password ends every session of the user at once, and only theirs', async () => {
    await server.admin('create-user', '--username', 'reset1', '--display-name', '重置', '--role', 'grid_worker',
      '--community', server.demo.communityId, '--grids', server.demo.gridIds[0]!, '--password', 'long-enough-1');
    const phone = await server.login('reset1', { password: 'long-enough-1', deviceId: 'phone' });
    const tablet = await server.login('reset1', { password: 'long-enough-1', deviceId: 'tablet' });
    const rotated = await refreshed(tablet.refreshToken);
    const bystander = await server.login('worker3', { deviceId: 'bystander' });

    expect(await server.admin('set-password', '--username', 'reset1', '--password', 'long-enough-2')).toMatch(/2 session\(s\) ended/);

    for (const token of [phone.accessToken, tablet.accessToken, rotated.accessToken]) expect(await pullStatus(token)).toBe(401);
    for (const token of [phone.refreshToken, rotated.refreshToken]) expect((await refresh(token)).status).toBe(401);
    expect(await pullStatus(bystander.accessToken)).toBe(200);
    const again = await server.login('reset1', { password: 'long-enough-2', deviceId: 'phone' });
    expect(await pullStatus(again.accessToken)).toBe(200);
  });
});
