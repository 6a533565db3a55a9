/**
 * One-time sign-in codes and ended accounts on the server (issue 13): a code works once (of
 * concurrent redeems exactly one), for 24 hours, and a new code retires the earlier one; the redeemed
 * account signs in with its new password and pulls with its role's scope; an ended account (ended by
 * the secretary, or past its end date) can no longer sign in, refresh or sync: ACCOUNT_ENDED.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SignInCode } from '../../../src/domain/api/people';
import { startTestServer, type TestServer } from '../../fixtures/server-harness';
import { apiClient, type ApiClient } from '../../fixtures/server-client';
import { addPerson, aVolunteer, buildingNamed, check, codeOf, login, redeem, refresh } from './people-helpers';

let server: TestServer;
let secretary: ApiClient;

beforeAll(async () => {
  server = await startTestServer({ loginLimits: { freeFailures: 1000 } });
  secretary = await server.api('secretary1');
});
afterAll(async () => {
  await server?.close();
});

describe('a sign-in code', () => {
  it('says who it is for, then sets the password and signs in as that person, once', async () => {
    const added = await addPerson(secretary, aVolunteer(server));
    const { code } = added.signInCode;
    const info = await check(server, `${code.slice(0, 4)} ${code.slice(4, 8)}-${code.slice(8)}`);
    expect(info.status).toBe(200);
    expect(info.body).toEqual({ name: added.person.name, username: added.person.phone, role: 'volunteer', communityName: '幸福里社区', expiresAt: added.signInCode.expiresAt });

    const first = await redeem(server, code, 'my-own-password');
    expect(first.status).toBe(200);
    expect(first.body.user).toMatchObject({ id: added.person.id, username: added.person.phone, role: 'volunteer', communityId: server.demo.communityId });
    expect((await apiClient(server.url, first.body.accessToken).pull(undefined, 1)).status).toBe(200);

    const again = await redeem(server, code, 'another-password');
    expect(again.status).toBe(401);
    expect(codeOf(again)).toBe('SIGN_IN_CODE_INVALID');
    expect(codeOf(await check(server, code))).toBe('SIGN_IN_CODE_INVALID');
    // The password set by the first redeem stands.
    expect((await login(server, added.person.phone!, 'my-own-password')).status).toBe(200);
    expect((await login(server, added.person.phone!, 'another-password')).status).toBe(401);
  });

  it('of five redeems at the same time exactly one succeeds', async () => {
    const { signInCode } = await addPerson(secretary, aVolunteer(server));
    const results = await Promise.all([1, 2, 3, 4, 5].map((i) => redeem(server, signInCode.code, `password-${i}-long`, `phone-${i}`)));
    expect(results.map((r) => r.status).sort()).toEqual([200, 401, 401, 401, 401]);
    const { rows } = await server.db.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM sessions s JOIN users u ON u.id = s.user_id WHERE u.phone = $1',
      [results.find((r) => r.status === 200)!.body.user.username],
    );
    expect(rows[0]!.n).toBe(1);
  });

  it('works for 24 hours: a code made 24 hours ago no longer works', async () => {
    const { person, signInCode } = await addPerson(secretary, aVolunteer(server));
    const { rows } = await server.db.query<{ hours: number }>(
      'SELECT extract(epoch FROM expires_at - created_at)::int / 3600 AS hours FROM sign_in_codes WHERE user_id = $1',
      [person.id],
    );
    expect(rows[0]!.hours).toBe(24);
    // Move the code's clock: made 24 hours and a second ago.
    await server.db.query(
      `UPDATE sign_in_codes SET created_at = created_at - interval '24 hours 1 second', expires_at = expires_at - interval '24 hours 1 second' WHERE user_id = $1`,
      [person.id],
    );
    expect(codeOf(await check(server, signInCode.code))).toBe('SIGN_IN_CODE_INVALID');
    expect(codeOf(await redeem(server, signInCode.code))).toBe('SIGN_IN_CODE_INVALID');
    // A few minutes short of 24 hours it still works.
    const fresh = await secretary.request<{ signInCode: SignInCode }>('POST', `/api/v1/people/${person.id}/sign-in-code`);
    await server.db.query(`UPDATE sign_in_codes SET expires_at = now() + interval '5 minutes' WHERE user_id = $1 AND used_at IS NULL AND expires_at > now()`, [person.id]);
    expect((await redeem(server, fresh.body.signInCode.code)).status).toBe(200);
  });

  it('a new code makes the earlier unused one stop working; unknown codes get the same answer', async () => {
    const { person, signInCode: first } = await addPerson(secretary, aVolunteer(server));
    const res = await secretary.request<{ signInCode: SignInCode }>('POST', `/api/v1/people/${person.id}/sign-in-code`);
    expect(res.status).toBe(200);
    const second = res.body.signInCode;
    expect(second.code).toMatch(/^\d{12}$/);
    expect(second.code).not.toBe(first.code);
    expect(await redeem(server, first.code).then(codeOf)).toBe('SIGN_IN_CODE_INVALID');
    const unknown = await redeem(server, '000000000000');
    expect(unknown.status).toBe(401);
    expect(unknown.body).toEqual((await redeem(server, first.code)).body);
    expect((await redeem(server, second.code)).status).toBe(200);
    expect((await secretary.request<{ people: { id: string; codePending: boolean }[] }>('GET', '/api/v1/people')).body.people.find((p) => p.id === person.id)).toMatchObject({
      codePending: false,
    });
  });

  it('refuses a malformed code and a short password as BAD_REQUEST, without using the code', async () => {
    const { signInCode } = await addPerson(secretary, aVolunteer(server));
    const short = await redeem(server, signInCode.code, 'short');
    expect(short.status).toBe(400);
    expect(short.body).toMatchObject({ error: { fields: { password: 'password_too_short' } } });
    expect((await redeem(server, '12345')).body).toMatchObject({ error: { fields: { code: 'sign_in_code_invalid' } } });
    expect((await redeem(server, signInCode.code)).status).toBe(200);
  });

  it('the new volunteer with 2栋 pulls 2栋 and only it: no households, residents or other buildings', async () => {
    const { signInCode } = await addPerson(secretary, aVolunteer(server));
    const signedIn = await redeem(server, signInCode.code);
    const pulled = await apiClient(server.url, signedIn.body.accessToken).pullAll();
    const twoId = buildingNamed(server, '2栋');
    expect(pulled.changes.filter((c) => c.entity === 'building').map((c) => c.id)).toEqual([twoId]);
    const entities = new Set(pulled.changes.map((c) => c.entity));
    for (const never of ['household', 'resident', 'visit', 'fever_report', 'checkpoint_entry', 'device_sync']) expect(entities.has(never)).toBe(false);
  });
});

describe('an ended account', () => {
  async function signedInPerson() {
    const added = await addPerson(secretary, aVolunteer(server));
    const signedIn = await redeem(server, added.signInCode.code, 'volunteer-password');
    expect(signedIn.status).toBe(200);
    return { person: added.person, tokens: signedIn.body, api: apiClient(server.url, signedIn.body.accessToken, 'new-phone') };
  }

  it('ended by the secretary: its sync, refresh and sign-in answer ACCOUNT_ENDED (a wrong password stays INVALID_CREDENTIALS)', async () => {
    const { person, tokens, api } = await signedInPerson();
    expect((await api.pull(undefined, 1)).status).toBe(200);
    expect((await secretary.request('POST', `/api/v1/people/${person.id}/end`)).status).toBe(200);

    const pull = await api.pull(undefined, 1);
    expect(pull.status).toBe(401);
    expect(codeOf(pull)).toBe('ACCOUNT_ENDED');
    expect(codeOf(await api.push([]))).toBe('ACCOUNT_ENDED');
    const refreshed = await refresh(server, tokens.refreshToken);
    expect(refreshed.status).toBe(401);
    expect(codeOf(refreshed)).toBe('ACCOUNT_ENDED');
    const signIn = await login(server, person.username, 'volunteer-password');
    expect(signIn.status).toBe(401);
    expect(codeOf(signIn)).toBe('ACCOUNT_ENDED');
    expect(codeOf(await login(server, person.username, 'wrong-password'))).toBe('INVALID_CREDENTIALS');
    const { rows } = await server.db.query<{ revoked_reason: string }>('SELECT revoked_reason FROM sessions WHERE user_id = $1', [person.id]);
    expect(rows.map((r) => r.revoked_reason)).toEqual(['account_ended']);
  });

  it('past its end date: the same ACCOUNT_ENDED for sync, refresh and sign-in, and its unused code no longer works', async () => {
    const { person, tokens, api } = await signedInPerson();
    const fresh = await secretary.request<{ signInCode: SignInCode }>('POST', `/api/v1/people/${person.id}/sign-in-code`);
    await server.db.query(`UPDATE users SET ends_at = now() - interval '1 minute' WHERE id = $1`, [person.id]);

    expect(codeOf(await api.pull(undefined, 1))).toBe('ACCOUNT_ENDED');
    expect(codeOf(await refresh(server, tokens.refreshToken))).toBe('ACCOUNT_ENDED');
    expect(codeOf(await login(server, person.username, 'volunteer-password'))).toBe('ACCOUNT_ENDED');
    expect(codeOf(await check(server, fresh.body.signInCode.code))).toBe('SIGN_IN_CODE_INVALID');
    expect(codeOf(await redeem(server, fresh.body.signInCode.code))).toBe('SIGN_IN_CODE_INVALID');
    // The refused redeem changed nothing: the old password still is the password (and the account still ended).
    await server.db.query('UPDATE users SET ends_at = NULL WHERE id = $1', [person.id]);
    expect((await login(server, person.username, 'volunteer-password')).status).toBe(200);
  });

  it('a session signed out for another reason stays UNAUTHORIZED', async () => {
    const { tokens, api } = await signedInPerson();
    await apiClient(server.url).request('POST', '/api/v1/auth/logout', { refreshToken: tokens.refreshToken });
    expect(codeOf(await api.pull(undefined, 1))).toBe('UNAUTHORIZED');
    expect(codeOf(await refresh(server, tokens.refreshToken))).toBe('UNAUTHORIZED');
  });
});
