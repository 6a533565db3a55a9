/**
 * The secretary's desk in Chromium (issue 12 goals), in the round bench's session (the real built
 * app and server, the secretary signed in on the round bench's scope after the first pull):
 * - Community first render, from the tap on "Community" in the bottom navigation (coming from
 *   Search) to today's "Households" figures in the DOM (goal ≤ 200 ms p95);
 * - Buildings list first render, from the tap on "Buildings" (coming from Search) to the list's
 *   first card (goal ≤ 200 ms p95);
 * - Trends, from the tap on a "Trends" link on the daily reports screen (or, without one, a
 *   client-side navigation to /trends from there) to its first table row and uPlot chart in the DOM,
 *   the chart library's load included on the first run (goal ≤ 500 ms).
 * 10 runs each, timed in the page (support/desk-timers.ts). Printed, nothing asserted; each figure is
 * skipped with its reason when its screen is not there.
 */
import type { Page } from 'playwright-core';
import { SearchPage } from '../e2e/pages/search-page';
import { ShellPage } from '../e2e/pages/shell-page';
import { requireBuild } from '../e2e/support/builds';
import { ROUND_BENCH_SCOPE } from './round-bench';
import { openRoundBenchSession, type RoundBenchScope } from './support/bench-session';
import { summarize } from './support/bench-stats';
import { armDeskTimer, deskTiming, DESK_SCREENS, installDeskTimers, timedClientNavigation, type DeskScreen, type DeskTiming } from './support/desk-timers';
import { latencyFigure, reasonOf, skippedFigure, step, type LatencyFigure } from './support/latency-figure';

const RENDER_TIMEOUT_MS = 30_000;
/** A pause between runs, so the screen left behind has finished its work before the next tap. */
const SETTLE_MS = 300;

async function figure(label: string, measure: () => Promise<LatencyFigure>): Promise<LatencyFigure> {
  try {
    return await measure();
  } catch (error) {
    return skippedFigure(label, reasonOf(error));
  }
}

const ms = (value: number) => `${value.toFixed(1)} ms`;

/** Notes on the times behind the figure: the next frame after it, and each mark's own time when there are several. */
function timingNotes(timings: readonly DeskTiming[]): string[] {
  const notes: string[] = [];
  const frames = summarize(timings.map((t) => t.frameMs));
  if (frames) notes.push(`to the next animation frame after it: median ${ms(frames.medianMs)}, p95 ${ms(frames.p95Ms)}`);
  const marks = Object.keys(timings[0]?.marksMs ?? {});
  if (marks.length > 1) {
    for (const mark of marks) {
      const s = summarize(timings.flatMap((t) => (t.marksMs[mark] === undefined ? [] : [t.marksMs[mark]])));
      if (s) notes.push(`${mark} alone: median ${ms(s.medianMs)}, p95 ${ms(s.p95Ms)}`);
    }
  }
  return notes;
}

/** Search through the bottom navigation, its index ready (so building it does not run during a timed run). */
async function fromSearch(page: Page): Promise<void> {
  const search = new SearchPage(page);
  await search.openFromNav();
  await search.waitUntilReady(120_000);
  await page.waitForTimeout(SETTLE_MS);
}

/** Taps `link` in the bottom navigation, coming from Search, `runs` times. */
async function measureNavTap(
  page: Page,
  screen: DeskScreen,
  link: string,
  what: string,
  runs: number,
  label: string,
  firstRun: string,
): Promise<LatencyFigure> {
  const shell = new ShellPage(page);
  const heading = DESK_SCREENS[screen].heading;
  const timings: DeskTiming[] = [];
  for (let run = 0; run < runs; run++) {
    await fromSearch(page);
    await armDeskTimer(page, screen);
    await step(`no "${link}" link in the bottom navigation`, () => shell.nav.getByRole('link', { name: link, exact: true }).click());
    await step(`no screen with the heading "${heading}"`, () => shell.heading(heading).waitFor({ timeout: RENDER_TIMEOUT_MS }));
    timings.push(await step(`${what} not in the DOM under the heading "${heading}"`, () => deskTiming(page, RENDER_TIMEOUT_MS)));
  }
  const how = `from the tap on "${link}" in the bottom navigation (coming from Search) to ${what} in the DOM; ${firstRun}`;
  return latencyFigure(
    label,
    timings.map((t) => t.doneMs),
    [how, ...timingNotes(timings)],
    true,
  );
}

/** The daily reports screen (the Trends link's likely place) through the bottom navigation. */
async function fromReports(page: Page): Promise<void> {
  const shell = new ShellPage(page);
  await shell.nav.getByRole('link', { name: 'Reports', exact: true }).click();
  await shell.heading('Daily reports').waitFor({ timeout: RENDER_TIMEOUT_MS });
  await page.waitForTimeout(SETTLE_MS);
}

async function measureTrends(page: Page, runs: number, label: string): Promise<LatencyFigure> {
  const shell = new ShellPage(page);
  const timings: DeskTiming[] = [];
  const ways = { link: 0, url: 0 };
  for (let run = 0; run < runs; run++) {
    await step('no daily reports screen (heading "Daily reports") from "Reports"', () => fromReports(page));
    const link = page.locator('#main, main').first().getByRole('link', { name: 'Trends', exact: true });
    if ((await link.count()) > 0) {
      await armDeskTimer(page, 'trends');
      await link.first().click();
      ways.link++;
    } else {
      await timedClientNavigation(page, 'trends', '/trends');
      ways.url++;
    }
    if (run === 0) {
      const shown = await shell.heading('Trends').waitFor({ timeout: 10_000 }).then(() => true, () => false);
      if (!shown) {
        const h1 = (await page.locator('h1').first().textContent({ timeout: 1_000 }).catch(() => null))?.trim();
        throw new Error(`no Trends screen at /trends yet (heading "Trends" not shown${h1 ? `; the app shows "${h1}"` : ''})`);
      }
    }
    timings.push(await step('no table row and uPlot chart (.uplot canvas) under the heading "Trends"', () => deskTiming(page, RENDER_TIMEOUT_MS)));
  }
  const how =
    ways.url === 0
      ? 'from the tap on the "Trends" link on the daily reports screen'
      : `from ${ways.link ? `the "Trends" link on the daily reports screen ${ways.link}×, ` : ''}a client-side navigation to /trends from the daily reports screen ${ways.url}× (no "Trends" link there)`;
  return latencyFigure(
    label,
    timings.map((t) => t.doneMs),
    [`${how} to its first table row and uPlot chart in the DOM; the first run loads the chart library (from the service worker's cache)`, ...timingNotes(timings)],
    true,
  );
}

/** The three desk figures, on a page where the secretary is signed in with the scope pulled. */
export async function measureDesk(page: Page, scopeLabel: string, runs = 10): Promise<LatencyFigure[]> {
  await installDeskTimers(page);
  const communityLabel = `Community first render (${scopeLabel})`;
  const buildingsLabel = `Buildings list first render (${scopeLabel})`;
  const trendsLabel = `Trends first render, chart library load included (${scopeLabel})`;
  return [
    await figure(communityLabel, () =>
      measureNavTap(page, 'community', 'Community', 'the "Households" figures', runs, communityLabel, 'the secretary signed in to Community, so no run is its very first render'),
    ),
    await figure(buildingsLabel, () =>
      measureNavTap(page, 'buildings', 'Buildings', 'the list\'s first building card', runs, buildingsLabel, 'the first run is the screen\'s first render in this page (its code warmed when the app was idle, not yet run)'),
    ),
    await figure(trendsLabel, () => measureTrends(page, runs, trendsLabel)),
  ];
}

const thousands = (n: number) => n.toLocaleString('en-US');

/** BENCH_ONLY=desk: the round bench's session (sign-in and first pull) and the desk figures alone. */
export async function benchDesk(options: { staticDir: string; scope?: RoundBenchScope; runs?: number }): Promise<{ scopeLabel: string; figures: LatencyFigure[] }> {
  const session = await openRoundBenchSession(requireBuild(options.staticDir), options.scope ?? ROUND_BENCH_SCOPE);
  try {
    const { local } = session;
    const scopeLabel = `${thousands(local.resident)} residents / ${thousands(local.household)} households`;
    return { scopeLabel, figures: await measureDesk(session.page, scopeLabel, options.runs) };
  } finally {
    await session.close();
  }
}
