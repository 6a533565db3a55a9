/**
 * One load run, without printing: start the server, seed, plan and run the phones, compute the
 * figures; `verify` checks the outcome afterwards (it may be called more than once). run.ts prints
 * it all; tests/server/load-core.test.ts runs a small one.
 */
import { performance } from 'node:perf_hooks';
import type { Database } from '../../src/server/db/database';
import { Prng } from '../../src/server/seed/prng';
import type { readFilter } from '../../src/server/sync/scope';
import { LocalHttp, newHttpStats } from './load-http';
import type { LoadOptions } from './load-options';
import { computeFigures, figureLines, type LoadFigures } from './load-report';
import { seedWorld, type SeededWorld } from './load-seed';
import { startLoadServer, type PgliteOpener } from './load-server';
import { verifyLoad, type Check } from './load-verify';
import { planPhone } from './phone-plan';
import { runPhones, type PhoneState } from './phone-run';

export interface LoadRun {
  /** 'postgres' or 'pglite'. */
  label: string;
  url: string;
  db: Database;
  world: SeededWorld;
  states: PhoneState[];
  figures: LoadFigures;
  /** Label and value of each figure, in print order. */
  lines: [string, string][];
  verify(overrides?: { readFilter?: typeof readFilter }): Promise<Check[]>;
  close(): Promise<void>;
}

const seconds = (since: number) => (performance.now() - since) / 1000;

async function versionsOf(db: Database, ids: string[]): Promise<Map<string, number>> {
  const { rows } = await db.query<{ id: string; version: number }>(
    'SELECT id::text AS id, version FROM records WHERE id = ANY($1::uuid[])',
    [ids],
  );
  return new Map(rows.map((row) => [row.id, row.version]));
}

export interface LoadHooks {
  log?: (line: string) => void;
  /** Without DATABASE_URL: the embedded database to run on (default: a fresh one in memory). */
  openPglite?: PgliteOpener;
}

export async function runLoad(options: LoadOptions, hooks: LoadHooks = {}): Promise<LoadRun> {
  const log = hooks.log ?? (() => undefined);
  // Bounded in time: when it is up, every request in flight and every later one is aborted.
  const deadline = new AbortController();
  const timer = setTimeout(() => deadline.abort(new Error(`the load run took longer than ${options.timeoutMs / 1000} s`)), options.timeoutMs);
  timer.unref();
  const server = await startLoadServer(options.databaseUrl, hooks.openPglite);
  const close = async () => {
    clearTimeout(timer);
    await server.close();
  };
  try {
    log(`load: server on ${server.url} (${server.label}); seeding ${options.communities} communities and ${options.phones} phones`);
    const seedStart = performance.now();
    const seedHttp = new LocalHttp(server.url, newHttpStats(), options.requestTimeoutMs, deadline.signal);
    const world = await seedWorld(server.db, seedHttp, options, new Prng(options.seed));
    const seedSeconds = seconds(seedStart);

    const plans = world.phones.map((phone) => planPhone(phone, options.mutationsPerPhone, options.seed));
    const baseline = await versionsOf(server.db, [...new Set(plans.flatMap((plan) => plan.patches.map((patch) => patch.recordId)))]);
    log(`load: ${options.phones} phones × ${options.mutationsPerPhone} mutations, ${options.concurrency} at once, batches of ${options.batchSize}`);

    const stats = newHttpStats();
    const http = new LocalHttp(server.url, stats, options.requestTimeoutMs, deadline.signal);
    const runStart = performance.now();
    const loopStart = performance.eventLoopUtilization();
    const states = await runPhones(plans, http, {
      password: world.password,
      batchSize: options.batchSize,
      pullLimit: options.pullLimit,
      concurrency: options.concurrency,
    });
    const figures = computeFigures(states, stats, {
      seedSeconds,
      runSeconds: seconds(runStart),
      eventLoopBusy: performance.eventLoopUtilization(loopStart).utilization,
    });
    // Verification's own requests are not part of the figures.
    const verifyHttp = new LocalHttp(server.url, newHttpStats(), options.requestTimeoutMs, deadline.signal);
    return {
      label: server.label,
      url: server.url,
      db: server.db,
      world,
      states,
      figures,
      lines: figureLines(figures, options, world),
      verify: (overrides = {}) =>
        verifyLoad({
          db: server.db,
          http: verifyHttp,
          states,
          baseline,
          pullLimit: options.pullLimit,
          resendSample: options.resendSample,
          ...(overrides.readFilter ? { readFilter: overrides.readFilter } : {}),
        }),
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}
