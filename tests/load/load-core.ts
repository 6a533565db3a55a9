/**
 * One load run, without printing: start the server, seed, plan the phones, run them in timed phases
 * (sign-in, push, pull; or push and pull overlapped), compute the figures; `verify` checks the outcome
 * afterwards (it may be called more than once). run.ts prints it all; tests/server/load-core.test.ts
 * runs a small one.
 */
import { performance } from 'node:perf_hooks';
import type { Database } from '../../src/server/db/database';
import { Prng } from '../../src/server/seed/prng';
import type { readFilter } from '../../src/server/sync/scope';
import { LocalHttp, newHttpStats } from './load-http';
import type { LoadOptions } from './load-options';
import { computeFigures, figureLines, type LoadFigures, type PhaseFigures } from './load-report';
import { seedWorld, type SeededWorld } from './load-seed';
import { startLoadServer, type LoadServer, type PgliteOpener } from './load-server';
import { verifyLoad, type Check } from './load-verify';
import { planPhone } from './phone-plan';
import { newPhoneState, pullPhones, pushPhones, pushThenPullPhones, signInPhones, type PhoneRunSettings, type PhoneState } from './phone-run';

export interface LoadRun {
  /** 'postgres' or 'pglite'. */
  label: string;
  /** Where the server runs: 'own process (pid …)' or 'in-process'. */
  mode: string;
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

/** Times `work` (given its start, performance.now()) and how busy both processes were meanwhile. */
async function timed(server: LoadServer, work: (start: number) => Promise<void>): Promise<PhaseFigures> {
  const serverBefore = server.stats ? await server.stats() : null;
  const loop = performance.eventLoopUtilization();
  const cpu = process.cpuUsage();
  const start = performance.now();
  await work(start);
  const phaseSeconds = seconds(start);
  const phonesLoop = performance.eventLoopUtilization(loop).utilization;
  const phonesCpuUs = process.cpuUsage(cpu);
  const serverAfter = server.stats ? await server.stats() : null;
  const phase: PhaseFigures = {
    seconds: phaseSeconds,
    phonesLoop,
    phonesCpu: (phonesCpuUs.user + phonesCpuUs.system) / 1e6 / phaseSeconds,
    serverLoop: null,
    serverCpu: null,
  };
  if (serverBefore && serverAfter) {
    const active = serverAfter.active - serverBefore.active;
    const total = active + serverAfter.idle - serverBefore.idle;
    phase.serverLoop = total > 0 ? active / total : 0;
    phase.serverCpu = (serverAfter.cpuUs - serverBefore.cpuUs) / 1e6 / phaseSeconds;
  }
  return phase;
}

export interface LoadHooks {
  log?: (line: string) => void;
  /** Without DATABASE_URL: the embedded database to run on (default: a fresh one in memory). */
  openPglite?: PgliteOpener;
  /** Called once the server is up with what stops it (and drops its schema): for an interrupt mid-run. */
  onStarted?: (close: () => Promise<void>) => void;
}

export async function runLoad(options: LoadOptions, hooks: LoadHooks = {}): Promise<LoadRun> {
  const log = hooks.log ?? (() => undefined);
  // Bounded in time: when it is up, every request in flight and every later one is aborted.
  const deadline = new AbortController();
  const timer = setTimeout(() => deadline.abort(new Error(`the load run took longer than ${options.timeoutMs / 1000} s`)), options.timeoutMs);
  timer.unref();
  const server = await startLoadServer({ databaseUrl: options.databaseUrl, inProcess: options.inProcess, openPglite: hooks.openPglite });
  let closed: Promise<void> | null = null;
  const close = () => {
    clearTimeout(timer);
    closed ??= server.close();
    return closed;
  };
  hooks.onStarted?.(close);
  try {
    log(`load: server on ${server.url} (${server.label}, ${server.mode}); seeding ${options.communities} communities and ${options.phones} phones`);
    const seedStart = performance.now();
    const seedHttp = new LocalHttp(server.url, newHttpStats(), options.requestTimeoutMs, deadline.signal);
    const world = await seedWorld(server.db, seedHttp, options, new Prng(options.seed));
    const seedSeconds = seconds(seedStart);

    const plans = world.phones.map((phone) => planPhone(phone, options.mutationsPerPhone, options.seed));
    const baseline = await versionsOf(server.db, [...new Set(plans.flatMap((plan) => plan.patches.map((patch) => patch.recordId)))]);
    const order = options.overlap ? 'sign-in, then push and pull overlapped' : 'phases: sign-in, push, pull';
    log(`load: ${options.phones} phones × ${options.mutationsPerPhone} mutations, ${options.concurrency} at once, batches of ${options.batchSize}; ${order}`);

    const stats = newHttpStats();
    const http = new LocalHttp(server.url, stats, options.requestTimeoutMs, deadline.signal);
    const settings: PhoneRunSettings = {
      password: world.password,
      batchSize: options.batchSize,
      pullLimit: options.pullLimit,
      concurrency: options.concurrency,
    };
    const states = plans.map(newPhoneState);
    const signInPhase = await timed(server, () => signInPhones(states, http, settings));
    let pushSeconds = 0;
    let pullPhase: PhaseFigures | null = null;
    const pushPhase = await timed(server, async (start) => {
      if (options.overlap) pushSeconds = ((await pushThenPullPhones(states, http, settings)) - start) / 1000;
      else await pushPhones(states, http, settings);
    });
    if (!options.overlap) {
      pushSeconds = pushPhase.seconds;
      pullPhase = await timed(server, () => pullPhones(states, http, settings));
    }
    const figures = computeFigures(states, stats, { seedSeconds, overlap: options.overlap, signInPhase, pushPhase, pullPhase, pushSeconds });
    // Verification's own requests are not part of the figures.
    const verifyHttp = new LocalHttp(server.url, newHttpStats(), options.requestTimeoutMs, deadline.signal);
    return {
      label: server.label,
      mode: server.mode,
      url: server.url,
      db: server.db,
      world,
      states,
      figures,
      lines: figureLines(figures, options, world, `${server.label}, ${server.mode}`),
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
