/**
 * Signed-in devices: GET /api/v1/users/{userId}/sessions and DELETE /api/v1/sessions/{sessionId}
 * (an admin anyone's, a secretary her community's users', anyone else their own; 404 otherwise,
 * the same whether the user or session exists or not), and the admin commands list-sessions and
 * revoke-session.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deviceSessionListSchema, revokeSessionResponseSchema, type DeviceSession } from '../../../src/domain/device-sessions';
import { apiErrorBodySchema, type LoginResponse } from '../../../src/domain/sync-protocol';
import { startTestServer, type TestServer } from '../../fixtures/server-harness';
import { apiClient } from '../../fixtures/server-client';

let server: TestServer;
let otherSecretary: LoginResponse;
let admin: LoginResponse;

const PASSWORD = 'long-enough-1';
const NOBODY = '0190c000-0000-7000-8000-0000000000ee';

beforeAll(async () => {
  server = await startTestServer();
  const community = await server.admin('create-community', '--name', '另一社区');
  await server.admin('create-user', '--username', 'othersec', '--display-name', '别的书记', '--role', 'secretary',
    '--community', community, '--password', PASSWORD);
  await server.admin('create-user', '--username', 'root1', '--display-name', '管理员', '--role', 'admin', '--password', PASSWORD);
  otherSecretary = await server.login('othersec', { password: PASSWORD });
  admin = await server.login('root1', { password: PASSWORD });
});
afterAll(async () => {
  await server?.close();
});

const userId = (username: string) => server.demo.users.find((u) => u.username === username)!.id;

function sid(tokens: LoginResponse): string {
  const claims: unknown = JSON.parse(Buffer.from(tokens.accessToken.split('.')[1]!, 'base64url').toString('utf8'));
  if (typeof claims !== 'object' || claims === null || !('sid' in claims) || typeof claims.sid !== 'string') throw new Error('no sid');
  return claims.sid;
}

async function list(caller: LoginResponse, user: string): Promise<{ status: number; sessions: DeviceSession[]; body: unknown }> {
  const res = await apiClient(server.url, caller.accessToken).request('GET', `/api/v1/users/${user}/sessions`);
  return { status: res.status, body: res.body, sessions: res.status === 200 ? deviceSessionListSchema.parse(res.body).sessions : [] };
}

async function revoke(caller: LoginResponse, sessionId: string): Promise<{ status: number; body: unknown }> {
  const res = await apiClient(server.url, caller.accessToken).request('DELETE', `/api/v1/sessions/${sessionId}`);
  return { status: res.status, body: res.body };
}

const pullStatus = async (tokens: LoginResponse) => (await apiClient(server.url, tokens.accessToken).pull(undefined, 1)).status;

describe('listing a user’s devices', () => {
  it('shows a user their own sessions, marking the current one', async () => {
    const phone = await server.login('worker1', { deviceId: 'list-phone' });
    const tablet = await server.login('worker1', { deviceId: 'list-tablet' });
    const { status, sessions } = await list(phone, userId('worker1'));
    expect(status).toBe(200);
    const mine = sessions.filter((s) => s.deviceId.startsWith('list-'));
    expect(mine.map((s) => [s.deviceId, s.sessionId, s.current]).sort()).toEqual(
      [['list-phone', sid(phone), true], ['list-tablet', sid(tablet), false]].sort(),
    );
    for (const s of mine) {
      expect(Date.parse(s.createdAt)).toBeGreaterThan(Date.now() - 60_000);
      expect(Date.parse(s.lastUsedAt)).toBeGreaterThanOrEqual(Date.parse(s.createdAt));
    }
  });

  it('lets the secretary see her community’s users and an admin anyone; others get 404, the same as for nobody', async () => {
    const worker = await server.login('worker1', { deviceId: 'scope-phone' });
    const secretary = await server.login('secretary1');
    const seen = await list(secretary, userId('worker1'));
    expect(seen.status).toBe(200);
    expect(seen.sessions.find((s) => s.sessionId === sid(worker))).toMatchObject({ deviceId: 'scope-phone', current: false });
    expect((await list(admin, userId('worker1'))).sessions.some((s) => s.sessionId === sid(worker))).toBe(true);

    const refusals = [
      await list(worker, userId('worker2')),
      await list(worker, userId('secretary1')),
      await list(otherSecretary, userId('worker1')),
      await list(worker, NOBODY),
    ];
    for (const refusal of refusals) {
      expect(refusal.status).toBe(404);
      expect(apiErrorBodySchema.parse(refusal.body)).toEqual(apiErrorBodySchema.parse(refusals[3]!.body));
    }
  });

  it('answers 401 without a token and 400 for an id that is no UUID', async () => {
    expect((await apiClient(server.url).request('GET', `/api/v1/users/${userId('worker1')}/sessions`)).status).toBe(401);
    const secretary = await server.login('secretary1');
    const bad = await list(secretary, 'not-an-id');
    expect(bad.status).toBe(400);
    expect(apiErrorBodySchema.parse(bad.body).error.code).toBe('BAD_REQUEST');
  });
});

describe('revoking a device', () => {
  it('lets the secretary sign a worker’s device out: its tokens stop working at once', async () => {
    const worker = await server.login('worker2', { deviceId: 'lost-phone' });
    const keep = await server.login('worker2', { deviceId: 'kept-phone' });
    const secretary = await server.login('secretary1');
    const res = await revoke(secretary, sid(worker));
    expect(res.status).toBe(200);
    expect(revokeSessionResponseSchema.parse(res.body)).toEqual({ status: 'ok' });
    expect(await pullStatus(worker)).toBe(401);
    const refreshed = await apiClient(server.url).request('POST', '/api/v1/auth/refresh', { refreshToken: worker.refreshToken });
    expect(refreshed.status).toBe(401);
    expect(await pullStatus(keep)).toBe(200);
    const listed = await list(secretary, userId('worker2'));
    expect(listed.sessions.map((s) => s.sessionId)).not.toContain(sid(worker));
    expect(listed.sessions.map((s) => s.sessionId)).toContain(sid(keep));
    // Already ended: nothing left to revoke.
    expect((await revoke(secretary, sid(worker))).status).toBe(404);
  });

  it('lets a worker end their own other session but nobody else’s; out of scope is 404 like a session that does not exist', async () => {
    const phone = await server.login('worker3', { deviceId: 'own-phone' });
    const old = await server.login('worker3', { deviceId: 'own-old' });
    const neighbour = await server.login('worker1', { deviceId: 'neighbour' });
    const secretary = await server.login('secretary1');

    const refusals = [await revoke(phone, sid(neighbour)), await revoke(phone, sid(secretary)), await revoke(otherSecretary, sid(old)), await revoke(phone, NOBODY)];
    for (const refusal of refusals) {
      expect(refusal.status).toBe(404);
      expect(apiErrorBodySchema.parse(refusal.body)).toEqual(apiErrorBodySchema.parse(refusals[3]!.body));
    }
    expect(await pullStatus(neighbour)).toBe(200);
    expect(await pullStatus(old)).toBe(200);

    expect((await revoke(phone, sid(old))).status).toBe(200);
    expect(await pullStatus(old)).toBe(401);
    expect(await pullStatus(phone)).toBe(200);
    expect((await revoke(admin, sid(neighbour))).status).toBe(200);
    expect(await pullStatus(neighbour)).toBe(401);
  });
});

describe('admin commands', () => {
  it('list-sessions shows a user’s devices and revoke-session ends one', async () => {
    const tokens = await server.login('volunteer1', { deviceId: 'admin-listed' });
    const listing = await server.admin('list-sessions', '--user', 'volunteer1');
    expect(listing).toContain(sid(tokens));
    expect(listing).toContain('device admin-listed');
    expect(await server.admin('revoke-session', '--session', sid(tokens))).toContain('ended');
    expect(await pullStatus(tokens)).toBe(401);
    expect(await server.admin('list-sessions', '--user', 'volunteer1')).not.toContain(sid(tokens));
    await expect(server.admin('revoke-session', '--session', sid(tokens))).rejects.toThrow(/No such live session/);
    await expect(server.admin('revoke-session', '--session', 'x')).rejects.toThrow(/UUID/);
    await expect(server.admin('list-sessions', '--user', 'nobody')).rejects.toThrow(/Unknown user/);
  });
});
