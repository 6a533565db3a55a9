/**
 * Wire contract v1, answer by answer: a fixed corpus of good and malformed requests to every route,
 * whose answers (status, the headers a client reads, the exact body text) must not change, and must
 * fit the contract's response schemas. Ids, times, tokens and cursors are replaced by placeholders;
 * long bodies are kept as a hash.
 */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  apiErrorBodySchema,
  healthResponseSchema,
  loginResponseSchema,
  logoutResponseSchema,
  pullResponseSchema,
  pushResponseSchema,
} from '../../src/domain/sync-protocol';
import { startTestServer, type TestServer } from '../fixtures/server-harness';
import { findRecords } from '../fixtures/server-client';
import { aHousehold, aResident, aVisit } from '../fixtures/domain-records';

let server: TestServer;
let workerToken: string;
let workerRefresh: string;
let volunteerToken: string;
let householdId: string;
let buildingId: string;

beforeAll(async () => {
  server = await startTestServer({ loginLimits: { freeFailures: 5, firstDelayMs: 15 * 60 * 1000, maxFailuresPerAddress: 10_000 } });
  const worker = await server.login('worker1', { deviceId: 'd' });
  workerToken = worker.accessToken;
  workerRefresh = worker.refreshToken;
  volunteerToken = (await server.login('volunteer1', { deviceId: 'v' })).accessToken;
  buildingId = server.demo.buildings.find((b) => b.gridId === server.demo.gridIds[0])!.id;
  householdId = (await findRecords(server.db, 'household', { buildingId }))[0]!.id;
});
afterAll(async () => {
  await server?.close();
});

interface CorpusRequest {
  name: string;
  method: string;
  path: string;
  /** A string is sent as it is (with a JSON content type unless `headers` says otherwise). */
  body?: unknown;
  headers?: Record<string, string>;
  auth?: 'worker' | 'volunteer' | 'forged';
}

/** Fixed ids, so that answers naming them read the same on every run. */
const uuid = (n: number) => `0190b000-0000-7000-8000-${n.toString(16).padStart(12, '0')}`;
const at = '2026-11-25T09:30:00.000Z';

function corpus(): CorpusRequest[] {
  const visit = (n: number, overrides: Record<string, unknown> = {}) => ({
    mutationId: `corpus-m-${n}`,
    entity: 'visit',
    op: 'create',
    id: uuid(n),
    data: aVisit({ householdId, checks: [] }),
    recordedAt: at,
    ...overrides,
  });
  const push = (body: unknown, extra: Partial<CorpusRequest> = {}): CorpusRequest => ({
    name: '',
    method: 'POST',
    path: '/api/v1/sync/push',
    body,
    auth: 'worker',
    ...extra,
  });
  const pull = (query: string, extra: Partial<CorpusRequest> = {}): CorpusRequest => ({
    name: '',
    method: 'GET',
    path: `/api/v1/sync/pull${query}`,
    auth: 'worker',
    ...extra,
  });
  const login = (body: unknown, extra: Partial<CorpusRequest> = {}): CorpusRequest => ({
    name: '',
    method: 'POST',
    path: '/api/v1/auth/login',
    body,
    ...extra,
  });
  const refresh = (body: unknown, extra: Partial<CorpusRequest> = {}): CorpusRequest => ({
    name: '',
    method: 'POST',
    path: '/api/v1/auth/refresh',
    body,
    ...extra,
  });
  const logout = (body: unknown, extra: Partial<CorpusRequest> = {}): CorpusRequest => ({
    name: '',
    method: 'POST',
    path: '/api/v1/auth/logout',
    body,
    ...extra,
  });
  const many = (n: number) => Array.from({ length: n }, (_, i) => visit(1000 + i));
  const list: Record<string, CorpusRequest> = {
    'health': { name: '', method: 'GET', path: '/api/v1/health' },
    'health with a query': { name: '', method: 'GET', path: '/api/v1/health?x=1' },
    'health by POST': { name: '', method: 'POST', path: '/api/v1/health', body: {} },
    'unknown api route': { name: '', method: 'GET', path: '/api/v1/nothing-here' },
    'unknown route outside the api': { name: '', method: 'GET', path: '/some/page' },
    'push by GET': { name: '', method: 'GET', path: '/api/v1/sync/push', auth: 'worker' },

    'login': login({ username: 'worker2', password: server.password, deviceId: 'corpus-2' }),
    'login without deviceId': login({ username: 'worker2', password: server.password }),
    'login with an extra field': login({ username: 'worker2', password: server.password, deviceId: 'd', extra: [1] }),
    'login with padded username': login({ username: '  worker2 ', password: server.password, deviceId: 'd' }),
    'login wrong password': login({ username: 'secretary1', password: 'not-it', deviceId: 'd' }),
    'login unknown user': login({ username: 'nobody', password: 'x', deviceId: 'd' }),
    'login empty object': login({}),
    'login without password': login({ username: 'worker1' }),
    'login empty strings': login({ username: '   ', password: '', deviceId: '' }),
    'login wrong types': login({ username: 5, password: ['x'], deviceId: null }),
    'login too long': login({ username: 'u'.repeat(101), password: 'p'.repeat(1001), deviceId: 'd'.repeat(101) }),
    'login NUL in username': login({ username: 'work\u0000er1', password: 'x', deviceId: 'd' }),
    'login null body': login('null'),
    'login array body': login('[1,2]'),
    'login string body': login('"worker1"'),
    'login malformed JSON': login('{"username": "worker1",'),
    'login empty JSON body': login(''),
    'login no body': { name: '', method: 'POST', path: '/api/v1/auth/login' },
    'login text/plain': login('username=worker1', { headers: { 'content-type': 'text/plain' } }),
    'login failure 1': login({ username: 'worker3', password: 'guess-1', deviceId: 'd' }),
    'login failure 2': login({ username: 'worker3', password: 'guess-2', deviceId: 'd' }),
    'login failure 3': login({ username: 'worker3', password: 'guess-3', deviceId: 'd' }),
    'login failure 4': login({ username: 'worker3', password: 'guess-4', deviceId: 'd' }),
    'login failure 5': login({ username: 'worker3', password: 'guess-5', deviceId: 'd' }),
    'login blocked after five failures': login({ username: 'worker3', password: server.password, deviceId: 'd' }),
    'login blocked, malformed': login({ username: 'worker3' }),

    'refresh': refresh({ refreshToken: workerRefresh }),
    'refresh with an extra field': refresh({ refreshToken: workerRefresh, more: true }),
    'refresh garbage token': refresh({ refreshToken: 'not-a-token' }),
    'refresh empty object': refresh({}),
    'refresh empty token': refresh({ refreshToken: '' }),
    'refresh number token': refresh({ refreshToken: 5 }),
    'refresh too long token': refresh({ refreshToken: 'r'.repeat(501) }),
    'refresh NUL token': refresh({ refreshToken: 'a\u0000b' }),
    'refresh null body': refresh('null'),
    'refresh array body': refresh('[]'),
    'refresh malformed JSON': refresh('{'),
    'refresh no body': { name: '', method: 'POST', path: '/api/v1/auth/refresh' },

    'logout nothing to revoke': logout({}),
    'logout no body, no token': { name: '', method: 'POST', path: '/api/v1/auth/logout' },
    'logout null body': logout('null'),
    'logout garbage refresh token': logout({ refreshToken: 'nope' }),
    'logout number token': logout({ refreshToken: 5 }),
    'logout empty token': logout({ refreshToken: '' }),
    'logout array body': logout('[1]'),
    'logout string body': logout('"x"'),
    'logout malformed JSON': logout('{"refreshToken":'),
    'logout forged bearer': logout({}, { auth: 'forged' }),
    'logout extra field': logout({ refreshToken: 'nope', x: 1 }),

    'push without a token': push({ deviceId: 'd', mutations: [] }, { auth: undefined }),
    'push without a token, malformed body': push({ deviceId: 5 }, { auth: undefined }),
    'push without a token, malformed JSON': push('{"deviceId":', { auth: undefined }),
    'push without a token, 501 mutations': push({ deviceId: 'd', mutations: many(501) }, { auth: undefined }),
    'push forged token': push({ deviceId: 'd', mutations: [] }, { auth: 'forged' }),
    'push nothing': push({ deviceId: 'd', mutations: [] }),
    'push one visit': push({ deviceId: 'd', mutations: [visit(1)] }),
    'push the same visit again': push({ deviceId: 'd', mutations: [visit(1)] }),
    'push the same mutationId for another change': push({ deviceId: 'd', mutations: [visit(1, { id: uuid(2) })] }),
    'push with extra fields': push({ deviceId: 'd', mutations: [visit(3, { extra: 1 })], extra: true }),
    'push a mutation that is only an id': push({ deviceId: 'd', mutations: [{ mutationId: 'corpus-only-id' }] }),
    'push malformed mutations with ids': push({
      deviceId: 'd',
      mutations: [
        { mutationId: 'corpus-bad-1', entity: 'visit', op: 'create', id: uuid(4), data: [], recordedAt: at },
        { mutationId: 'corpus-bad-2', entity: 5, op: 'create', id: uuid(5), data: {}, recordedAt: at },
        { mutationId: 'corpus-bad-3', entity: 'visit', op: 'patch', id: uuid(6), baseVersion: -1, data: {}, recordedAt: at },
        { mutationId: 'corpus-bad-4', entity: 'visit', op: 'create', id: uuid(7), baseVersion: 1.5, data: {}, recordedAt: 7 },
        { mutationId: 'corpus-bad-5', entity: 'person', op: 'create', id: uuid(8), data: {}, recordedAt: at },
        { mutationId: 'corpus-bad-6', entity: 'visit', op: 'delete', id: uuid(9), data: {}, recordedAt: at },
        { mutationId: 'corpus-bad-7', entity: 'visit', op: 'create', id: 'not-a-uuid', data: aVisit({ householdId }), recordedAt: at },
        visit(10, { data: aVisit({ householdId, outcome: 'maybe', checks: 'none' }) }),
        { mutationId: 'corpus-bad-8', entity: 'community', op: 'create', id: uuid(11), data: { name: 'x' }, recordedAt: at },
        { mutationId: 'corpus-bad-9', entity: 'household', op: 'create', id: uuid(12), data: aHousehold({ buildingId, room: '' }), recordedAt: at },
        { mutationId: 'corpus-bad-10', entity: 'resident', op: 'create', id: uuid(13), data: aResident({ householdId, name: '', phone: 'x' }), recordedAt: at },
        { mutationId: 'corpus-bad-11', entity: 'visit', op: 'void', id: uuid(1), data: {}, recordedAt: at },
        visit(14, { data: aVisit({ householdId, notes: 'a\u0000b', checks: [] }) }),
      ],
    }),
    'push a mutation without an id': push({ deviceId: 'd', mutations: [{ entity: 'visit' }] }),
    'push mutations that are not objects': push({ deviceId: 'd', mutations: [1, 'x', null] }),
    'push an empty mutationId': push({ deviceId: 'd', mutations: [{ mutationId: '' }] }),
    'push a too long mutationId': push({ deviceId: 'd', mutations: [{ mutationId: 'm'.repeat(101) }] }),
    'push a number mutationId': push({ deviceId: 'd', mutations: [visit(15, { mutationId: 15 })] }),
    'push no mutations list': push({ deviceId: 'd' }),
    'push mutations not a list': push({ deviceId: 'd', mutations: {} }),
    'push empty object': push({}),
    'push empty deviceId': push({ deviceId: '', mutations: [] }),
    'push too long deviceId': push({ deviceId: 'd'.repeat(101), mutations: [] }),
    'push number deviceId, bad items': push({ deviceId: 7, mutations: [{}, { mutationId: 'ok' }] }),
    'push null body': push('null'),
    'push array body': push('[1,2,3]'),
    'push string body': push('"mutations"'),
    'push malformed JSON': push('{"deviceId": "x", "mutations": ['),
    'push empty JSON body': push(''),
    'push no body': { name: '', method: 'POST', path: '/api/v1/sync/push', auth: 'worker' },
    'push text/plain': push('{}', { headers: { 'content-type': 'text/plain' } }),
    'push 500 mutations without ids': push({ deviceId: 'd', mutations: Array.from({ length: 500 }, () => ({})) }),
    'push 501 mutations': push({ deviceId: 'd', mutations: many(501) }),
    'push 501 mutations, no deviceId': push({ mutations: Array.from({ length: 501 }, () => 1) }),
    'push over 1 MB': push({ deviceId: 'd', mutations: [visit(16, { data: aVisit({ householdId, notes: 'x'.repeat(1024 * 1024) }) })] }),
    'push as a volunteer': push({ deviceId: 'v', mutations: [visit(17)] }, { auth: 'volunteer' }),

    'pull without a token': pull('?limit=1', { auth: undefined }),
    'pull without a token, bad limit': pull('?limit=0', { auth: undefined }),
    'pull forged token': pull('?limit=1', { auth: 'forged' }),
    'pull first page of 2': pull('?cursor=&limit=2'),
    'pull limit 1 without cursor': pull('?limit=1'),
    'pull limit with leading zeros': pull('?limit=0001'),
    'pull as a volunteer': pull('?limit=3', { auth: 'volunteer' }),
    'pull garbage cursor': pull('?cursor=garbage&limit=1'),
    'pull unknown parameter': pull('?limit=1&foo=bar'),
    'pull limit 0': pull('?limit=0'),
    'pull limit 1001': pull('?limit=1001'),
    'pull limit 10000': pull('?limit=10000'),
    'pull limit 00001': pull('?limit=00001'),
    'pull limit -1': pull('?limit=-1'),
    'pull limit 1.5': pull('?limit=1.5'),
    'pull limit abc': pull('?limit=abc'),
    'pull limit empty': pull('?limit='),
    'pull limit twice': pull('?limit=1&limit=2'),
    'pull cursor twice': pull('?cursor=a&cursor=b&limit=1'),
    'pull cursor too long': pull(`?cursor=${'c'.repeat(1001)}&limit=1`),
    'pull bad cursor and limit': pull(`?cursor=${'c'.repeat(1001)}&limit=x`),
    'pull NUL in cursor': pull('?cursor=%00&limit=1'),
    'pull everything (default limit)': pull('', { auth: 'volunteer' }),
  };
  return Object.entries(list).map(([name, request]) => ({ ...request, name }));
}

/** The demo's dates are days before the day it is seeded (a sealed building's sealedSince): named by how many. */
function relativeDays(): Map<string, string> {
  const days = new Map<string, string>();
  for (let n = 0; n <= 60; n += 1) days.set(new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10), `<${n} days ago>`);
  return days;
}

/** Placeholders for what differs from run to run: ids, times, dates of the demo, tokens, cursors, the database kind. */
function normalize(text: string): string {
  const ids = new Map<string, string>();
  const days = relativeDays();
  return text
    .replace(/"(accessToken|refreshToken|cursor)":"[^"]{20,}"/g, '"$1":"<$1>"')
    .replace(/"db":"(pglite|postgres)"/g, '"db":"<db>"')
    .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi, (id) => {
      if (id.startsWith('0190b000-')) return id;
      if (!ids.has(id)) ids.set(id, `<id${ids.size + 1}>`);
      return ids.get(id)!;
    })
    .replace(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})/g, (time) => (time === at ? time : '<time>'))
    .replace(/"(\d{4}-\d{2}-\d{2})"/g, (quoted, day: string) => (days.has(day) ? `"${days.get(day)!}"` : quoted));
}

/** The contract's schema for a JSON answer of this route and status. */
function answerSchema(request: CorpusRequest, status: number): z.ZodType | null {
  if (status !== 200) return apiErrorBodySchema;
  const path = request.path.split('?')[0];
  const byPath: Record<string, z.ZodType> = {
    '/api/v1/health': healthResponseSchema,
    '/api/v1/auth/login': loginResponseSchema,
    '/api/v1/auth/refresh': loginResponseSchema,
    '/api/v1/auth/logout': logoutResponseSchema,
    '/api/v1/sync/push': pushResponseSchema,
    '/api/v1/sync/pull': pullResponseSchema,
  };
  return path === undefined ? null : (byPath[path] ?? null);
}

/** Answers that do not fit the contract's schemas (name → what is wrong). */
const misfits: Record<string, string> = {};

async function answer(request: CorpusRequest): Promise<Record<string, unknown>> {
  const tokens = { worker: workerToken, volunteer: volunteerToken, forged: `${workerToken.slice(0, -4)}AAAA` };
  const headers: Record<string, string> = { ...(request.auth ? { authorization: `Bearer ${tokens[request.auth]}` } : {}) };
  let body: string | undefined;
  if (request.body !== undefined) {
    body = typeof request.body === 'string' ? request.body : JSON.stringify(request.body);
    headers['content-type'] = 'application/json';
  }
  const response = await fetch(`${server.url}${request.path}`, {
    method: request.method,
    headers: { ...headers, ...request.headers },
    body,
  });
  const raw = await response.text();
  const schema = answerSchema(request, response.status);
  const fit = schema?.safeParse(JSON.parse(raw));
  if (fit && !fit.success) misfits[request.name] = fit.error.message;
  const text = normalize(raw);
  const long = text.length > 2000;
  return {
    status: response.status,
    contentType: response.headers.get('content-type'),
    cacheControl: response.headers.get('cache-control'),
    retryAfter: response.headers.get('retry-after') === null ? null : 'set',
    ...(long ? { bodyStart: text.slice(0, 600), bodySha256: createHash('sha256').update(text).digest('hex') } : { body: text }),
  };
}

describe('wire contract v1 corpus', () => {
  it('answers every request of the corpus as recorded', async () => {
    const answers: Record<string, unknown> = {};
    for (const request of corpus()) answers[`${request.method} ${request.path.slice(0, 60)} — ${request.name}`] = await answer(request);
    await expect(`${JSON.stringify(answers, null, 2)}\n`).toMatchFileSnapshot('./contract-corpus.answers.json');
    expect(misfits).toEqual({});
  });
});
