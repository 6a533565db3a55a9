/** GET /help/<token>: the residents' help page (its own HTML from the build), the same for any token, never the app. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app';
import { HELP_PAGE_FILE } from '../../src/server/http/static-files';
import { startTestServer, type TestServer } from '../fixtures/server-harness';

let server: TestServer;
let app: FastifyInstance;
let dist: string;
const APP_PAGE = '<!doctype html><html><body><div id="root"></div><script type="module" src="/assets/app.js"></script></body></html>';
const HELP_PAGE = '<!doctype html><html lang="zh-CN"><body><div id="help"></div><script type="module" src="/help-assets/help.js"></script></body></html>';

beforeAll(async () => {
  server = await startTestServer();
  dist = mkdtempSync(path.join(os.tmpdir(), 'gridwalk-dist-help-'));
  writeFileSync(path.join(dist, 'index.html'), APP_PAGE);
  mkdirSync(path.join(dist, path.dirname(HELP_PAGE_FILE)), { recursive: true });
  writeFileSync(path.join(dist, HELP_PAGE_FILE), HELP_PAGE);
  mkdirSync(path.join(dist, 'help-assets'));
  writeFileSync(path.join(dist, 'help-assets/help.js'), 'export {};');
  app = await buildApp({ db: server.db, secret: server.secret, staticDir: dist });
});
afterAll(async () => {
  await app?.close();
  await server?.close();
  rmSync(dist, { recursive: true, force: true });
});

describe('the help page’s address', () => {
  it('answers /help/<any token> with the help page, revalidated, under the strict CSP', async () => {
    for (const token of ['A'.repeat(43), 'unknown', 'x%20y']) {
      const res = await app.inject({ method: 'GET', url: `/help/${token}` });
      expect(res.statusCode).toBe(200);
      expect(res.body).toBe(HELP_PAGE);
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(String(res.headers['content-security-policy'])).toContain("script-src 'self'");
    }
  });

  it('serves the page’s fingerprinted files as never changing', async () => {
    const res = await app.inject({ method: 'GET', url: '/help-assets/help.js' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('leaves the app’s own routes to the app', async () => {
    const res = await app.inject({ method: 'GET', url: '/buildings/abc/posters' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toBe(APP_PAGE);
  });
});
