/**
 * The parent's side of server-process.ts: spawns it (node --import tsx), reads its URL from the first
 * line it prints, asks it for its event loop and CPU time, and stops it. The child never outlives the
 * parent: it is killed on close, on a failed or slow start, when this process exits, and it stops by
 * itself when its stdin closes (which happens when this process dies in any way).
 */
import { spawn, type ChildProcessByStdio } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createInterface, type Interface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { z } from 'zod';
import { assertLocalServerUrl } from './load-options';

const ENTRY = fileURLToPath(new URL('./server-process.ts', import.meta.url));
const START_TIMEOUT_MS = 60_000;
const STATS_TIMEOUT_MS = 10_000;

/** Event loop busy and idle time (ms) and CPU time (µs), cumulative, of the server's process. */
export type ServerStats = z.output<typeof serverStatsSchema>;
const serverStatsSchema = z.object({ active: z.number(), idle: z.number(), cpuUs: z.number() });

export interface ServerProcess {
  url: string;
  pid: number;
  stats(): Promise<ServerStats>;
  stop(): Promise<void>;
}

type Child = ChildProcessByStdio<Writable, Readable, null>;

function exited(child: Child): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

/** SIGTERM, then SIGKILL after a few seconds; resolves when it has exited. */
async function kill(child: Child): Promise<void> {
  const gone = exited(child);
  child.stdin.end();
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
  await gone;
  clearTimeout(timer);
}

/** The next line the child prints, or an error when it exits or stays silent. */
function nextLine(lines: Interface, child: Child, timeoutMs: number, what: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const done = (fn: () => void) => {
      clearTimeout(timer);
      lines.off('line', onLine);
      child.off('exit', onExit);
      fn();
    };
    const onLine = (line: string) => done(() => resolve(line));
    const onExit = (code: number | null, signal: string | null) =>
      done(() => reject(new Error(`the load server exited (${signal ?? `code ${code}`}) before ${what}`)));
    const timer = setTimeout(() => done(() => reject(new Error(`the load server did not answer ${what} in ${timeoutMs / 1000} s`))), timeoutMs);
    lines.on('line', onLine);
    child.once('exit', onExit);
  });
}

export async function startServerProcess(databaseUrl: string, schema: string): Promise<ServerProcess> {
  const child: Child = spawn(process.execPath, ['--import', 'tsx', ENTRY], {
    env: { ...process.env, LOAD_SERVER_DATABASE_URL: databaseUrl, LOAD_SERVER_SCHEMA: schema },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  const lines = createInterface({ input: child.stdout });
  let stopped: Promise<void> | null = null;
  const stop = () => {
    stopped ??= kill(child).finally(() => {
      process.off('exit', killOnExit);
      lines.close();
    });
    return stopped;
  };
  try {
    const spawned = new Promise<void>((resolve, reject) => {
      child.once('spawn', resolve);
      child.once('error', reject);
    });
    await spawned;
    const url = assertLocalServerUrl((await nextLine(lines, child, START_TIMEOUT_MS, 'printing its URL')).trim()).origin;
    // One question at a time: answers come back in order.
    let queue: Promise<unknown> = Promise.resolve();
    const stats = (): Promise<ServerStats> => {
      const asked = queue.then(async () => {
        const answer = nextLine(lines, child, STATS_TIMEOUT_MS, 'stats');
        child.stdin.write('stats\n');
        const line = await answer;
        if (!line.startsWith('stats ')) throw new Error(`the load server answered ${line.slice(0, 200)}`);
        const parsed: unknown = JSON.parse(line.slice('stats '.length));
        return serverStatsSchema.parse(parsed);
      });
      queue = asked.catch(() => undefined);
      return asked;
    };
    return { url, pid: child.pid ?? -1, stats, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
