/**
 * `npm run load -- --city` (LOAD_CITY=1), PostgreSQL only: compile the server, seed a city in bulk SQL
 * (city-seed.ts) once, then a morning (city-morning.ts) for each process count of --workers (1,2,4),
 * printing a block of figures and the PASS/FAIL checks of each, then a table of the mornings side by
 * side. The schema is dropped at the end unless LOAD_KEEP_CITY=1. Resolves with the exit code.
 */
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { openDatabase, type Database } from '../../src/server/db/database';
import { readCityOptions } from './city-options';
import { morningLines, seedLines, summaryLines } from './city-report';
import { buildServer } from './city-server';
import { runMorning, type CityMorning } from './city-morning';
import { seedCity } from './city-seed';
import { seededRowsParse } from './city-verify';
import type { LoadOptions } from './load-options';
import { printChecks } from './load-report';
import type { Check } from './load-verify';

export interface CityHooks {
  log: (line: string) => void;
  /** Called with what drops the schema (unless kept), for an interrupt mid-run. */
  onStarted?: (close: () => Promise<void>) => void;
}

const print = (label: string, lines: [string, string][], log: (line: string) => void) => {
  for (const [name, value] of lines) log(`${label.padEnd(10)} ${name.padEnd(66)} ${value}`);
};

export async function runCity(options: LoadOptions, env: NodeJS.ProcessEnv, hooks: CityHooks): Promise<number> {
  const { log } = hooks;
  const databaseUrl = options.databaseUrl;
  if (!databaseUrl) throw new Error('the city load test needs DATABASE_URL');
  const city = readCityOptions(env);
  const deadline = new AbortController();
  const timer = setTimeout(() => deadline.abort(new Error(`the city run took longer than ${options.timeoutMs / 1000} s`)), options.timeoutMs);
  timer.unref();

  const built = performance.now();
  buildServer();
  log(`city: compiled the server (build/server/main.js) in ${((performance.now() - built) / 1000).toFixed(1)} s`);
  // An interrupt while seeding drops the schema (unless kept); from then on `close` does.
  const seeded = await seedCity(databaseUrl, city.shape, city.keep, log, (drop) => hooks.onStarted?.(drop));
  let db: Database | null = null;
  let closed: Promise<void> | null = null;
  const close = () => {
    closed ??= (async () => {
      clearTimeout(timer);
      await db?.close();
      await seeded.drop();
    })();
    return closed;
  };
  hooks.onStarted?.(close);
  try {
    db = await openDatabase({ databaseUrl, schema: seeded.schema });
    print('city', seedLines(seeded.counts, seeded.seconds, seeded.reused, seeded.schema), log);
    const checks: Check[] = [await seededRowsParse(db)];
    printChecks(checks, log);
    const tag = randomBytes(3).toString('hex');
    const mornings: CityMorning[] = [];
    for (const [slot, workers] of options.workers.entries()) {
      const morning = await runMorning({ options, shape: city.shape, databaseUrl, schema: seeded.schema, db, slot, tag, workers, signal: deadline.signal, log });
      mornings.push(morning);
      print(`city w=${workers}`, morningLines(morning, options.concurrency, options.batchSize, options.pullLimit), log);
      for (const error of morning.figures.errorSamples) log(`           · ${error}`);
      printChecks(morning.checks, log);
      checks.push(...morning.checks);
    }
    for (const line of summaryLines(mornings)) log(`city       ${line}`);
    if (city.keep) log(`city: schema ${seeded.schema} kept (LOAD_KEEP_CITY); drop it with DROP SCHEMA ${seeded.schema} CASCADE`);
    return checks.every((check) => check.ok) ? 0 : 1;
  } finally {
    await close();
  }
}
