import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app';
import { migrate } from '../../src/server/db/migrate';
import { startTestServer, type TestServer } from '../fixtures/server-harness';
import { apiClient, createOf } from '../fixtures/server-client';
import { aVisit } from '../fixtures/domain-records';

let server: TestServer;
let token: string;
/** A second app on the same database, serving a built app from a temporary dist/. */
let appWithDist: FastifyInstance;
let dist: string;

beforeAll(async () => {
  server = await startTestServer();
  token = (await server.login('secretary1')).accessToken;
  dist = mkdtempSync(path.join(os.tmpdir(), 'gridwalk-dist-'));
  mkdirSync(path.join(dist, 'assets'));
  writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>网格通</title>');
  writeFileSync(path.join(dist, 'assets', 'app-1a2b3c.js'), 'console.log("app")');
  appWithDist = await buildApp({ db: server.db, secret: server.secret, staticDir: dist });
});
afterAll(async () => {
  await appWithDist?.close();
  await server?.close();
  rmSync(dist, { recursive: true, force: true });
});

describe('health and the contract around errors', () => {
  it('reports ok and which database it runs on', async () => {
    const res = await apiClient(server.url).request('GET', '/api/v1/health');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok', db: process.env.DATABASE_URL ? 'postgres' : 'pglite' });
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it('answers unknown routes with a 404 error body', async () => {
    const res = await apiClient(server.url).request('GET', '/api/v1/nothing-here');
    expect(res.status).toBe(404);
    expect(res.body).toMatchObject({ error: { code: 'NOT_FOUND' } });
    const other = await apiClient(server.url).request('GET', '/some/page');
    expect(other.status).toBe(404);
    expect(other.body).toMatchObject({ error: { code: 'NOT_FOUND' } });
  });

  it('rejects push and pull without a valid token with 401', async () => {
    const anonymous = apiClient(server.url);
    const push = await anonymous.push([]);
    expect(push.status).toBe(401);
    expect(push.body).toMatchObject({ error: { code: 'UNAUTHORIZED' } });
    const pull = await anonymous.pull();
    expect(pull.status).toBe(401);
    const forged = await apiClient(server.url, `${token.slice(0, -4)}AAAA`).pull();
    expect(forged.status).toBe(401);
    expect(forged.body).toMatchObject({ error: { code: 'UNAUTHORIZED' } });
  });

  it('answers malformed JSON with 400 BAD_REQUEST', async () => {
    const res = await apiClient(server.url, token).request('POST', '/api/v1/sync/push', '{"deviceId": "x", "mutations": [');
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ error: { code: 'BAD_REQUEST' } });
  });

  it('answers a body without a mutations list, or mutations without ids, with 400', async () => {
    const client = apiClient(server.url, token);
    const noList = await client.request('POST', '/api/v1/sync/push', { deviceId: 'd' });
    expect(noList.status).toBe(400);
    expect(noList.body).toMatchObject({ error: { code: 'BAD_REQUEST', fields: { mutations: expect.any(String) } } });
    const noId = await client.request('POST', '/api/v1/sync/push', { deviceId: 'd', mutations: [{ entity: 'visit' }] });
    expect(noId.status).toBe(400);
    const notObject = await client.request('POST', '/api/v1/sync/push', '[1,2,3]');
    expect(notObject.status).toBe(400);
  });

  it('refuses more than 500 mutations with 413 and applies none of them', async () => {
    const mutations = Array.from({ length: 501 }, () => createOf('visit', aVisit()));
    const res = await apiClient(server.url, token).push(mutations);
    expect(res.status).toBe(413);
    expect(res.body).toMatchObject({ error: { code: 'PAYLOAD_TOO_LARGE' } });
    const { rows } = await server.db.query('SELECT 1 FROM mutations');
    expect(rows).toHaveLength(0);
  });

  it('refuses a body over 1 MB with 413', async () => {
    const notes = 'x'.repeat(1024 * 1024);
    const res = await apiClient(server.url, token).push([createOf('visit', aVisit({ notes }))]);
    expect(res.status).toBe(413);
    expect(res.body).toMatchObject({ error: { code: 'PAYLOAD_TOO_LARGE' } });
  });

  it('serves the OpenAPI description of the contract', async () => {
    const res = await apiClient(server.url).request<{ openapi: string; paths: Record<string, unknown> }>('GET', '/api/docs/json');
    expect(res.status).toBe(200);
    expect(Object.keys(res.body.paths)).toEqual(
      expect.arrayContaining(['/api/v1/health', '/api/v1/auth/login', '/api/v1/auth/refresh', '/api/v1/sync/push', '/api/v1/sync/pull']),
    );
    const page = await apiClient(server.url).request('GET', '/api/docs');
    expect(page.status).toBe(200);
  });

  it('applies migrations once: running them again changes nothing', async () => {
    expect(await migrate(server.db)).toEqual([]);
    const { rows } = await server.db.query<{ name: string }>('SELECT name FROM schema_migrations ORDER BY name');
    expect(rows.map((r) => r.name)).toContain('001-initial');
  });
});

describe('serving the built app', () => {
  it('serves index.html at / and for client-side routes', async () => {
    for (const url of ['/', '/households/123', '/sign-in?next=%2F']) {
      const res = await appWithDist.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(200);
      expect(res.body).toContain('网格通');
    }
  });

  it('serves assets with a long cache, and 404s missing files instead of sending the page', async () => {
    const asset = await appWithDist.inject({ method: 'GET', url: '/assets/app-1a2b3c.js' });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toContain('immutable');
    const missing = await appWithDist.inject({ method: 'GET', url: '/assets/gone-000000.js' });
    expect(missing.statusCode).toBe(404);
  });

  it('keeps the API answering JSON errors and never caches it', async () => {
    const unknown = await appWithDist.inject({ method: 'GET', url: '/api/v1/unknown' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toMatchObject({ error: { code: 'NOT_FOUND' } });
    const health = await appWithDist.inject({ method: 'GET', url: '/api/v1/health' });
    expect(health.statusCode).toBe(200);
    expect(health.headers['cache-control']).toBe('no-store');
  });
});
