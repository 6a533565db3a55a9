/**
 * The server as it runs in production (issue 19): compiled JavaScript (`npm run build:server`, no
 * TypeScript at run time) with WORKERS=2 on PostgreSQL. Both processes serve the one port; a session made
 * through one is honoured by the other (nothing shared lives in a process); a worker that dies is replaced;
 * SIGTERM stops everything. On PGlite (no DATABASE_URL) it is skipped: one process owns that database.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginResponseSchema } from '../../src/domain/sync-protocol';
import { adminQuery, childrenOf, collectOutput, databaseUrlFor, freePort, waitForOutput } from '../fixtures/server-processes';

const databaseUrl = process.env.DATABASE_URL;
const root = path.resolve(import.meta.dirname, '../..');
const database = `gw_cluster_${process.pid}`;

/** The pids of the processes whose log says they received a request for `url`. */
function servedBy(log: string, url: string): Set<number> {
  const pids = new Set<number>();
  for (const line of log.split('\n')) {
    if (!line.startsWith('{') || !line.includes(url)) continue;
    const entry: unknown = JSON.parse(line);
    if (typeof entry === 'object' && entry !== null && 'pid' in entry && typeof entry.pid === 'number') pids.add(entry.pid);
  }
  return pids;
}

let server: ChildProcess | null = null;

afterAll(async () => {
  server?.kill('SIGKILL');
  if (databaseUrl) await adminQuery(databaseUrl, `DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
});

describe.skipIf(!databaseUrl)('WORKERS=2, compiled', () => {
  beforeAll(async () => {
    execFileSync(process.execPath, [path.join(root, 'tools/build-server.mjs')], { cwd: root });
    await adminQuery(databaseUrl!, `DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await adminQuery(databaseUrl!, `CREATE DATABASE ${database}`);
  }, 60_000);

  it('serves one port from two processes sharing sessions, replaces a dead worker and stops on SIGTERM', async () => {
    const port = await freePort();
    server = spawn(process.execPath, [path.join(root, 'build/server/main.js'), '--demo'], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: databaseUrlFor(databaseUrl!, database), WORKERS: '2', PORT: String(port), HOST: '127.0.0.1', STATIC_DIR: path.join(root, '.no-app'), DEMO_PASSWORD: 'cluster-pw' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const output = collectOutput(server);
    await waitForOutput(server, /Gridwalk is running at .* \(2 worker processes\)/, output);
    const primary = server.pid!;
    const first = childrenOf(primary);
    expect(first).toHaveLength(2);

    const base = `http://127.0.0.1:${port}/api/v1`;
    const login = await fetch(`${base}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', connection: 'close' },
      body: JSON.stringify({ username: 'worker1', password: 'cluster-pw', deviceId: 'cluster-phone' }),
    });
    expect(login.status).toBe(200);
    const { accessToken } = loginResponseSchema.parse(await login.json());
    // New connections are spread over both processes (round robin): every one honours the session.
    const statuses = await Promise.all(
      Array.from({ length: 12 }, () =>
        fetch(`${base}/sync/pull?limit=1`, { headers: { authorization: `Bearer ${accessToken}`, connection: 'close' } }).then((r) => r.status),
      ),
    );
    expect(statuses.every((status) => status === 200)).toBe(true);
    // Each process logs the requests it served, with its pid: both served some.
    await expect.poll(() => servedBy(output.text, '/api/v1/sync/pull').size, { timeout: 10_000 }).toBe(2);

    process.kill(first[0]!, 'SIGKILL');
    await waitForOutput(server, new RegExp(`Worker ${first[0]} exited .*starting another`), output);
    await expect.poll(() => childrenOf(primary).filter((pid) => !first.includes(pid)).length, { timeout: 30_000 }).toBe(1);
    const health = await fetch(`${base}/health`, { headers: { connection: 'close' } });
    expect(health.status).toBe(200);

    const exited = new Promise<number | null>((resolve) => server!.once('exit', (code) => resolve(code)));
    server.kill('SIGTERM');
    expect(await exited).toBe(0);
    server = null;
  }, 120_000);

  it('stops with code 1, instead of forking again and again, when its workers cannot listen', async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const address = taken.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    const child = spawn(process.execPath, [path.join(root, 'build/server/main.js')], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: databaseUrlFor(databaseUrl!, database), WORKERS: '2', PORT: String(port), HOST: '127.0.0.1', STATIC_DIR: path.join(root, '.no-app') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const output = collectOutput(child);
    const code = await new Promise<number | null>((resolve) => child.once('exit', (exitCode) => resolve(exitCode)));
    taken.close();
    expect(code).toBe(1);
    expect(output.text).toMatch(/could not start .*stopping/);
  }, 60_000);
});
