import { describe, expect, it, vi } from 'vitest';
import { ApiClient } from '../../../../src/data/api/api-client';
import { parseRetryAfter } from '../../../../src/data/api/retry-after';
import { ApiError } from '../../../../src/data/api/api-error';
import { classifyFailure } from '../../../../src/data/sync/failure';

function respond(status: number, body: string, headers: Record<string, string> = {}) {
  return vi.fn<typeof fetch>(async () => new Response(body, { status, headers }));
}

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

describe('ApiClient', () => {
  it('sends JSON with the bearer token to /api/v1 under the base URL', async () => {
    const page = JSON.stringify({ changes: [], cursor: '9', hasMore: false });
    const fetch = vi.fn<typeof globalThis.fetch>(async (url) => new Response(String(url).endsWith('/sync/push') ? '{"results":[]}' : page));
    const api = new ApiClient({ baseUrl: 'http://server.test:8080/', fetch });
    await expect(api.pull('tok', '5', 100)).resolves.toEqual({ changes: [], cursor: '9', hasMore: false });
    const [url, init] = fetch.mock.calls[0]!;
    expect(url).toBe('http://server.test:8080/api/v1/sync/pull?cursor=5&limit=100');
    expect(new Headers(init!.headers).get('authorization')).toBe('Bearer tok');

    await new ApiClient({ baseUrl: 'http://server.test/api/v1', fetch }).push('tok', { deviceId: 'd', mutations: [] });
    const [pushUrl, pushInit] = fetch.mock.calls[1]!;
    expect(pushUrl).toBe('http://server.test/api/v1/sync/push');
    expect(pushInit!.method).toBe('POST');
    expect(JSON.parse(pushInit!.body as string)).toEqual({ deviceId: 'd', mutations: [] });
  });

  it('turns a failed fetch into NETWORK', async () => {
    const api = new ApiClient({ baseUrl: 'http://x', fetch: vi.fn<typeof fetch>(async () => Promise.reject(new TypeError('fetch failed'))) });
    const error = await failure(api.login('a', 'b', 'd'));
    expect(error.code).toBe('NETWORK');
    expect(error.status).toBe(0);
  });

  it('times out a request that never answers as NETWORK', async () => {
    const hanging = vi.fn<typeof fetch>(
      (_url, init) =>
        new Promise<Response>((_resolve, reject) => {
          init!.signal!.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
        }),
    );
    const error = await failure(new ApiClient({ baseUrl: 'http://x', fetch: hanging, timeoutMs: 20 }).pull('t', '', 10));
    expect(error.code).toBe('NETWORK');
    expect(error.message).toBe('timeout');
  });

  it('reports 5xx as SERVER even without a JSON body, with Retry-After', async () => {
    const api = new ApiClient({ baseUrl: 'http://x', fetch: respond(503, '<html>busy</html>', { 'retry-after': '7' }) });
    const error = await failure(api.pull('t', '', 10));
    expect(error).toMatchObject({ status: 503, code: 'SERVER', retryAfterMs: 7000 });
  });

  it('passes wire error codes, fields and Retry-After through', async () => {
    const body = JSON.stringify({ error: { code: 'TOO_MANY_REQUESTS', message: 'slow down' } });
    const limited = await failure(new ApiClient({ baseUrl: 'http://x', fetch: respond(429, body, { 'Retry-After': '2' }) }).login('a', 'b', 'd'));
    expect(limited).toMatchObject({ status: 429, code: 'TOO_MANY_REQUESTS', retryAfterMs: 2000, message: 'slow down' });

    const invalid = JSON.stringify({ error: { code: 'BAD_REQUEST', message: 'bad', fields: { deviceId: 'invalid_type' } } });
    const bad = await failure(new ApiClient({ baseUrl: 'http://x', fetch: respond(400, invalid) }).push('t', { deviceId: '', mutations: [] }));
    expect(bad).toMatchObject({ status: 400, code: 'BAD_REQUEST', fields: { deviceId: 'invalid_type' } });

    const unauthorized = await failure(new ApiClient({ baseUrl: 'http://x', fetch: respond(401, '') }).pull('t', '', 1));
    expect(unauthorized).toMatchObject({ status: 401, code: 'UNAUTHORIZED' });
  });

  it('treats an unreadable 200 body as a server error', async () => {
    const error = await failure(new ApiClient({ baseUrl: 'http://x', fetch: respond(200, '{"changes":') }).pull('t', '', 1));
    expect(error.code).toBe('SERVER');
  });
});

const user = { id: 'u1', username: 'worker1', displayName: '王芳', role: 'grid_worker', communityId: 'c1', gridIds: ['g1'] };
const tokens = { accessToken: 'a', refreshToken: 'r', expiresIn: 43200 };
const apiAnswering = (status: number, body: unknown) => new ApiClient({ baseUrl: 'http://x', fetch: respond(status, JSON.stringify(body)) });

describe('ApiClient reading answers with the contract', () => {
  it('refuses an answer that does not fit its schema as SERVER, which the sync engine retries like a 5xx', async () => {
    const cases: [string, (api: ApiClient) => Promise<unknown>, unknown][] = [
      ['login', (api) => api.login('a', 'b', 'd'), { ...tokens, user: { ...user, gridIds: 'g1' } }],
      ['refresh', (api) => api.refresh('r'), { accessToken: 'a', expiresIn: 60 }],
      ['push', (api) => api.push('t', { deviceId: 'd', mutations: [] }), { results: [{ mutationId: 'm1', status: 'maybe' }] }],
      ['pull', (api) => api.pull('t', '', 10), { changes: [], hasMore: false }],
      ['pull', (api) => api.pull('t', '', 10), [1, 2]],
      ['logout', (api) => api.logout('r'), { status: 5 }],
    ];
    for (const [route, call, body] of cases) {
      const error = await failure(call(apiAnswering(200, body)));
      expect(error, route).toMatchObject({ status: 200, code: 'SERVER' });
      expect(error.message, route).toMatch(/^invalid response: /);
      expect(classifyFailure(error), route).toMatchObject({ code: 'SERVER', retry: true });
    }
    const push = await failure(apiAnswering(200, { results: [{ mutationId: 'm1', status: 'maybe' }] }).push('t', { deviceId: 'd', mutations: [] }));
    expect(push.message).toBe('invalid response: results.0.status: invalid_value');
  });

  it('reads what a later server adds: unknown fields, entities and error codes', async () => {
    const login = await apiAnswering(200, { ...tokens, user: { ...user, avatar: 'x.png' }, session: { id: 's' } }).login('a', 'b', 'd');
    expect(login).toEqual({ ...tokens, user });

    const pushed = await apiAnswering(200, {
      results: [
        { mutationId: 'm1', status: 'applied', version: 2, serverTime: 'now' },
        { mutationId: 'm2', status: 'rejected', error: { code: 'QUOTA_EXCEEDED', message: 'later code', fields: { notes: 'too_long' }, hint: 'x' } },
      ],
      serverVersion: 2,
    }).push('t', { deviceId: 'd', mutations: [] });
    expect(pushed.results).toEqual([
      { mutationId: 'm1', status: 'applied', version: 2 },
      { mutationId: 'm2', status: 'rejected', error: { code: 'QUOTA_EXCEEDED', message: 'later code', fields: { notes: 'too_long' } } },
    ]);

    const task = { entity: 'task', id: 't1', op: 'upsert', version: 1, data: { title: '送药', priority: 2 } };
    const visit = { entity: 'visit', id: 'v1', op: 'upsert', version: 3, data: { outcome: 'visited', newField: true }, etag: 'x' };
    const page = await apiAnswering(200, { changes: [task, visit], cursor: 'c2', hasMore: false, compressed: false }).pull('t', '', 10);
    expect(page).toEqual({ changes: [task, { entity: 'visit', id: 'v1', op: 'upsert', version: 3, data: { outcome: 'visited', newField: true } }], cursor: 'c2', hasMore: false });

    const refused = await failure(apiAnswering(409, { error: { code: 'CONFLICTING_SHIFT', message: 'later code', extra: 1 } }).pull('t', '', 1));
    expect(refused).toMatchObject({ status: 409, code: 'CONFLICTING_SHIFT', message: 'later code' });
  });

  it('takes a refresh answer without the user and an empty sign-out answer', async () => {
    await expect(apiAnswering(200, tokens).refresh('r')).resolves.toEqual(tokens);
    const empty = new ApiClient({ baseUrl: 'http://x', fetch: vi.fn<typeof fetch>(async () => new Response(null, { status: 204 })) });
    await expect(empty.logout('r', 'a')).resolves.toBeUndefined();
    await expect(apiAnswering(200, { status: 'ok' }).logout('r')).resolves.toBeUndefined();
  });

  it('leaves an error body that is not the contract’s (a proxy page) to the status', async () => {
    const page = await failure(new ApiClient({ baseUrl: 'http://x', fetch: respond(413, '<html>413 Request Entity Too Large</html>') }).push('t', { deviceId: 'd', mutations: [] }));
    expect(page).toMatchObject({ status: 413, code: 'PAYLOAD_TOO_LARGE', message: 'HTTP 413' });
    const odd = await failure(apiAnswering(401, { error: { code: 'UNAUTHORIZED', message: 7 } }).pull('t', '', 1));
    expect(odd).toMatchObject({ status: 401, code: 'UNAUTHORIZED', message: 'HTTP 401' });
    const lowercase = await failure(apiAnswering(403, { error: { code: 'nope', message: 'no' } }).pull('t', '', 1));
    expect(lowercase).toMatchObject({ status: 403, code: 'FORBIDDEN', message: 'no' });
  });
});

describe('parseRetryAfter', () => {
  it('reads seconds and HTTP dates', () => {
    const now = Date.parse('2026-11-25T10:00:00Z');
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter('Wed, 25 Nov 2026 10:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('Wed, 25 Nov 2026 09:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });
});
