/**
 * `npm run bench`: prints figures, asserts nothing. Runs on embedded PGlite, and on PostgreSQL too
 * when DATABASE_URL is set. BENCH_MUTATIONS and BENCH_RESIDENTS scale the runs. The offline cold
 * start in Chromium runs when there is a build (dist/ with sw.js) and Chromium. The search core is measured
 * in Node (BENCH_RESIDENTS residents in 2/5 as many households).
 */
import 'fake-indexeddb/auto';
import { benchOfflineColdStart, coldStartBenchAvailable } from './cold-start-bench';
import { benchFirstPull, benchPush, type BenchFigures } from './push-pull-bench';
import { benchSearch } from './search-bench';

const mutations = Number(process.env.BENCH_MUTATIONS ?? 10_000);
const residents = Number(process.env.BENCH_RESIDENTS ?? 20_000);

function print(database: string, figures: BenchFigures[]): void {
  for (const f of figures) {
    const rate = f.perSecond === undefined ? '' : `  ${f.perSecond.toFixed(0)}/s`;
    const value = f.label.startsWith('ratio') ? `${f.seconds.toFixed(1)}×` : `${f.seconds.toFixed(2)} s${rate}`;
    console.log(`${database.padEnd(10)} ${f.label.padEnd(64)} ${value}`);
  }
}

async function main(): Promise<void> {
  const databaseUrl = process.env.DATABASE_URL;
  const targets: [string, string | undefined][] = [['pglite', undefined]];
  if (databaseUrl) targets.push(['postgres', databaseUrl]);
  for (const [name, url] of targets) {
    if (url) process.env.DATABASE_URL = url;
    else delete process.env.DATABASE_URL;
    print(name, await benchPush(mutations));
    print(name, await benchFirstPull(residents));
  }
  for (const f of await benchSearch(residents, Math.round(residents * 0.4))) {
    const p95 = f.p95Ms === undefined ? '' : ` / ${f.p95Ms.toFixed(2)} ms`;
    console.log(`${'node'.padEnd(10)} ${f.label.padEnd(64)} ${f.ms.toFixed(2)} ms${p95}`);
  }
  if (coldStartBenchAvailable()) {
    const cold = await benchOfflineColdStart();
    const runs = cold.runsMs.map((ms) => (ms / 1000).toFixed(2)).join(', ');
    console.log(`${'chromium'.padEnd(10)} ${cold.label.padEnd(64)} ${(cold.medianMs / 1000).toFixed(2)} s  (runs: ${runs})`);
  } else {
    console.log(`${'chromium'.padEnd(10)} offline cold start skipped: needs \`npm run build\` and Chromium (/usr/bin/chromium or CHROMIUM_PATH)`);
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
