/**
 * The server as it runs in production, for the city mode: compiled (`npm run build:server`,
 * build/server/main.js) with WORKERS=n (node:cluster, src/server/cluster.ts) on 127.0.0.1, a free port,
 * its PostgreSQL connections in the city's schema (search_path in the URL's `options`) and named by
 * `application_name` so the run can find their backends. Its request log goes nowhere (read only for
 * the line that says it is up); what it says on stderr is passed on. Killed on stop, on a failed start,
 * and when this process exits.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { childrenOf, freePort } from '../fixtures/server-processes';
import { assertLocalDatabaseUrl, assertLocalServerUrl } from './load-options';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const MAIN = path.join(ROOT, 'build/server/main.js');
const START_TIMEOUT_MS = 120_000;

export interface CityServer {
  url: string;
  /** The primary and its workers. */
  pids(): number[];
  stop(): Promise<void>;
}

/** Compiles the server once (build/server/), as `npm run build:server` does. */
export function buildServer(): void {
  execFileSync(process.execPath, [path.join(ROOT, 'tools/build-server.mjs')], { cwd: ROOT, stdio: 'ignore' });
}

/** DATABASE_URL with the schema and an application name for the server's connections. */
export function serverDatabaseUrl(databaseUrl: string, schema: string, applicationName: string): string {
  assertLocalDatabaseUrl(databaseUrl);
  const url = new URL(databaseUrl);
  url.searchParams.set('options', `-c search_path=${schema}`);
  url.searchParams.set('application_name', applicationName);
  return url.href;
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

export async function startCityServer(databaseUrl: string, workers: number): Promise<CityServer> {
  const port = await freePort();
  const child = spawn(process.execPath, [MAIN], {
    cwd: ROOT,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      WORKERS: String(workers),
      PORT: String(port),
      HOST: '127.0.0.1',
      STATIC_DIR: path.join(ROOT, '.no-app'),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  let stopped: Promise<void> | null = null;
  const stop = () => {
    stopped ??= (async () => {
      const gone = exited(child);
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await gone;
      clearTimeout(timer);
      process.off('exit', killOnExit);
    })();
    return stopped;
  };
  let head = '';
  let up = false;
  const errors: string[] = [];
  // Before it is up: kept for the error; after: passed on (a worker that died and was replaced says so there).
  child.stderr.on('data', (chunk: Buffer) => {
    if (errors.length >= 50) return;
    errors.push(chunk.toString().slice(0, 500));
    if (up) process.stderr.write(`city server (WORKERS=${workers}): ${chunk.toString().slice(0, 500)}`);
  });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`the city server did not start in ${START_TIMEOUT_MS / 1000} s: ${head.slice(0, 500)} ${errors.join('')}`)), START_TIMEOUT_MS);
      const onData = (chunk: Buffer) => {
        if (head.length < 100_000) head += chunk.toString();
        if (!/Gridwalk is running at/.test(head)) return;
        clearTimeout(timer);
        up = true;
        child.stdout.off('data', onData);
        // The request log from here on is read and dropped.
        child.stdout.resume();
        resolve(`http://127.0.0.1:${port}`);
      };
      child.stdout.on('data', onData);
      child.once('exit', (code, signal) => {
        clearTimeout(timer);
        reject(new Error(`the city server exited (${signal ?? `code ${code}`}): ${errors.join('')}`));
      });
    });
    assertLocalServerUrl(url);
    const primary = child.pid ?? -1;
    return { url, pids: () => [primary, ...childrenOf(primary)], stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
