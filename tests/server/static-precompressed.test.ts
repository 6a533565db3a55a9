/**
 * The built app's precompressed copies (.br/.gz next to each file, made by the build) are sent as they
 * are to the clients that accept them, with the original's content type and caching.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync, constants, gunzipSync, gzipSync } from 'node:zlib';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app';
import { DYNAMIC_BROTLI_QUALITY } from '../../src/server/http/compression';
import { startTestServer, type TestServer } from '../fixtures/server-harness';

let server: TestServer;
let app: FastifyInstance;
let dist: string;

const SCRIPT = Array.from({ length: 200 }, (_, i) => `export const label${i} = ${JSON.stringify(`网格 ${i} 号楼`)};`).join('\n');
const PAGE = `<!doctype html><html lang="zh-CN"><head><title>网格通</title><script type="module" src="/assets/app-abc.js"></script></head><body>${'<div></div>'.repeat(120)}</body></html>`;
const STYLES = Array.from({ length: 120 }, (_, i) => `.room-${i} { color: #${(i * 4099).toString(16).padStart(6, '0').slice(0, 6)}; }`).join('\n');

/** Precompressed at settings no per-request compression uses, so the bytes show which copy was sent. */
const brCopy = (text: string) => brotliCompressSync(text, { params: { [constants.BROTLI_PARAM_QUALITY]: 2 } });
const gzCopy = (text: string) => gzipSync(text, { level: 1 });

function write(relative: string, content: string | Buffer): void {
  mkdirSync(path.dirname(path.join(dist, relative)), { recursive: true });
  writeFileSync(path.join(dist, relative), content);
}

beforeAll(async () => {
  server = await startTestServer();
  dist = mkdtempSync(path.join(os.tmpdir(), 'gridwalk-dist-compressed-'));
  for (const [file, text] of [['index.html', PAGE], ['assets/app-abc.js', SCRIPT], ['sw.js', SCRIPT]] as const) {
    write(file, text);
    write(`${file}.br`, brCopy(text));
    write(`${file}.gz`, gzCopy(text));
  }
  write('assets/round-abc.css', STYLES); // no precompressed copies
  app = await buildApp({ db: server.db, secret: server.secret, staticDir: dist });
});
afterAll(async () => {
  await app?.close();
  await server?.close();
  rmSync(dist, { recursive: true, force: true });
});

const get = (url: string, acceptEncoding?: string) =>
  app.inject({ method: 'GET', url, headers: acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding } });

function varies(res: LightMyRequestResponse): string[] {
  return String(res.headers.vary ?? '').split(',').map((token) => token.trim().toLowerCase());
}

const onDisk = (relative: string) => readFileSync(path.join(dist, relative));

describe('precompressed built files', () => {
  it('the fixture copies differ from what the server would compress per request', () => {
    const perRequest = brotliCompressSync(SCRIPT, { params: { [constants.BROTLI_PARAM_QUALITY]: DYNAMIC_BROTLI_QUALITY } });
    expect(onDisk('assets/app-abc.js.br').equals(perRequest)).toBe(false);
    expect(onDisk('assets/app-abc.js.gz').equals(gzipSync(SCRIPT))).toBe(false);
  });

  it('sends the .br copy of an asset to a client accepting brotli, as a script cached for good', async () => {
    const res = await get('/assets/app-abc.js', 'gzip, deflate, br');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-type']).toMatch(/^(?:text|application)\/javascript/);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(varies(res)).toContain('accept-encoding');
    expect(res.rawPayload.equals(onDisk('assets/app-abc.js.br'))).toBe(true);
    expect(brotliDecompressSync(res.rawPayload).toString('utf8')).toBe(SCRIPT);
  });

  it('sends the .gz copy when only gzip is accepted', async () => {
    const res = await get('/assets/app-abc.js', 'gzip');
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.headers['content-type']).toMatch(/^(?:text|application)\/javascript/);
    expect(res.headers['cache-control']).toContain('immutable');
    expect(varies(res)).toContain('accept-encoding');
    expect(res.rawPayload.equals(onDisk('assets/app-abc.js.gz'))).toBe(true);
    expect(gunzipSync(res.rawPayload).toString('utf8')).toBe(SCRIPT);
  });

  it('sends the file itself to a client accepting neither', async () => {
    for (const acceptEncoding of [undefined, 'identity', 'deflate']) {
      const res = await get('/assets/app-abc.js', acceptEncoding);
      expect(res.headers['content-encoding'], acceptEncoding).toBeUndefined();
      expect(res.headers['content-type']).toMatch(/^(?:text|application)\/javascript/);
      expect(res.headers['cache-control']).toContain('immutable');
      expect(varies(res), acceptEncoding).toContain('accept-encoding');
      expect(res.body).toBe(SCRIPT);
    }
  });

  it('serves index.html compressed and revalidated, at / and for client-side routes', async () => {
    for (const url of ['/', '/index.html', '/households/123']) {
      const res = await get(url, 'br');
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['content-encoding'], url).toBe('br');
      expect(res.headers['content-type'], url).toMatch(/^text\/html/);
      expect(res.headers['cache-control'], url).toBe('no-cache');
      expect(brotliDecompressSync(res.rawPayload).toString('utf8'), url).toBe(PAGE);
    }
    const gz = await get('/', 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gz.headers['cache-control']).toBe('no-cache');
    const plain = await get('/');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers['cache-control']).toBe('no-cache');
    expect(plain.body).toBe(PAGE);
  });

  it('keeps the service worker revalidated when its compressed copy is sent', async () => {
    const res = await get('/sw.js', 'br');
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(res.rawPayload.equals(onDisk('sw.js.br'))).toBe(true);
  });

  it('compresses a file without copies on the fly, keeping its type and caching', async () => {
    const res = await get('/assets/round-abc.css', 'br');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-type']).toMatch(/^text\/css/);
    expect(res.headers['cache-control']).toContain('immutable');
    expect(brotliDecompressSync(res.rawPayload).toString('utf8')).toBe(STYLES);
  });

  it('still answers a missing asset with 404', async () => {
    const res = await get('/assets/gone-000.js', 'br');
    expect(res.statusCode).toBe(404);
  });
});
