/** API answers go out gzip- or brotli-compressed when the client accepts it, plain otherwise, errors included. */
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pullResponseSchema } from '../../src/domain/sync-protocol';
import { COMPRESSION_THRESHOLD } from '../../src/server/http/compression';
import { startTestServer, type TestServer } from '../fixtures/server-harness';

let server: TestServer;
let auth: Record<string, string>;
const PULL = '/api/v1/sync/pull?cursor=&limit=500';

beforeAll(async () => {
  server = await startTestServer();
  auth = { authorization: `Bearer ${(await server.login('secretary1')).accessToken}` };
});
afterAll(async () => {
  await server?.close();
});

/** The body as the client reads it after undoing the content-encoding. */
function decoded(res: LightMyRequestResponse): string {
  const encoding = res.headers['content-encoding'];
  const raw = res.rawPayload;
  if (encoding === 'br') return brotliDecompressSync(raw).toString('utf8');
  if (encoding === 'gzip') return gunzipSync(raw).toString('utf8');
  expect(encoding).toBeUndefined();
  return raw.toString('utf8');
}

function varies(res: LightMyRequestResponse): string[] {
  return String(res.headers.vary ?? '').split(',').map((token) => token.trim().toLowerCase());
}

const pull = (headers: Record<string, string> = {}) => server.app.inject({ method: 'GET', url: PULL, headers: { ...auth, ...headers } });

describe('compressed API answers', () => {
  it('sends a pull page gzip- or brotli-compressed, decoding to the same JSON as the plain one', async () => {
    // A first pull leaves the server's note of this phone's last pull (device_sync); the pages compared come after it.
    await pull();
    const plain = await pull();
    expect(plain.statusCode).toBe(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    const page = pullResponseSchema.parse(JSON.parse(plain.body));
    expect(page.changes.length).toBeGreaterThan(50);
    expect(plain.rawPayload.length).toBeGreaterThan(COMPRESSION_THRESHOLD);

    for (const encoding of ['gzip', 'br'] as const) {
      const res = await pull({ 'accept-encoding': encoding });
      expect(res.statusCode, encoding).toBe(200);
      expect(res.headers['content-encoding'], encoding).toBe(encoding);
      expect(res.headers['content-type'], encoding).toMatch(/^application\/json/);
      expect(res.headers['cache-control'], encoding).toBe('no-store');
      expect(varies(res), encoding).toContain('accept-encoding');
      // Several times smaller on the wire, and the same answer once decoded.
      expect(res.rawPayload.length, encoding).toBeLessThan(plain.rawPayload.length / 4);
      expect(JSON.parse(decoded(res)), encoding).toEqual(JSON.parse(plain.body));
    }
  });

  it('prefers brotli when both are accepted, and takes gzip for a wildcard', async () => {
    expect((await pull({ 'accept-encoding': 'gzip, deflate, br' })).headers['content-encoding']).toBe('br');
    expect((await pull({ 'accept-encoding': 'br;q=0.5, gzip' })).headers['content-encoding']).toBe('gzip');
    expect((await pull({ 'accept-encoding': '*' })).headers['content-encoding']).toBe('gzip');
  });

  it('answers plainly, still varying by Accept-Encoding, when the client accepts no encoding it knows', async () => {
    const cases: Record<string, string>[] = [{}, { 'accept-encoding': 'identity' }, { 'accept-encoding': 'deflate' }];
    for (const headers of cases) {
      const res = await pull(headers);
      expect(res.headers['content-encoding']).toBeUndefined();
      expect(varies(res)).toContain('accept-encoding');
      expect(pullResponseSchema.safeParse(JSON.parse(res.body)).success).toBe(true);
    }
  });

  it('leaves small answers uncompressed', async () => {
    const res = await server.app.inject({ method: 'GET', url: '/api/v1/health', headers: { 'accept-encoding': 'br, gzip' } });
    expect(res.statusCode).toBe(200);
    expect(res.rawPayload.length).toBeLessThan(COMPRESSION_THRESHOLD);
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.json()).toMatchObject({ status: 'ok' });
  });

  it('keeps error answers in the contract format, with their code, whatever the encoding', async () => {
    for (const encoding of ['gzip', 'br']) {
      const unauthorized = await server.app.inject({ method: 'GET', url: PULL, headers: { 'accept-encoding': encoding } });
      expect(unauthorized.statusCode).toBe(401);
      expect(unauthorized.headers['content-type']).toMatch(/^application\/json/);
      expect(JSON.parse(decoded(unauthorized))).toMatchObject({ error: { code: 'UNAUTHORIZED' } });

      const invalid = await server.app.inject({ method: 'GET', url: '/api/v1/sync/pull?limit=abc', headers: { ...auth, 'accept-encoding': encoding } });
      expect(invalid.statusCode).toBe(400);
      expect(JSON.parse(decoded(invalid))).toMatchObject({ error: { code: 'BAD_REQUEST' } });

      const missing = await server.app.inject({ method: 'GET', url: '/api/v1/nothing-here', headers: { 'accept-encoding': encoding } });
      expect(missing.statusCode).toBe(404);
      expect(JSON.parse(decoded(missing))).toMatchObject({ error: { code: 'NOT_FOUND' } });
    }
  });

  it('lets an ordinary HTTP client (fetch) read the compressed answers', async () => {
    const res = await fetch(`${server.url}${PULL}`, { headers: { ...auth, 'accept-encoding': 'br, gzip' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-encoding')).toBe('br');
    expect(pullResponseSchema.parse(await res.json()).changes.length).toBeGreaterThan(50);
  });
});
