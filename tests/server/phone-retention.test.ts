/**
 * The retention window (issue 18): the server tells each phone at sign-in, at every refresh and when
 * a sign-in code is redeemed how many days it keeps synced visits, gate entries, shift notes and fever
 * reports: PHONE_RETENTION_DAYS, 30 unless set, a whole number of days from 1 to 365.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginResponseSchema, type LoginResponse } from '../../src/domain/sync-protocol';
import { readConfig } from '../../src/server/config';
import { startTestServer, type TestServer } from '../fixtures/server-harness';
import { apiClient, type ApiResult } from '../fixtures/server-client';
import { addPerson, aVolunteer, redeem } from './people/people-helpers';

let standard: TestServer;
let short: TestServer;

beforeAll(async () => {
  [standard, short] = await Promise.all([startTestServer(), startTestServer({ phoneRetentionDays: 7 })]);
});
afterAll(async () => {
  await Promise.all([standard?.close(), short?.close()]);
});

function refresh(server: TestServer, refreshToken: string): Promise<ApiResult<LoginResponse>> {
  return apiClient(server.url).request<LoginResponse>('POST', '/api/v1/auth/refresh', { refreshToken });
}

describe('the retention window in the sign-in answers', () => {
  it('is 30 days by default, at sign-in and at refresh', async () => {
    const signedIn = await standard.login('worker1');
    expect(signedIn.retentionDays).toBe(30);
    const refreshed = await refresh(standard, signedIn.refreshToken);
    expect(refreshed.status).toBe(200);
    expect(refreshed.body.retentionDays).toBe(30);
  });

  it("is the server's setting when set, for a redeemed sign-in code too", async () => {
    const signedIn = await short.login('secretary1');
    expect(signedIn.retentionDays).toBe(7);
    expect((await refresh(short, signedIn.refreshToken)).body.retentionDays).toBe(7);
    const added = await addPerson(await short.api('secretary1'), aVolunteer(short));
    const redeemed = await redeem(short, added.signInCode.code);
    expect(redeemed.status).toBe(200);
    expect(redeemed.body.retentionDays).toBe(7);
  });

  it("leaves an older server's answer without it readable", () => {
    const { retentionDays: _days, ...older } = { accessToken: 'a', refreshToken: 'r', expiresIn: 60, user: aUser(), retentionDays: 30 };
    const parsed = loginResponseSchema.safeParse(older);
    expect(parsed.success).toBe(true);
    expect(parsed.data?.retentionDays).toBeUndefined();
  });
});

describe('PHONE_RETENTION_DAYS', () => {
  it('defaults to 30 and takes a whole number of days from 1 to 365', () => {
    expect(readConfig({}).phoneRetentionDays).toBe(30);
    expect(readConfig({ PHONE_RETENTION_DAYS: '' }).phoneRetentionDays).toBe(30);
    expect(readConfig({ PHONE_RETENTION_DAYS: '14' }).phoneRetentionDays).toBe(14);
    expect(readConfig({ PHONE_RETENTION_DAYS: '1' }).phoneRetentionDays).toBe(1);
    expect(readConfig({ PHONE_RETENTION_DAYS: '365' }).phoneRetentionDays).toBe(365);
  });

  it('refuses anything else at start', () => {
    for (const value of ['0', '366', '-5', '2.5', 'thirty', '1e2']) {
      expect(() => readConfig({ PHONE_RETENTION_DAYS: value }), value).toThrow(/PHONE_RETENTION_DAYS/);
    }
  });
});

function aUser() {
  return { id: 'u1', username: 'worker1', displayName: '网格员', role: 'grid_worker' as const, communityId: null, gridIds: [] };
}
