/**
 * Issue 11, item 8: every answer — the app's HTML, its files, the JSON API and errors — carries the
 * security headers (a strict CSP with frame-ancestors 'none', nosniff, no referrer, a Permissions-Policy
 * allowing only this origin's camera); HSTS only when PUBLIC_URL is https; source maps 404 unless
 * SERVE_SOURCE_MAPS=1; the API description can be switched off with API_DOCS=0.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type BuildAppOptions } from '../../../src/server/app';
import { startTestServer, type TestServer } from '../../fixtures/server-harness';

let server: TestServer;
let dist: string;
const apps: FastifyInstance[] = [];

const SCRIPT = 'console.log("app");\n//# sourceMappingURL=app-abc.js.map';
const SOURCE_MAP = JSON.stringify({ version: 3, sources: ['../src/app/main.tsx'], mappings: 'AAAA' });

function write(relative: string, content: string): void {
  mkdirSync(path.dirname(path.join(dist, relative)), { recursive: true });
  writeFileSync(path.join(dist, relative), content);
}

async function appWith(options: Partial<BuildAppOptions> = {}): Promise<FastifyInstance> {
  const app = await buildApp({ db: server.db, secret: server.secret, staticDir: dist, ...options });
  apps.push(app);
  return app;
}

beforeAll(async () => {
  server = await startTestServer();
  dist = mkdtempSync(path.join(os.tmpdir(), 'gridwalk-dist-security-'));
  write('index.html', '<!doctype html><html><head><title>网格通</title><script type="module" src="/assets/app-abc.js"></script></head><body></body></html>');
  write('assets/app-abc.js', SCRIPT);
  write('assets/app-abc.js.map', SOURCE_MAP);
  write('sw.js', 'self.addEventListener("fetch", () => {});');
  write('sw.js.map', SOURCE_MAP);
});
afterAll(async () => {
  for (const app of apps) await app.close();
  await server?.close();
  rmSync(dist, { recursive: true, force: true });
});

/** The CSP's directives by name. */
function directives(res: LightMyRequestResponse): Map<string, string[]> {
  const header = res.headers['content-security-policy'];
  expect(typeof header).toBe('string');
  const entries = String(header)
    .split(';')
    .map((part) => part.trim().split(/\s+/))
    .filter((tokens) => tokens[0] !== '')
    .map((tokens): [string, string[]] => [tokens[0]!.toLowerCase(), tokens.slice(1)]);
  return new Map(entries);
}

function expectSecurityHeaders(res: LightMyRequestResponse): void {
  const csp = directives(res);
  expect(csp.get('default-src')).toEqual(["'self'"]);
  // No inline or eval'd script, no inline style; only this origin's files.
  expect(csp.get('script-src')).toEqual(["'self'"]);
  expect(csp.get('style-src')).toEqual(["'self'"]);
  expect(csp.get('connect-src')).toEqual(["'self'"]);
  expect(csp.get('worker-src')).toEqual(["'self'"]);
  expect(csp.get('img-src')).toEqual(["'self'", 'data:', 'blob:']);
  expect(csp.get('object-src')).toEqual(["'none'"]);
  expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
  expect(String(res.headers['content-security-policy'])).not.toMatch(/unsafe-inline|unsafe-eval/);
  expect(res.headers['x-content-type-options']).toBe('nosniff');
  expect(res.headers['referrer-policy']).toBe('no-referrer');
  const permissions = String(res.headers['permissions-policy']).split(',').map((part) => part.trim());
  expect(permissions).toContain('camera=(self)');
  expect(permissions).toContain('microphone=()');
  expect(permissions).toContain('geolocation=()');
}

describe('security headers on every answer', () => {
  it('on the app: index.html, a client-side route (SPA fallback), a script and the service worker', async () => {
    const app = await appWith();
    for (const url of ['/', '/households/abc', '/assets/app-abc.js', '/sw.js']) {
      const res = await app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(200);
      expectSecurityHeaders(res);
    }
    const html = await app.inject({ method: 'GET', url: '/', headers: { 'accept-encoding': 'br, gzip' } });
    expect(html.headers['content-type']).toMatch(/^text\/html/);
    expectSecurityHeaders(html);
  });

  it('on a JSON API answer, with its other headers kept', async () => {
    const app = await appWith();
    const res = await app.inject({ method: 'GET', url: '/api/v1/health' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.headers['cache-control']).toBe('no-store');
    expectSecurityHeaders(res);
  });

  it('on errors: an unknown API route, a request without a token, an invalid body, a missing file', async () => {
    const app = await appWith();
    const answers = [
      await app.inject({ method: 'GET', url: '/api/v1/nothing-here' }),
      await app.inject({ method: 'POST', url: '/api/v1/sync/pull', payload: {} }),
      await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 42 } }),
      await app.inject({ method: 'GET', url: '/assets/missing-abc.js' }),
    ];
    for (const res of answers) {
      expect(res.statusCode).toBeGreaterThanOrEqual(400);
      expectSecurityHeaders(res);
    }
  });

  it('also when no app is built (API only)', async () => {
    const app = await appWith({ staticDir: null });
    expectSecurityHeaders(await app.inject({ method: 'GET', url: '/api/v1/health' }));
    expectSecurityHeaders(await app.inject({ method: 'GET', url: '/' }));
  });
});

describe('HSTS only behind https', () => {
  it('is not sent without PUBLIC_URL, nor with an http one', async () => {
    for (const publicUrl of [undefined, null, 'http://grid.example']) {
      const app = await appWith({ publicUrl });
      for (const url of ['/', '/api/v1/health']) {
        expect((await app.inject({ method: 'GET', url })).headers['strict-transport-security'], `${publicUrl} ${url}`).toBeUndefined();
      }
    }
  });

  it('is sent on every answer when PUBLIC_URL is https', async () => {
    const app = await appWith({ publicUrl: 'https://grid.example' });
    for (const url of ['/', '/api/v1/health', '/api/v1/nothing-here', '/sw.js']) {
      const res = await app.inject({ method: 'GET', url });
      expect(res.headers['strict-transport-security'], url).toBe('max-age=31536000; includeSubDomains');
      expectSecurityHeaders(res);
    }
  });
});

describe('source maps', () => {
  const maps = ['/assets/app-abc.js.map', '/sw.js.map', '/assets/APP-abc.js.MAP'];

  it('are answered 404 by default (the scripts themselves are served)', async () => {
    const app = await appWith();
    expect((await app.inject({ method: 'GET', url: '/assets/app-abc.js' })).statusCode).toBe(200);
    for (const url of maps) {
      for (const method of ['GET', 'HEAD'] as const) {
        const res = await app.inject({ method, url, headers: { 'accept-encoding': 'br, gzip' } });
        expect(res.statusCode, `${method} ${url}`).toBe(404);
        expect(res.body).not.toContain('mappings');
      }
    }
  });

  it('are not reached through %-escapes either (that path is no file: the SPA fallback answers)', async () => {
    const app = await appWith();
    const res = await app.inject({ method: 'GET', url: '/assets/app-abc.js.%6Dap' });
    expect(res.body).not.toContain('mappings');
    expect(res.headers['content-type']).toMatch(/^text\/html/);
  });

  it('are served with SERVE_SOURCE_MAPS=1', async () => {
    const app = await appWith({ serveSourceMaps: true });
    for (const url of ['/assets/app-abc.js.map', '/sw.js.map']) {
      const res = await app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(200);
      expect(res.body).toBe(SOURCE_MAP);
      expectSecurityHeaders(res);
    }
  });
});

describe('the API description', () => {
  it('is public by default', async () => {
    const app = await appWith();
    const json = await app.inject({ method: 'GET', url: '/api/docs/json' });
    expect(json.statusCode).toBe(200);
    expect(json.json<{ openapi: string }>().openapi).toBe('3.0.3');
    const ui = await app.inject({ method: 'GET', url: '/api/docs/' });
    expect(ui.statusCode).toBe(200);
    expectSecurityHeaders(ui);
  });

  it('answers 404 with API_DOCS=0, the API itself unchanged', async () => {
    const app = await appWith({ apiDocs: false });
    for (const url of ['/api/docs', '/api/docs/', '/api/docs/json', '/api/docs/yaml', '/api/docs/static/index.html']) {
      const res = await app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(404);
      expect(res.body).not.toContain('openapi');
      expectSecurityHeaders(res);
    }
    expect((await app.inject({ method: 'GET', url: '/api/v1/health' })).statusCode).toBe(200);
  });
});
