import { describe, expect, it, vi } from 'vitest';
import { ApiClient } from '../../../../src/data/api/api-client';
import { parseRetryAfter } from '../../../../src/data/api/retry-after';
import { ApiError } from '../../../../src/data/data-client';

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
    const fetch = respond(200, JSON.stringify({ changes: [], cursor: '9', hasMore: false }));
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
