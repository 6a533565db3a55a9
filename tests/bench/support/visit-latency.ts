/**
 * Save-a-visit latency in Chromium: the visit form of one household after another in one demo building
 * ("Next room" after each save; the next household by URL when there is none), "Visited", every
 * "Temperature for <name>" at 36.5 (no fever, so the form never turns into a fever report), then
 * "Save visit". In-page: from the click on "Save visit" to the record writer's `gridwalk:write-committed`
 * mark of the visit create. The first save (it loads the writer's lazy chunk) is a warm-up, not counted.
 */
import type { Page } from 'playwright-core';
import type { Database } from '../../../src/server/db/database';
import { VisitPage } from '../../e2e/pages/visit-page';
import { latencyFigure, step, type LatencyFigure } from './latency-figure';
import { visitTimes } from './in-page-timers';

const TEMPERATURE = '36.5';
const WARM_UP = 1;
const COMMIT_TIMEOUT_MS = 10_000;

/** Households of one building in walking order (unit, floor, room), as on the server. */
export async function householdsOf(db: Database, buildingId: string): Promise<string[]> {
  const { rows } = await db.query<{ id: string }>(
    `SELECT id FROM records WHERE entity = 'household' AND building_id = $1::uuid
      ORDER BY (data->>'unit'), length(data->>'room'), (data->>'room')`,
    [buildingId],
  );
  return rows.map((row) => row.id);
}

function householdIdOf(url: string): string | null {
  return /\/households\/([^/]+)\/visits\/new/.exec(new URL(url).pathname)?.[1] ?? null;
}

/** The visit form of the next household: "Next room" when the screen offers it, else by URL. */
async function goToNextForm(page: Page, form: VisitPage, fallback: string | undefined): Promise<'next-room' | 'url' | null> {
  const before = page.url();
  const offered = await form.nextRoom
    .first()
    .waitFor({ timeout: 3_000 })
    .then(() => true, () => false);
  if (offered) {
    await form.nextRoom.first().click();
    await page.waitForURL((url) => url.href !== before, { timeout: 5_000 }).catch(() => undefined);
    if (page.url() !== before && householdIdOf(page.url())) {
      await form.waitForForm();
      return 'next-room';
    }
  }
  if (!fallback) return null;
  await form.open(fallback);
  return 'url';
}

export async function measureSaveVisitLatency(
  page: Page,
  households: readonly string[],
  samplesWanted: number,
  label: string,
): Promise<LatencyFigure> {
  const form = new VisitPage(page);
  const first = households[0];
  if (!first) throw new Error('no household to visit');
  await step('no visit form ("Visited" radio) at /households/:id/visits/new', () => form.open(first));
  const visited = new Set<string>();
  const samples: number[] = [];
  const ways = { 'next-room': 0, url: 0 };
  let temperatures = 0;
  for (let save = 0; save < samplesWanted + WARM_UP; save++) {
    const householdId = householdIdOf(page.url());
    if (householdId) visited.add(householdId);
    temperatures += await form.fillVisited(TEMPERATURE);
    const before = await visitTimes(page);
    await form.save.click();
    await step('no committed visit (gridwalk:write-committed) after "Save visit"', async () => {
      const handle = await page.waitForFunction(
        `window.__gwBench.visit.commits.length > ${before.commits.length} && window.__gwBench.visit.clicks.length > ${before.clicks.length}`,
        undefined,
        { timeout: COMMIT_TIMEOUT_MS },
      );
      await handle.dispose();
    });
    const after = await visitTimes(page);
    const ms = after.commits[after.commits.length - 1]! - after.clicks[after.clicks.length - 1]!;
    if (save >= WARM_UP) samples.push(ms);
    const fallback = households.find((id) => !visited.has(id) && id !== householdId);
    const way = await goToNextForm(page, form, fallback);
    if (!way) break;
    ways[way]++;
  }
  const notes = [
    `${samples.length + WARM_UP} visits saved in ${visited.size} households (${temperatures} temperatures typed), first save not counted (warm-up)`,
    `next form reached by "Next room" ${ways['next-room']}×, by URL ${ways.url}×`,
  ];
  return latencyFigure(label, samples, notes);
}
