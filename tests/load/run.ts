/**
 * `npm run load`: many phones (in this process) against the real server, on 127.0.0.1 only. Prints
 * figures one per line (like the bench), then PASS/FAIL lines; exits 1 on a FAIL or an error.
 * PostgreSQL (in a schema of its own, dropped afterwards; the server in a process of its own unless
 * LOAD_IN_PROCESS=1) when DATABASE_URL is set, else PGlite in memory, in this process, with fewer
 * phones by default (one connection). `--city` (PostgreSQL only): a seeded city and the compiled server,
 * a morning per process count (city-run.ts). `npm run load -- --help` lists the knobs.
 */
import { runCity } from './city-run';
import { runLoad, type LoadRun } from './load-core';
import { LOAD_HELP, LoadConfigError, readLoadOptions } from './load-options';
import { printChecks, printFigures } from './load-report';

async function main(): Promise<number> {
  const options = readLoadOptions(process.env, process.argv.slice(2));
  if (!options) {
    console.log(LOAD_HELP);
    return 0;
  }
  // A last resort should the run hang past its own deadline (which aborts every request).
  setTimeout(() => {
    console.error('load: did not finish in time');
    process.exit(2);
  }, options.timeoutMs + 120_000).unref();

  // Interrupted: stop the server (its process too) and drop its schema before leaving.
  let close: (() => Promise<void>) | null = null;
  process.once('SIGINT', () => {
    void (close?.() ?? Promise.resolve()).finally(() => process.exit(130));
  });
  if (options.city) return runCity(options, process.env, { log: (line) => console.log(line), onStarted: (stop) => (close = stop) });
  const run: LoadRun = await runLoad(options, { log: (line) => console.log(line), onStarted: (stop) => (close = stop) });
  try {
    printFigures(run.label, run.lines, run.figures, (line) => console.log(line));
    const checks = await run.verify();
    printChecks(checks, (line) => console.log(line));
    return checks.every((c) => c.ok) ? 0 : 1;
  } finally {
    await run.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    // A wrong option is said in one line; anything else with its stack.
    const usage = error instanceof LoadConfigError || (error instanceof Error && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'));
    console.error(usage && error instanceof Error ? `load: ${error.message} (npm run load -- --help)` : error);
    process.exit(1);
  },
);
