/**
 * The people calls of the data client over a fake server (issue 13): each sends the contract's
 * request with the session's token, parses the answer with its schema (an answer that does not fit
 * is SERVER), and a failure is an ApiError with the wire code and fields. Redeeming a sign-in code
 * signs the phone in exactly as a password sign-in does.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../../../src/data/api/api-error';
import { SignInBlockedError } from '../../../../src/data/session/session-manager';
import type { AddPersonResponse, Person, SignInCodeInfo } from '../../../../src/domain/api/people';
import { aHousehold } from '../../../fixtures/domain-records';
import { FakeSyncServer, otherUser, testUser } from '../support/fake-sync-server';
import { disposeClients, newClient } from '../support/test-client';

afterEach(disposeClients);

const person: Person = {
  id: '0190a000-0000-7000-8000-0000000000a1',
  name: '志愿者 周敏',
  username: '13712345678',
  phone: '13712345678',
  role: 'volunteer',
  buildingIds: ['0190a000-0000-7000-8000-0000000000b2'],
  gridIds: [],
  endsAt: '2026-12-31T16:00:00.000Z',
  ended: false,
  lastSyncAt: null,
  codePending: true,
};
const signInCode = { code: '123456789012', expiresAt: '2026-12-01T15:00:00.000Z' };
const info: SignInCodeInfo = { name: person.name, username: person.username, role: 'volunteer', communityName: '幸福里社区', expiresAt: signInCode.expiresAt };

interface Seen {
  method: string;
  path: string;
  body: unknown;
  authorization: string | null;
}

/** The fake sync server plus the people routes: each answers what `answers` holds for "METHOD path". */
function peopleServer(answers: Record<string, [number, unknown]>) {
  const server = new FakeSyncServer();
  const seen: Seen[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = new URL(String(input));
    const path = url.pathname.replace('/api/v1', '');
    if (!path.startsWith('/people') && !path.startsWith('/auth/sign-in-code')) return server.fetch(input, init);
    const body: unknown = typeof init?.body === 'string' ? JSON.parse(init.body) : undefined;
    const method = init?.method ?? 'GET';
    seen.push({ method, path, body, authorization: new Headers(init?.headers).get('authorization') });
    const key = `${method} ${path}`;
    if (key === 'POST /auth/sign-in-code/redeem' && !answers[key]) {
      // The code's account signs in: tokens the fake server knows, as its login gives.
      const { deviceId } = body as { deviceId: string };
      return server.fetch('http://gridwalk.test/api/v1/auth/login', { method: 'POST', body: JSON.stringify({ username: 'worker1', password: 'secret', deviceId }) });
    }
    const [status, payload] = answers[key] ?? [404, { error: { code: 'NOT_FOUND', message: `no ${key}` } }];
    return new Response(JSON.stringify(payload), { status, headers: { 'content-type': 'application/json' } });
  };
  return { server, seen, client: newClient(server, { fetch }) };
}

async function rejection(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

describe('people calls', () => {
  it('lists, adds, changes, ends and makes a code with the session’s token, reading each answer', async () => {
    const ended = { ...person, ended: true, endsAt: '2026-11-30T10:00:00.000Z' };
    const { client, seen } = peopleServer({
      'GET /people': [200, { people: [person], extra: 'ignored' }],
      'POST /people': [201, { person, signInCode } satisfies AddPersonResponse],
      [`PATCH /people/${person.id}`]: [200, { person: { ...person, buildingIds: [] } }],
      [`POST /people/${person.id}/end`]: [200, { person: ended }],
      [`POST /people/${person.id}/sign-in-code`]: [200, { signInCode }],
    });
    await client.signIn('worker1', 'secret');

    expect(await client.listPeople()).toEqual([person]);
    const input = { name: person.name, phone: person.phone!, role: 'volunteer' as const, buildingIds: person.buildingIds, endsOn: '2026-12-31' };
    expect(await client.addPerson(input)).toEqual({ person, signInCode });
    expect(await client.updatePerson(person.id, { endsOn: '2027-01-31' })).toMatchObject({ id: person.id });
    expect(await client.endPerson(person.id)).toEqual(ended);
    expect(await client.newSignInCode(person.id)).toEqual(signInCode);

    expect(seen.map((s) => `${s.method} ${s.path}`)).toEqual([
      'GET /people',
      'POST /people',
      `PATCH /people/${person.id}`,
      `POST /people/${person.id}/end`,
      `POST /people/${person.id}/sign-in-code`,
    ]);
    expect(seen.every((s) => s.authorization === 'Bearer access-1')).toBe(true);
    expect(seen[1]!.body).toEqual(input);
    expect(seen[2]!.body).toEqual({ endsOn: '2027-01-31' });
  });

  it('passes the wire code and fields on: FORBIDDEN, PHONE_IN_USE, VALIDATION; an answer that does not fit is SERVER', async () => {
    const { client } = peopleServer({
      'GET /people': [403, { error: { code: 'FORBIDDEN', message: 'no' } }],
      'POST /people': [400, { error: { code: 'VALIDATION', message: 'bad', fields: { endsOn: 'date_in_past' } } }],
      [`POST /people/${person.id}/end`]: [200, { person: { ...person, ended: 'yes' } }],
      [`POST /people/${person.id}/sign-in-code`]: [409, { error: { code: 'PHONE_IN_USE', message: 'taken' } }],
    });
    await client.signIn('worker1', 'secret');
    expect(await rejection(client.listPeople())).toMatchObject({ status: 403, code: 'FORBIDDEN' });
    const invalid = await rejection(client.addPerson({ name: 'x', phone: '13712345678', role: 'volunteer', buildingIds: [], endsOn: '2020-01-01' }));
    expect(invalid).toMatchObject({ status: 400, code: 'VALIDATION', fields: { endsOn: 'date_in_past' } });
    expect(await rejection(client.endPerson(person.id))).toMatchObject({ code: 'SERVER' });
    expect(await rejection(client.newSignInCode(person.id))).toMatchObject({ status: 409, code: 'PHONE_IN_USE' });
  });

  it('checks a code without a session; an unusable code is SIGN_IN_CODE_INVALID', async () => {
    const { client, seen } = peopleServer({ 'POST /auth/sign-in-code/check': [200, info] });
    expect(await client.checkSignInCode('123456789012')).toEqual(info);
    expect(seen[0]).toMatchObject({ body: { code: '123456789012' }, authorization: null });

    const refused = peopleServer({ 'POST /auth/sign-in-code/check': [401, { error: { code: 'SIGN_IN_CODE_INVALID', message: 'no' } }] });
    expect(await rejection(refused.client.checkSignInCode('000000000000'))).toMatchObject({ status: 401, code: 'SIGN_IN_CODE_INVALID' });
    const offline = newClient(new FakeSyncServer(), { fetch: async () => Promise.reject(new TypeError('fetch failed')) });
    expect(await rejection(offline.checkSignInCode('123456789012'))).toMatchObject({ code: 'NETWORK' });
  });

  it('redeeming signs the phone in as signIn does: the session saved with this device, then it syncs', async () => {
    const { client, server, seen } = peopleServer({});
    await client.session.ready;
    const user = await client.redeemSignInCode('123456789012', 'new-password-1');
    expect(user).toEqual(testUser);
    expect(client.getSessionState()).toEqual({ status: 'signed_in', user: testUser, reauthRequired: false });
    const { deviceId } = seen[0]!.body as { deviceId: string };
    expect(seen[0]!.body).toEqual({ code: '123456789012', password: 'new-password-1', deviceId });
    expect(deviceId).toBeTruthy();

    const id = await client.create('household', aHousehold());
    await client.syncNow();
    expect(server.records.has(id)).toBe(true);
    expect(client.getSyncStatus()).toMatchObject({ phase: 'idle', lastError: null });
  });

  it('a refused code leaves the phone as it was; another user’s unsent work refuses the new session as signIn does', async () => {
    const refused = peopleServer({
      'POST /auth/sign-in-code/redeem': [401, { error: { code: 'SIGN_IN_CODE_INVALID', message: 'used' } }],
    });
    await refused.client.signIn(otherUser.username, 'secret');
    expect(await rejection(refused.client.redeemSignInCode('123456789012', 'new-password-1'))).toMatchObject({ code: 'SIGN_IN_CODE_INVALID' });
    expect(refused.client.getSessionState().user).toEqual(otherUser);

    const { client } = peopleServer({});
    await client.signIn(otherUser.username, 'secret');
    await client.create('household', aHousehold());
    const blocked = await client.redeemSignInCode('123456789012', 'new-password-1').catch((e: unknown) => e);
    expect(blocked).toBeInstanceOf(SignInBlockedError);
    expect(client.getSessionState().user).toEqual(otherUser);
  });
});
