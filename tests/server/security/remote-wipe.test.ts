/**
 * Remote wipe (issue 18), the server's part: a phone signed out from the office or from another of
 * the user's devices is told SESSION_REVOKED, a disabled or ended account ACCOUNT_ENDED (on any
 * authenticated request and on refresh), so it can wipe what it holds; a sign-out on the phone itself
 * stays UNAUTHORIZED (only "sign in again"). And the secretary's list of her community's signed-in
 * phones: GET /api/v1/communities/{communityId}/sessions.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { communitySessionListSchema, type CommunityDeviceSession } from '../../../src/domain/device-sessions';
import { apiErrorBodySchema, type LoginResponse } from '../../../src/domain/sync-protocol';
import { startTestServer, type TestServer } from '../../fixtures/server-harness';
import { apiClient } from '../../fixtures/server-client';

let server: TestServer;
let otherSecretary: LoginResponse;
let otherCommunity: string;
let admin: LoginResponse;

const PASSWORD = 'long-enough-1';
const NOBODY = '0190c000-0000-7000-8000-0000000000ee';

beforeAll(async () => {
  server = await startTestServer();
  otherCommunity = (await server.admin('create-community', '--name', '另一社区')).trim();
  await server.admin('create-user', '--username', 'wipe-othersec', '--display-name', '别的书记', '--role', 'secretary',
    '--community', otherCommunity, '--password', PASSWORD);
  await server.admin('create-user', '--username', 'wipe-root', '--display-name', '管理员', '--role', 'admin', '--password', PASSWORD);
  otherSecretary = await server.login('wipe-othersec', { password: PASSWORD });
  admin = await server.login('wipe-root', { password: PASSWORD });
});
afterAll(async () => {
  await server?.close();
});

function sid(tokens: LoginResponse): string {
  const claims: unknown = JSON.parse(Buffer.from(tokens.accessToken.split('.')[1]!, 'base64url').toString('utf8'));
  if (typeof claims !== 'object' || claims === null || !('sid' in claims) || typeof claims.sid !== 'string') throw new Error('no sid');
  return claims.sid;
}

const codeOf = (res: { status: number; body: unknown }) => (res.status >= 400 ? apiErrorBodySchema.parse(res.body).error.code : `${res.status}`);
const pullCode = async (tokens: LoginResponse) => codeOf(await apiClient(server.url, tokens.accessToken).pull(undefined, 1));
const refreshCode = async (tokens: LoginResponse) =>
  codeOf(await apiClient(server.url).request('POST', '/api/v1/auth/refresh', { refreshToken: tokens.refreshToken }));
const revoke = (caller: LoginResponse, sessionId: string) => apiClient(server.url, caller.accessToken).request('DELETE', `/api/v1/sessions/${sessionId}`);

async function listCommunity(caller: LoginResponse | null, communityId: string): Promise<{ status: number; body: unknown; sessions: CommunityDeviceSession[] }> {
  const res = await apiClient(server.url, caller?.accessToken).request('GET', `/api/v1/communities/${communityId}/sessions`);
  return { status: res.status, body: res.body, sessions: res.status === 200 ? communitySessionListSchema.parse(res.body).sessions : [] };
}

describe('what a refused phone is told', () => {
  it('signed out from the office: SESSION_REVOKED on its requests and its refresh', async () => {
    const phone = await server.login('worker1', { deviceId: 'wipe-lost-phone' });
    const secretary = await server.login('secretary1');
    expect((await revoke(secretary, sid(phone))).status).toBe(200);
    expect(await pullCode(phone)).toBe('SESSION_REVOKED');
    expect(codeOf(await apiClient(server.url, phone.accessToken).push([]))).toBe('SESSION_REVOKED');
    expect(await refreshCode(phone)).toBe('SESSION_REVOKED');
  });

  it('signed out from the user’s other device: SESSION_REVOKED too', async () => {
    const lost = await server.login('worker2', { deviceId: 'wipe-own-lost' });
    const kept = await server.login('worker2', { deviceId: 'wipe-own-kept' });
    expect((await revoke(kept, sid(lost))).status).toBe(200);
    expect(await pullCode(lost)).toBe('SESSION_REVOKED');
    expect(await refreshCode(lost)).toBe('SESSION_REVOKED');
    expect(await pullCode(kept)).toBe('200');
  });

  it('signed out on the device itself (logout, or its own session ended through the devices route): UNAUTHORIZED only', async () => {
    const loggedOut = await server.login('worker3', { deviceId: 'wipe-logout' });
    await apiClient(server.url).request('POST', '/api/v1/auth/logout', { refreshToken: loggedOut.refreshToken });
    expect(await pullCode(loggedOut)).toBe('UNAUTHORIZED');
    expect(await refreshCode(loggedOut)).toBe('UNAUTHORIZED');

    const self = await server.login('worker3', { deviceId: 'wipe-self' });
    expect((await revoke(self, sid(self))).status).toBe(200);
    expect(await pullCode(self)).toBe('UNAUTHORIZED');
    expect(await refreshCode(self)).toBe('UNAUTHORIZED');
  });

  it('a password set anew ends the sessions without a wipe: UNAUTHORIZED', async () => {
    await server.admin('create-user', '--username', 'wipe-pw', '--display-name', '改密', '--role', 'grid_worker',
      '--community', server.demo.communityId, '--grids', server.demo.gridIds[0]!, '--password', PASSWORD);
    const phone = await server.login('wipe-pw', { password: PASSWORD });
    await server.admin('set-password', '--username', 'wipe-pw', '--password', 'another-long-1');
    expect(await pullCode(phone)).toBe('UNAUTHORIZED');
    expect(await refreshCode(phone)).toBe('UNAUTHORIZED');
  });

  it('a disabled account: ACCOUNT_ENDED, whether its sessions were revoked (disable-user) or not', async () => {
    await server.admin('create-user', '--username', 'wipe-disabled', '--display-name', '停用', '--role', 'grid_worker',
      '--community', server.demo.communityId, '--grids', server.demo.gridIds[0]!, '--password', PASSWORD);
    const phone = await server.login('wipe-disabled', { password: PASSWORD });
    await server.admin('disable-user', '--username', 'wipe-disabled');
    expect(await pullCode(phone)).toBe('ACCOUNT_ENDED');
    expect(await refreshCode(phone)).toBe('ACCOUNT_ENDED');

    await server.admin('create-user', '--username', 'wipe-flagged', '--display-name', '停用二', '--role', 'grid_worker',
      '--community', server.demo.communityId, '--grids', server.demo.gridIds[0]!, '--password', PASSWORD);
    const flagged = await server.login('wipe-flagged', { password: PASSWORD });
    await server.db.query(`UPDATE users SET disabled = true WHERE username = 'wipe-flagged'`);
    expect(await pullCode(flagged)).toBe('ACCOUNT_ENDED');
    expect(await refreshCode(flagged)).toBe('ACCOUNT_ENDED');
    // The refresh ended the session for good: enabling the account again does not bring it back.
    await server.db.query(`UPDATE users SET disabled = false WHERE username = 'wipe-flagged'`);
    expect(await refreshCode(flagged)).toBe('ACCOUNT_ENDED');
  });

  it('an unknown refresh token stays UNAUTHORIZED', async () => {
    expect(codeOf(await apiClient(server.url).request('POST', '/api/v1/auth/refresh', { refreshToken: 'not-a-token' }))).toBe('UNAUTHORIZED');
  });
});

describe('the community’s signed-in phones', () => {
  it('lists every live session of the community with user, role, device, sign-in, last use and last sync; the caller’s own marked', async () => {
    const worker = await server.login('worker1', { deviceId: 'wipe-list-phone' });
    await apiClient(server.url, worker.accessToken).pull(undefined, 1);
    const idle = await server.login('volunteer1', { deviceId: 'wipe-list-idle' });
    const secretary = await server.login('secretary1', { deviceId: 'wipe-list-desk' });

    const { status, sessions } = await listCommunity(secretary, server.demo.communityId);
    expect(status).toBe(200);
    const synced = sessions.find((s) => s.sessionId === sid(worker));
    expect(synced).toMatchObject({ deviceId: 'wipe-list-phone', role: 'grid_worker', current: false });
    expect(synced!.userName).not.toBe('');
    expect(Date.parse(synced!.lastSyncAt ?? '')).toBeGreaterThan(Date.now() - 60_000);
    expect(Date.parse(synced!.createdAt)).toBeGreaterThan(Date.now() - 60_000);
    expect(sessions.find((s) => s.sessionId === sid(idle))).toMatchObject({ deviceId: 'wipe-list-idle', role: 'volunteer', lastSyncAt: null });
    expect(sessions.find((s) => s.sessionId === sid(secretary))).toMatchObject({ role: 'secretary', current: true });
    // Nobody of another community.
    expect(sessions.some((s) => s.sessionId === sid(otherSecretary) || s.sessionId === sid(admin))).toBe(false);

    expect((await revoke(secretary, sid(worker))).status).toBe(200);
    const after = await listCommunity(secretary, server.demo.communityId);
    expect(after.sessions.map((s) => s.sessionId)).not.toContain(sid(worker));
    expect(after.sessions.map((s) => s.sessionId)).toContain(sid(idle));
  });

  it('only for its secretary or an admin: anyone else gets 404, the same as for a community that does not exist', async () => {
    const worker = await server.login('worker2', { deviceId: 'wipe-scope' });
    const secretary = await server.login('secretary1');
    expect((await listCommunity(admin, server.demo.communityId)).status).toBe(200);
    expect((await listCommunity(otherSecretary, otherCommunity)).sessions.map((s) => s.sessionId)).toEqual([sid(otherSecretary)]);

    const refusals = [
      await listCommunity(worker, server.demo.communityId),
      await listCommunity(otherSecretary, server.demo.communityId),
      await listCommunity(secretary, otherCommunity),
      await listCommunity(admin, NOBODY),
      await listCommunity(secretary, NOBODY),
    ];
    for (const refusal of refusals) {
      expect(refusal.status).toBe(404);
      expect(apiErrorBodySchema.parse(refusal.body)).toEqual(apiErrorBodySchema.parse(refusals[4]!.body));
    }
    expect((await listCommunity(null, server.demo.communityId)).status).toBe(401);
    const bad = await listCommunity(secretary, 'not-an-id');
    expect(bad.status).toBe(400);
    expect(apiErrorBodySchema.parse(bad.body).error.code).toBe('BAD_REQUEST');
  });
});
