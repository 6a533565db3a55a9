/**
 * Search latency per keystroke in Chromium: on /search (opened from the bottom navigation), once the
 * index is ready, each query is typed one character at a time; the in-page timers measure from the
 * keystroke's input event to the results list showing that keystroke's query. Characters arrive as a
 * phone's soft keyboard sends them (insertText: an input event, no key events; CDP key events also
 * delay the page's next task by up to a frame in headless Chromium, which would time the harness).
 * A short pause between keystrokes stands for typing; the box is cleared (untimed) between queries.
 */
import type { Page } from 'playwright-core';
import { SearchPage } from '../../e2e/pages/search-page';
import { latencyFigure, step, type LatencyFigure } from './latency-figure';
import { summarize } from './bench-stats';
import { armSearchTimer, searchSamples, waitForKeystrokeShown, type SearchSample } from './in-page-timers';

const PAUSE_BETWEEN_KEYS_MS = 60;
const KEYSTROKE_TIMEOUT_MS = 3_000;

export async function measureSearchLatency(page: Page, queries: readonly string[], label: string): Promise<LatencyFigure> {
  const search = new SearchPage(page);
  await step('no search box named "Search by name, pinyin, phone, ID or room" on Search', () => search.openFromNav());
  const readyStart = performance.now();
  await step('the search index never got ready ("Preparing search…" stayed)', () => search.waitUntilReady());
  const readySeconds = (performance.now() - readyStart) / 1000;

  let missed = 0;
  for (const query of queries) {
    await armSearchTimer(page, false);
    await search.box.fill('');
    await search.box.focus();
    await page.waitForTimeout(PAUSE_BETWEEN_KEYS_MS);
    await armSearchTimer(page, true);
    for (const char of query) {
      await page.keyboard.insertText(char);
      if (!(await waitForKeystrokeShown(page, KEYSTROKE_TIMEOUT_MS))) missed++;
      await page.waitForTimeout(PAUSE_BETWEEN_KEYS_MS);
    }
  }
  await armSearchTimer(page, false);

  const samples = await searchSamples(page);
  const count = (mode: SearchSample['mode']) => samples.filter((sample) => sample.mode === mode).length;
  const notes = [`index ready ${readySeconds.toFixed(1)} s after opening Search; typed: ${queries.map((q) => JSON.stringify(q)).join(', ')}`];
  if (count('data-query') < samples.length) {
    const dom = summarize(samples.map((sample) => sample.domMs));
    notes.push(
      `the results list has no data-query: timed to its first DOM change after the keystroke (${count('dom-change')}×) or, ` +
        `when its hits stayed the same, to the render that committed the keystroke (${count('commit')}×), then the next animation frame`,
      `to the DOM change alone: median ${dom ? dom.medianMs.toFixed(1) : '–'} ms, p95 ${dom ? dom.p95Ms.toFixed(1) : '–'} ms`,
    );
  } else {
    notes.push("timed to the results list showing the keystroke's query (data-query)");
  }
  if (missed > 0) notes.push(`${missed} keystroke(s) never showed their own query within ${KEYSTROKE_TIMEOUT_MS / 1000} s (not counted)`);
  return latencyFigure(label, samples.map((s) => s.ms), notes);
}
