/**
 * Building screen first render in Chromium: from a client-side navigation's start to the first room
 * button ("Unit <u> Room <r>") in the DOM, under the building's heading. The navigation is a click on
 * the building's link on Home when Home lists it; otherwise history.back() from Home to the building
 * screen (said in the notes). Home, the round, is reached between runs through the bottom navigation
 * for a grid worker and client-side at /round for a secretary (whose navigation starts on Community).
 */
import type { Page } from 'playwright-core';
import { RoundPage } from '../../e2e/pages/round-page';
import type { BigBuilding } from './big-building';
import { latencyFigure, step, type LatencyFigure } from './latency-figure';
import { armBuildingTimer, buildingRenderMs, timedHistoryBack } from './in-page-timers';

const RENDER_TIMEOUT_MS = 30_000;

export async function measureBuildingRender(page: Page, building: BigBuilding, runs: number, label: string): Promise<LatencyFigure> {
  const round = new RoundPage(page);
  await round.goHome();
  const link = round.buildingLinkTo(building.id);
  const listed = await link.waitFor({ timeout: 10_000 }).then(() => true, () => false);
  const runsMs: number[] = [];
  if (!listed) {
    // Not on Home: open it once by URL, then time history.back() from Home.
    await page.goto(`/buildings/${building.id}`);
    await step(`no building screen with the heading "${building.name}"`, () => round.buildingHeading(building.name).waitFor({ timeout: RENDER_TIMEOUT_MS }));
  }
  for (let run = 0; run < runs; run++) {
    if (listed) {
      await round.goHome();
      await link.waitFor();
      await armBuildingTimer(page, building.name);
      await link.click();
    } else {
      await round.goHome();
      await timedHistoryBack(page, building.name);
    }
    runsMs.push(await step('no room button named "Unit <u> Room <r>" under the building\'s heading', () => buildingRenderMs(page, RENDER_TIMEOUT_MS)));
  }
  const how = listed
    ? 'from the click on the building\'s link on Home, the round (the first run is the screen\'s first render in this page: a worker\'s app warms its code when idle, a secretary\'s does not)'
    : 'Home does not list the building: from history.back() (Home → building screen, client-side)';
  const rooms = await round.anyRoom().count();
  return latencyFigure(label, runsMs, [how, `${rooms} room buttons in the DOM after the last run`], true);
}
