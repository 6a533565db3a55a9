/**
 * The app on a slow mobile link in Chromium (issue 10 goals), through the real built app and server,
 * the page's network throttled with DevTools (1.6 Mbps down, 750 kbps up, 150 ms round trip):
 * - a first visit (fresh context: no cache, no service worker) to worker1's usable Home with the
 *   first pull done, from navigation start (goal ≤ 8 s), on the demo community (scale 1);
 * - the secretary's complete first pull of the round bench's scope (~20,000 residents), from
 *   pressing "Sign in" to the whole scope stored locally, like the unthrottled figure (goal ≤ 20 s).
 * Each prints the bytes the network delivered (encoded, as Chromium counts them), app files vs API.
 * Printed, nothing asserted; each figure is skipped with its reason when it cannot be measured.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { Database } from '../../src/server/db/database';
import { startAppServer, type AppServer } from '../e2e/support/app-server';
import { WORKER } from '../e2e/support/app-session';
import { chromiumAvailable, launchChromium, newAppContext } from '../e2e/support/browser';
import { requireBuild } from '../e2e/support/builds';
import { ShellPage } from '../e2e/pages/shell-page';
import { SignInPage } from '../e2e/pages/sign-in-page';
import { ROUND_BENCH_SCOPE } from './round-bench';
import { addBigBuilding } from './support/big-building';
import { SECRETARY, type RoundBenchScope } from './support/bench-session';
import { reasonOf } from './support/latency-figure';
import { localCount, waitForLocalCounts } from './support/local-data';
import {
  describeTraffic,
  THROTTLED_NETWORK_LABEL,
  throttleAndMeter,
  trafficNotes,
  type NetworkMeter,
  type TrafficReport,
} from './support/network-throttle';

/** One printed line: label, value, and notes printed under it. */
export interface ThrottledLine {
  label: string;
  value: string;
  notes: string[];
}

export interface ThrottledFigure {
  seconds: number;
  traffic: TrafficReport;
  local: Record<string, number>;
  /** What the progress bar said, in order, with the seconds since the clock started. */
  progress: ProgressSample[];
}

export interface ProgressSample {
  seconds: number;
  text: string;
}

/** The progress bar's texts the page recorded, timed from `since` (wall-clock ms). */
async function progressSeen(page: Page, since: number): Promise<ProgressSample[]> {
  const raw: unknown = await page.evaluate('window.__gwProgress');
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((sample: unknown) =>
    typeof sample === 'object' && sample !== null && 'at' in sample && 'text' in sample && typeof sample.at === 'number' && typeof sample.text === 'string'
      ? [{ seconds: (sample.at - since) / 1000, text: sample.text }]
      : [],
  );
}

/** One note on the progress bar: when it showed, how often it moved, its first and last texts. */
function progressNote(samples: readonly ProgressSample[]): string {
  const first = samples[0];
  const last = samples.at(-1);
  if (!first || !last) return 'progress bar: not shown';
  const middle = samples[Math.floor(samples.length / 2)]!;
  return `progress bar: shown at ${first.seconds.toFixed(1)} s ("${first.text}"), ${samples.length} updates, at ${middle.seconds.toFixed(1)} s "${middle.text}", last at ${last.seconds.toFixed(1)} s ("${last.text}")`;
}

export function throttledBenchAvailable(staticDir: string): boolean {
  return chromiumAvailable() && existsSync(path.join(staticDir, 'index.html')) && existsSync(path.join(staticDir, 'sw.js'));
}

/**
 * Runs in every document before its scripts (a string: tsx would wrap a function's inner names in a
 * helper the page does not have). Records, as wall-clock milliseconds (timeOrigin + now):
 * - __gwSignInAt: the first press of the sign-in form's submit button;
 * - __gwHomeSynced: the first moment the first screen is usable (a worker's Home, a secretary's
 *   Community: its heading in #main with the navigation) and
 *   the sync line says a sync has finished with nothing pending ("Last sync:", "Pending: 0").
 */
const RECORD_SIGN_IN_AND_SYNCED_HOME = `
  (() => {
    const now = () => performance.timeOrigin + performance.now();
    document.addEventListener('click', (event) => {
      const target = event.target instanceof Element ? event.target.closest('form button[type="submit"]') : null;
      if (target && window.__gwSignInAt === undefined) window.__gwSignInAt = now();
    }, true);
    const synced = () => Array.from(document.querySelectorAll('[role="status"]')).some((element) => {
      const text = element.textContent || '';
      return text.includes('Last sync:') && text.includes('Pending: 0');
    });
    const ready = () => document.querySelector('#main h1') !== null && document.querySelector('nav') !== null && synced();
    const observer = new MutationObserver(() => {
      if (window.__gwHomeSynced === undefined && ready()) {
        window.__gwHomeSynced = now();
        observer.disconnect();
      }
    });
    observer.observe(document, { childList: true, subtree: true, characterData: true });
    // The progress bar of a large sync, as the user sees it: each value it shows (at most 500).
    window.__gwProgress = [];
    const seen = new MutationObserver(() => {
      const bar = document.querySelector('progress');
      const samples = window.__gwProgress;
      if (!bar || samples.length >= 500) return;
      const text = bar.getAttribute('aria-valuetext') || '';
      if (samples.length === 0 || samples[samples.length - 1].text !== text) samples.push({ at: now(), text });
    });
    seen.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['value', 'aria-valuetext'] });
  })();
`;

async function pageNumber(page: Page, expression: string, timeoutMs: number): Promise<number> {
  const handle = await page.waitForFunction(`${expression} ?? false`, undefined, { timeout: timeoutMs });
  return Number(await handle.jsonValue());
}

/**
 * The signed-in user's first screen shown (a grid worker's Home, a secretary's Community) and the
 * first sync finished, seen from Playwright as the e2e tests see it.
 */
async function waitForSyncedHome(page: Page, timeoutMs: number, heading: 'Home' | 'Community' = 'Home'): Promise<void> {
  const shell = new ShellPage(page);
  await shell.heading(heading).waitFor({ timeout: timeoutMs });
  await shell.syncStatus.filter({ hasText: 'Last sync:' }).filter({ hasText: 'Pending: 0' }).waitFor({ timeout: timeoutMs });
}

interface ThrottledPage {
  page: Page;
  meter: NetworkMeter;
}

async function openThrottledPage(browser: Browser, server: AppServer): Promise<ThrottledPage> {
  // The in-page timers are waited for with page.waitForFunction, whose polling evaluates a string: the
    // app's CSP (no eval) refuses that in this Chromium, so the harness bypasses it (it costs the app nothing).
    const context = await newAppContext(browser, server.url, { bypassCSP: true });
  context.setDefaultTimeout(60_000);
  await context.addInitScript({ content: RECORD_SIGN_IN_AND_SYNCED_HOME });
  const page = await context.newPage();
  const meter = await throttleAndMeter(context, page);
  return { page, meter };
}

/** worker1's first visit: navigation start (the page's first request) to the synced Home. */
export async function benchThrottledFirstVisit(staticDir: string, scale = 1): Promise<ThrottledFigure> {
  const server = await startAppServer(requireBuild(staticDir), { scale });
  let browser: Browser | undefined;
  try {
    browser = await launchChromium();
    const { page, meter } = await openThrottledPage(browser, server);
    const signIn = await new SignInPage(page).open();
    const navigationStart = await page.evaluate(() => performance.timeOrigin);
    await signIn.signIn(WORKER, server.password);
    const timeoutMs = 120_000;
    const homeSynced = await pageNumber(page, 'window.__gwHomeSynced', timeoutMs);
    await waitForSyncedHome(page, timeoutMs);
    const traffic = meter.report();
    await meter.stop();
    const local = { household: await localCount(page, 'household'), resident: await localCount(page, 'resident') };
    return { seconds: (homeSynced - navigationStart) / 1000, traffic, local, progress: await progressSeen(page, navigationStart) };
  } finally {
    await browser?.close();
    await server.close();
  }
}

async function serverCount(db: Database, entity: string): Promise<number> {
  const { rows } = await db.query<{ n: number | string }>('SELECT count(*) AS n FROM records WHERE entity = $1', [entity]);
  return Number(rows[0]?.n ?? 0);
}

/** The secretary's first pull of the round bench's scope: "Sign in" pressed to the scope stored locally. */
export async function benchThrottledSecretaryPull(staticDir: string, scope: RoundBenchScope = ROUND_BENCH_SCOPE): Promise<ThrottledFigure> {
  const server = await startAppServer(requireBuild(staticDir), { scale: scope.scale });
  let browser: Browser | undefined;
  try {
    const gridId = server.demo.gridIds[0];
    if (!gridId) throw new Error('The demo community has no grid');
    await addBigBuilding(server.db, { communityId: server.demo.communityId, gridId, ...scope.bigBuilding });
    const expected = {
      resident: await serverCount(server.db, 'resident'),
      household: await serverCount(server.db, 'household'),
      building: await serverCount(server.db, 'building'),
    };
    browser = await launchChromium();
    const { page, meter } = await openThrottledPage(browser, server);
    const signIn = await new SignInPage(page).open();
    meter.reset();
    await signIn.signIn(SECRETARY, server.password);
    const timeoutMs = 600_000;
    const signInAt = await pageNumber(page, 'window.__gwSignInAt', 10_000);
    const homeSynced = await pageNumber(page, 'window.__gwHomeSynced', timeoutMs);
    await waitForSyncedHome(page, timeoutMs, 'Community');
    // The sync line says done once the pull has committed its last page; check every record is there.
    const local = await waitForLocalCounts(page, expected, 1_000);
    const traffic = meter.report();
    await meter.stop();
    return { seconds: (homeSynced - signInAt) / 1000, traffic, local, progress: await progressSeen(page, signInAt) };
  } finally {
    await browser?.close();
    await server.close();
  }
}

const thousands = (n: number | undefined) => (n ?? 0).toLocaleString('en-US');

async function line(label: string, goal: string, measure: () => Promise<ThrottledFigure>, scopeNote: (f: ThrottledFigure) => string): Promise<ThrottledLine> {
  try {
    const f = await measure();
    return {
      label,
      value: `${f.seconds.toFixed(2)} s  (goal ${goal})  ${describeTraffic(f.traffic)}`,
      notes: [`${THROTTLED_NETWORK_LABEL}; ${scopeNote(f)}`, ...trafficNotes(f.traffic), progressNote(f.progress)],
    };
  } catch (error) {
    return { label, value: `skipped: ${reasonOf(error)}`, notes: [] };
  }
}

/** Both figures, as printed lines. */
export async function benchThrottledNetwork(staticDir: string): Promise<ThrottledLine[]> {
  return [
    await line(
      `throttled first visit to ${WORKER}'s Home, first pull done`,
      '≤ 8 s',
      () => benchThrottledFirstVisit(staticDir),
      (f) => `navigation start to synced Home; ${thousands(f.local.resident)} residents / ${thousands(f.local.household)} households pulled`,
    ),
    await line(
      'throttled first pull, secretary',
      '≤ 20 s',
      () => benchThrottledSecretaryPull(staticDir),
      (f) => `"Sign in" to the scope stored: ${thousands(f.local.resident)} residents / ${thousands(f.local.household)} households`,
    ),
  ];
}
