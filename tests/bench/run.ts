/**
 * `npm run bench`: prints figures, asserts nothing. Runs on embedded PGlite, and on PostgreSQL too
 * when DATABASE_URL is set. BENCH_MUTATIONS and BENCH_RESIDENTS scale the runs. The offline cold
 * start in Chromium runs when there is a build (dist/ with sw.js) and Chromium. The search core is measured
 * in Node (BENCH_RESIDENTS residents in 2/5 as many households). The round in Chromium (search per
 * keystroke, save a visit, building screen first render) runs on the real app and server with the same
 * build and Chromium, and so does the gate (a shift of 200 entries as worker1: Save entry to the cleared
 * screen, taps per repeat resident). BENCH_DIST names another build directory for the Chromium parts (default dist/),
 * e.g. BENCH_DIST=.tmp/dist-bench after `npx vite build --outDir .tmp/dist-bench`. The same build also runs on a
 * throttled network (first visit to worker1's synced Home, the secretary's first pull). After the round's
 * figures, in its session, the secretary's desk: Community, Buildings and Trends first render (desk-bench.ts).
 * The ledger (export of 20,000 residents, a 5,000-row roster import to its preview, ExcelJS's size) runs in
 * Chromium on a page of its own, built here (ledger-bench.ts): it needs Chromium, not the app's build.
 * Home's "Due follow-ups" with 50 people under home monitoring, offline cold start at 4× CPU against Home
 * without them (follow-ups-bench.ts). A testing campaign's site (200 samplings, "Sampled" to ready) and a
 * 2,000-household building's "Not tested" (campaign-bench.ts). BENCH_ONLY runs only the named Chromium
 * parts, comma-separated: `throttled`, `cold-start`, `follow-ups`, `desk` (the round's session and the
 * desk figures alone), `ledger`, `campaign`, `privacy` (issue 18's figures, with BENCH_BEFORE: see printPrivacy),
 * e.g. BENCH_ONLY=throttled.
 */
import 'fake-indexeddb/auto';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { DIST_DIR, ROOT } from '../e2e/support/builds';
import { benchOfflineColdStart, coldStartBenchAvailable } from './cold-start-bench';
import { benchCampaign, campaignBenchAvailable } from './campaign-bench';
import { benchDesk, measureDesk } from './desk-bench';
import { benchFollowUps, followUpsBenchAvailable } from './follow-ups-bench';
import { benchGate, gateBenchAvailable } from './gate-bench';
import { benchLedger, ledgerBenchAvailable } from './ledger-bench';
import { benchFirstPull, benchPush, type BenchFigures } from './push-pull-bench';
import { benchRound, roundBenchAvailable } from './round-bench';
import { benchSearch } from './search-bench';
import { measureSecretaryUnlock } from './unlock-bench';
import { benchThrottledNetwork, throttledBenchAvailable } from './throttled-network-bench';
import { latencyFigure, reasonOf, type LatencyFigure } from './support/latency-figure';

const mutations = Number(process.env.BENCH_MUTATIONS ?? 10_000);
const residents = Number(process.env.BENCH_RESIDENTS ?? 20_000);
const staticDir = process.env.BENCH_DIST ? path.resolve(ROOT, process.env.BENCH_DIST) : DIST_DIR;
const ms = (value: number) => `${value.toFixed(1)} ms`;

function print(database: string, figures: BenchFigures[]): void {
  for (const f of figures) {
    const rate = f.perSecond === undefined ? '' : `  ${f.perSecond.toFixed(0)}/s`;
    const value = f.label.startsWith('ratio') ? `${f.seconds.toFixed(1)}×` : `${f.seconds.toFixed(2)} s${rate}`;
    console.log(`${database.padEnd(10)} ${f.label.padEnd(64)} ${value}`);
  }
}

function printLatency(f: LatencyFigure): void {
  const head = `${'chromium'.padEnd(10)} ${f.label.padEnd(64)}`;
  if (!f.summary) {
    console.log(`${head} skipped: ${f.notes.join('; ')}`);
    return;
  }
  const runs = f.runsMs ? `  (runs: ${f.runsMs.map((run) => run.toFixed(1)).join(', ')})` : '';
  console.log(`${head} median ${ms(f.summary.medianMs)}  p95 ${ms(f.summary.p95Ms)}  (n=${f.summary.n})${runs}`);
  for (const note of f.notes) console.log(`${''.padEnd(10)}   · ${note}`);
}

async function printColdStart(dir = staticDir): Promise<void> {
  if (coldStartBenchAvailable(dir)) {
    const cold = await benchOfflineColdStart({ staticDir: dir });
    const runs = cold.runsMs.map((ms) => (ms / 1000).toFixed(2)).join(', ');
    console.log(`${'chromium'.padEnd(10)} ${cold.label.padEnd(64)} ${(cold.medianMs / 1000).toFixed(2)} s  (runs: ${runs})`);
    if (cold.unlockRunsMs.length > 0) {
      printLatency(latencyFigure('unlock to usable Home, worker1, offline, 4× CPU', cold.unlockRunsMs, ['the first screen above is "Locked" (the app lock)'], true));
    }
  } else {
    console.log(`${'chromium'.padEnd(10)} offline cold start skipped: needs \`npm run build\` and Chromium (/usr/bin/chromium or CHROMIUM_PATH)`);
  }
}

async function printFollowUps(): Promise<void> {
  const label = 'Home\'s "Due follow-ups", 50 under monitoring';
  if (!followUpsBenchAvailable(staticDir)) {
    console.log(`${'chromium'.padEnd(10)} ${label.padEnd(64)} skipped: needs a build (\`npm run build\` or BENCH_DIST) and Chromium`);
    return;
  }
  try {
    for (const f of await benchFollowUps({ staticDir })) printLatency(f);
  } catch (error) {
    console.log(`${'chromium'.padEnd(10)} ${label.padEnd(64)} skipped: ${reasonOf(error)}`);
  }
}

async function printThrottled(): Promise<void> {
  const head = (label: string) => `${'chromium'.padEnd(10)} ${label.padEnd(64)}`;
  if (!throttledBenchAvailable(staticDir)) {
    console.log(`${head('throttled network (first visit, first pull)')} skipped: needs a build (\`npm run build\` or BENCH_DIST) and Chromium`);
    return;
  }
  for (const line of await benchThrottledNetwork(staticDir)) {
    console.log(`${head(line.label)} ${line.value}`);
    for (const note of line.notes) console.log(`${''.padEnd(10)}   · ${note}`);
  }
}

async function printDesk(): Promise<void> {
  if (!roundBenchAvailable(staticDir)) {
    console.log(`${'chromium'.padEnd(10)} ${'desk (Community, Buildings, Trends)'.padEnd(64)} skipped: needs a build (\`npm run build\` or BENCH_DIST) and Chromium`);
    return;
  }
  try {
    const desk = await benchDesk({ staticDir });
    for (const f of desk.figures) printLatency(f);
  } catch (error) {
    console.log(`${'chromium'.padEnd(10)} ${'desk (Community, Buildings, Trends)'.padEnd(64)} skipped: ${reasonOf(error)}`);
  }
}

async function printLedger(): Promise<void> {
  const head = (label: string) => `${'chromium'.padEnd(10)} ${label.padEnd(64)}`;
  if (!ledgerBenchAvailable()) {
    console.log(`${head('ledger (export, roster import, ExcelJS size)')} skipped: needs Chromium (/usr/bin/chromium or CHROMIUM_PATH)`);
    return;
  }
  try {
    for (const line of await benchLedger(staticDir)) {
      console.log(`${head(line.label)} ${line.value}`);
      for (const note of line.notes) console.log(`${''.padEnd(10)}   · ${note}`);
    }
  } catch (error) {
    console.log(`${head('ledger (export, roster import, ExcelJS size)')} skipped: ${reasonOf(error)}`);
  }
}

async function printCampaign(): Promise<void> {
  const head = (label: string) => `${'chromium'.padEnd(10)} ${label.padEnd(64)}`;
  if (!campaignBenchAvailable()) {
    console.log(`${head('testing campaign (site, "Not tested")')} skipped: needs Chromium (/usr/bin/chromium or CHROMIUM_PATH)`);
    return;
  }
  try {
    const campaign = await benchCampaign(staticDir);
    for (const f of campaign.figures) printLatency(f);
    for (const [label, value] of campaign.lines) console.log(`${head(label)} ${value}`);
  } catch (error) {
    console.log(`${head('testing campaign (site, "Not tested")')} skipped: ${reasonOf(error)}`);
  }
}

/** BENCH_ONLY=throttled,cold-start,follow-ups,desk,ledger,campaign: only those Chromium parts. */
const ONLY: Record<string, () => Promise<void>> = {
  throttled: printThrottled,
  'cold-start': printColdStart,
  'follow-ups': printFollowUps,
  desk: printDesk,
  ledger: printLedger,
  campaign: printCampaign,
  privacy: printPrivacy,
};

async function main(): Promise<void> {
  const only = process.env.BENCH_ONLY?.split(',').map((part) => part.trim()).filter(Boolean);
  if (only?.length) {
    for (const part of only) {
      const run = ONLY[part];
      if (run) await run();
      else console.log(`BENCH_ONLY: no part named ${part} (parts: ${Object.keys(ONLY).join(', ')})`);
    }
    return;
  }
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
  await printColdStart();
  await printFollowUps();
  await printRound(staticDir, measureDesk);
  await printGate();
  await printThrottled();
  await printLedger();
  await printCampaign();
}

async function printRound(dir: string, after: (page: Page, scopeLabel: string) => Promise<LatencyFigure[]>): Promise<void> {
  if (!roundBenchAvailable(dir)) {
    console.log(`${'chromium'.padEnd(10)} round (search, save a visit, building screen) skipped: needs a build (\`npm run build\` or BENCH_DIST) and Chromium`);
    return;
  }
  const round = await benchRound({ staticDir: dir, after });
  console.log(`${'chromium'.padEnd(10)} ${`first pull, secretary (${round.scopeLabel})`.padEnd(64)} ${round.firstPull.seconds.toFixed(2)} s  ${(round.firstPull.records / round.firstPull.seconds).toFixed(0)}/s`);
  for (const [label, value] of round.firstPull.breakdown) console.log(`${''.padEnd(10)} ${label.padEnd(64)} ${value}`);
  for (const f of round.figures) printLatency(f);
  for (const f of round.afterFigures) printLatency(f);
}

/**
 * Issue 18's figures, before and after in one run: BENCH_BEFORE names a build without the app lock (e.g.
 * `git worktree add .tmp/before <commit> && (cd .tmp/before && npm ci && npx vite build --outDir ../dist-before)`),
 * measured first, then BENCH_DIST (default dist/): the offline cold start and unlock to Home (worker1), the
 * secretary's first pull, search per keystroke, save a visit and unlock to the desk, and the gate's entry.
 */
async function printPrivacy(): Promise<void> {
  const before = process.env.BENCH_BEFORE ? [['before', path.resolve(ROOT, process.env.BENCH_BEFORE)] as const] : [];
  for (const [name, dir] of [...before, ['after', staticDir] as const]) {
    console.log(`\n== ${name} (${path.relative(ROOT, dir) || '.'})`);
    await printColdStart(dir);
    await printRound(dir, measureSecretaryUnlock);
    await printGate(dir);
  }
}

async function printGate(dir = staticDir): Promise<void> {
  const head = (label: string) => `${'chromium'.padEnd(10)} ${label.padEnd(64)}`;
  if (!gateBenchAvailable(dir)) {
    console.log(`${head('gate (a shift of 200 entries)')} skipped: needs a build (\`npm run build\` or BENCH_DIST) and Chromium`);
    return;
  }
  try {
    const gate = await benchGate({ staticDir: dir });
    for (const f of gate.figures) printLatency(f);
    for (const [label, value] of gate.lines) console.log(`${head(label)} ${value}`);
  } catch (error) {
    console.log(`${head('gate (a shift of 200 entries)')} skipped: ${reasonOf(error)}`);
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
