/**
 * What a load run does, from the environment (LOAD_*) and flags (--phones …), bounded on every
 * axis, and the guards that keep it on this machine: the server it talks to must be 127.0.0.1, and
 * so must PostgreSQL (a load test creates and drops a schema there).
 */
import { parseArgs } from 'node:util';
import { MAX_MUTATIONS_PER_PUSH, MAX_PULL_LIMIT } from '../../src/domain/sync-protocol';
import { DEFAULT_PULL_PAGE_SIZE } from '../../src/data/sync/sync-deps';

export interface LoadOptions {
  /** postgres://… on 127.0.0.1, or null for embedded PGlite in memory. */
  databaseUrl: string | null;
  phones: number;
  mutationsPerPhone: number;
  /** Phones working at the same time. */
  concurrency: number;
  /** Mutations per push request. */
  batchSize: number;
  /** Changes per pull page (the client engine's page size by default). */
  pullLimit: number;
  communities: number;
  gridsPerCommunity: number;
  buildingsPerGrid: number;
  /** Floors per building (2 units, 2 rooms per floor and unit: 4 households a floor). */
  floors: number;
  /** Push requests resent at the end to check they answer `duplicate` (at most). */
  resendSample: number;
  /** The whole run (seed, phones, verification) is aborted after this. */
  timeoutMs: number;
  requestTimeoutMs: number;
  /** PRNG seed of the phones' plans. */
  seed: number;
  /** PostgreSQL: run the server in this process rather than its own (PGlite always runs in this one). */
  inProcess: boolean;
  /** Pull each phone's scope as soon as it has pushed, while others push, instead of in a phase of its own. */
  overlap: boolean;
  /** City mode (PostgreSQL only): a seeded city and the compiled server, a morning per process count (city-run.ts). */
  city: boolean;
  /** City mode: the server's process counts (WORKERS), a morning each. */
  workers: number[];
}

/** Upper bounds: a typo must not start a run that takes the machine for hours. */
export const LOAD_LIMITS = {
  phones: 2000,
  mutationsPerPhone: 1000,
  concurrency: 500,
  batchSize: MAX_MUTATIONS_PER_PUSH,
  pullLimit: MAX_PULL_LIMIT,
  communities: 50,
  gridsPerCommunity: 10,
  buildingsPerGrid: 10,
  floors: 30,
  resendSample: 200,
  timeoutSeconds: 1800,
} as const;

/** PGlite is one connection: every request waits for the one before, so fewer phones by default. */
export const DEFAULT_PHONES = { postgres: 200, pglite: 20, city: 300 } as const;

const LOCAL_HOSTS: ReadonlySet<string> = new Set(['127.0.0.1', 'localhost']);

export class LoadConfigError extends Error {
  override name = 'LoadConfigError';
}

/** The only address the phones may talk to. */
export function assertLocalServerUrl(url: string): URL {
  const parsed = new URL(url);
  if (parsed.protocol !== 'http:' || parsed.hostname !== '127.0.0.1') {
    throw new LoadConfigError(`The load test talks only to http://127.0.0.1, not ${parsed.origin}`);
  }
  return parsed;
}

/** PostgreSQL must be on this machine (127.0.0.1 or localhost). */
export function assertLocalDatabaseUrl(databaseUrl: string): void {
  let host: string;
  try {
    host = new URL(databaseUrl).hostname;
  } catch {
    throw new LoadConfigError('DATABASE_URL is not a URL');
  }
  if (!LOCAL_HOSTS.has(host)) throw new LoadConfigError(`The load test uses PostgreSQL on 127.0.0.1 only, not ${host || '(no host)'}`);
}

function bounded(name: string, raw: string | undefined, fallback: number, min: number, max: number): number {
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new LoadConfigError(`${name} must be an integer from ${min} to ${max}, got ${raw}`);
  }
  return value;
}

const FLAGS = {
  phones: { type: 'string' },
  mutations: { type: 'string' },
  concurrency: { type: 'string' },
  batch: { type: 'string' },
  'pull-limit': { type: 'string' },
  communities: { type: 'string' },
  grids: { type: 'string' },
  buildings: { type: 'string' },
  floors: { type: 'string' },
  resend: { type: 'string' },
  timeout: { type: 'string' },
  seed: { type: 'string' },
  'in-process': { type: 'boolean' },
  overlap: { type: 'boolean' },
  city: { type: 'boolean' },
  workers: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export const LOAD_HELP = `Usage: npm run load [-- --phones N --mutations N --concurrency N --batch N …]

Starts the server on 127.0.0.1 (PostgreSQL in a fresh schema, the server in a process of its own,
when DATABASE_URL is set; else embedded PGlite in this process), seeds communities, then runs N
phones in three timed phases: all sign in, all push their mutations (mutations/s), all pull their
scope to the end. Prints figures, then verifies and prints PASS/FAIL lines (exit code 1 on a FAIL).

  --phones        LOAD_PHONES        phones (default ${DEFAULT_PHONES.postgres} on PostgreSQL, ${DEFAULT_PHONES.pglite} on PGlite)
  --mutations     LOAD_MUTATIONS     mutations per phone (default 50)
  --concurrency   LOAD_CONCURRENCY   phones at once (default 50)
  --batch         LOAD_BATCH         mutations per push (default 50)
  --pull-limit    LOAD_PULL_LIMIT    changes per pull page (default ${DEFAULT_PULL_PAGE_SIZE}, the app's)
  --communities   LOAD_COMMUNITIES   communities (default phones/25, 4 to 10)
  --grids         LOAD_GRIDS         grids per community (default 3)
  --buildings     LOAD_BUILDINGS     buildings per grid (default 2)
  --floors        LOAD_FLOORS        floors per building, 4 households a floor (default 6)
  --resend        LOAD_RESEND        push requests resent at the end (default 20)
  --timeout       LOAD_TIMEOUT       seconds before the run is aborted (default 600; city 1800)
  --seed          LOAD_SEED          PRNG seed of the phones' work (default 1)
  --in-process    LOAD_IN_PROCESS=1  PostgreSQL: the server in this process, sharing the phones' event loop
  --overlap       LOAD_OVERLAP=1     pull each phone as soon as it has pushed, while others push
  --city          LOAD_CITY=1        PostgreSQL only: seed a city in bulk SQL (LOAD_CITY_COMMUNITIES, default 200:
                                     1,000,000 residents, 30 days of visits), then a morning of ${DEFAULT_PHONES.city} phones
                                     against the compiled server for each process count; LOAD_KEEP_CITY=1 keeps
                                     the seeded schema for the next run (else it is dropped)
  --workers       LOAD_WORKERS       city: server processes (WORKERS) of each morning, e.g. 1,2,4 (the default)`;

/** "1,2,4": the server's process counts, each from 1 to 8. */
function readWorkers(raw: string | undefined): number[] {
  if (raw === undefined || raw.trim() === '') return [1, 2, 4];
  const counts = raw.split(',').map((part) => bounded('LOAD_WORKERS', part.trim(), 1, 1, 8));
  if (counts.length > 6) throw new LoadConfigError(`LOAD_WORKERS names at most 6 process counts, got ${raw}`);
  return counts;
}

/** Options from flags first, then LOAD_* variables, then defaults; null when --help was asked for. */
export function readLoadOptions(env: NodeJS.ProcessEnv, argv: string[]): LoadOptions | null {
  const { values } = parseArgs({ args: argv, options: FLAGS, strict: true, allowPositionals: false });
  if (values.help) return null;
  const pick = (flag: keyof typeof FLAGS, variable: string): string | undefined => {
    const fromFlag = values[flag];
    return typeof fromFlag === 'string' ? fromFlag : env[variable];
  };
  const on = (flag: 'in-process' | 'overlap' | 'city', variable: string): boolean => values[flag] === true || /^(1|true|yes)$/i.test(env[variable] ?? '');
  const databaseUrl = env.DATABASE_URL || null;
  if (databaseUrl) assertLocalDatabaseUrl(databaseUrl);
  const L = LOAD_LIMITS;
  const city = on('city', 'LOAD_CITY');
  if (city && !databaseUrl) throw new LoadConfigError('The city load test runs on PostgreSQL only: set DATABASE_URL');
  const defaultPhones = city ? DEFAULT_PHONES.city : databaseUrl ? DEFAULT_PHONES.postgres : DEFAULT_PHONES.pglite;
  const phones = bounded('LOAD_PHONES', pick('phones', 'LOAD_PHONES'), defaultPhones, 1, L.phones);
  const defaultCommunities = Math.min(phones, Math.max(4, Math.min(10, Math.round(phones / 25))));
  return {
    databaseUrl,
    phones,
    mutationsPerPhone: bounded('LOAD_MUTATIONS', pick('mutations', 'LOAD_MUTATIONS'), 50, 1, L.mutationsPerPhone),
    concurrency: bounded('LOAD_CONCURRENCY', pick('concurrency', 'LOAD_CONCURRENCY'), 50, 1, L.concurrency),
    batchSize: bounded('LOAD_BATCH', pick('batch', 'LOAD_BATCH'), 50, 1, L.batchSize),
    pullLimit: bounded('LOAD_PULL_LIMIT', pick('pull-limit', 'LOAD_PULL_LIMIT'), DEFAULT_PULL_PAGE_SIZE, 1, L.pullLimit),
    communities: bounded('LOAD_COMMUNITIES', pick('communities', 'LOAD_COMMUNITIES'), defaultCommunities, 1, L.communities),
    gridsPerCommunity: bounded('LOAD_GRIDS', pick('grids', 'LOAD_GRIDS'), 3, 1, L.gridsPerCommunity),
    buildingsPerGrid: bounded('LOAD_BUILDINGS', pick('buildings', 'LOAD_BUILDINGS'), 2, 1, L.buildingsPerGrid),
    floors: bounded('LOAD_FLOORS', pick('floors', 'LOAD_FLOORS'), 6, 1, L.floors),
    resendSample: bounded('LOAD_RESEND', pick('resend', 'LOAD_RESEND'), 20, 1, L.resendSample),
    timeoutMs: bounded('LOAD_TIMEOUT', pick('timeout', 'LOAD_TIMEOUT'), city ? 1800 : 600, 10, L.timeoutSeconds) * 1000,
    requestTimeoutMs: 60_000,
    seed: bounded('LOAD_SEED', pick('seed', 'LOAD_SEED'), 1, 0, 2 ** 31 - 1),
    inProcess: !databaseUrl || on('in-process', 'LOAD_IN_PROCESS'),
    overlap: on('overlap', 'LOAD_OVERLAP'),
    city,
    workers: readWorkers(pick('workers', 'LOAD_WORKERS')),
  };
}
