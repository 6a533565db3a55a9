/**
 * Unlock to a usable first screen (issue 18) on the secretary's round session (the whole community on the
 * phone): the page is reloaded (a cold start, online), "Locked" shows, the PIN is typed and the time from
 * the tap on "Unlock" to the Community desk's heading with the navigation is measured. Builds without the
 * app lock show no lock screen: the figure is skipped for them.
 */
import type { Page } from 'playwright-core';
import { LockPage } from '../e2e/pages/lock-page';
import { pauseAutoUnlock } from '../e2e/support/app-session';
import { latencyFigure, skippedFigure, type LatencyFigure } from './support/latency-figure';
import { timeUnlock } from './support/unlock-timer';

export async function measureSecretaryUnlock(page: Page, scopeLabel: string, runs = 5): Promise<LatencyFigure[]> {
  const label = `unlock to usable Home (the desk), secretary (${scopeLabel})`;
  const lock = new LockPage(page);
  pauseAutoUnlock(page.context(), true);
  try {
    const runsMs: number[] = [];
    for (let run = 0; run < runs; run++) {
      await page.reload();
      await lock.enterPin.or(page.locator('#main h1')).first().waitFor({ timeout: 60_000 });
      if (!(await lock.enterPin.isVisible())) return [skippedFigure(label, 'this build has no app lock')];
      runsMs.push(await timeUnlock(page));
    }
    return [latencyFigure(label, runsMs, ['online cold start (reload), from the tap on "Unlock" to the desk\'s heading and navigation'], true)];
  } finally {
    pauseAutoUnlock(page.context(), false);
  }
}
