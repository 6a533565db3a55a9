/**
 * The round benchmarks' world: the real server (buildApp on PGlite, serving the built app) with the
 * demo community scaled and the bench's big building added, one Chromium page with the in-page
 * timers, signed in as the secretary (whose scope is the whole community) after the first pull
 * has put every resident and household on the device.
 */
import type { Browser, Page } from 'playwright-core';
import type { Database } from '../../../src/server/db/database';
import { startAppServer, type AppServer } from '../../e2e/support/app-server';
import { launchChromium, newAppContext } from '../../e2e/support/browser';
import { ShellPage } from '../../e2e/pages/shell-page';
import { SignInPage } from '../../e2e/pages/sign-in-page';
import { E2E_PIN, LockPage } from '../../e2e/pages/lock-page';
import { unlockAtEveryStart } from '../../e2e/support/app-session';
import { addBigBuilding, type BigBuilding } from './big-building';
import { IN_PAGE_TIMERS } from './in-page-timers';
import { waitForLocalCounts } from './local-data';
import { PULL_TRACE, takePullTrace, type PullTrace } from './pull-trace';

export const SECRETARY = 'secretary1';

export interface RoundBenchScope {
  /** Demo seed scale (~1,550 residents in 600 households per 1). */
  scale: number;
  bigBuilding: { units: number; floors: number; roomsPerFloor: number };
  /** Records to add on the server before the secretary signs in (they arrive with the first pull). */
  beforeSignIn?: (server: AppServer, bigBuilding: BigBuilding) => Promise<void>;
  /** More in-page scripts (timers) to install. */
  initScripts?: string[];
}

export interface RoundBenchSession {
  readonly server: AppServer;
  readonly page: Page;
  readonly bigBuilding: BigBuilding;
  /** Records on the device after the first pull. */
  readonly local: { resident: number; household: number; building: number };
  /** From pressing "Sign in" to the whole scope stored locally, in seconds (Node's clock). */
  readonly firstPullSeconds: number;
  /** Where the first pull's time went (the app's trace spans, summed in the page). */
  readonly firstPullTrace: PullTrace;
  close(): Promise<void>;
}

async function serverCount(db: Database, entity: string): Promise<number> {
  const { rows } = await db.query<{ n: number | string }>('SELECT count(*) AS n FROM records WHERE entity = $1', [entity]);
  return Number(rows[0]?.n ?? 0);
}

export async function openRoundBenchSession(staticDir: string, scope: RoundBenchScope): Promise<RoundBenchSession> {
  const server = await startAppServer(staticDir, { scale: scope.scale });
  let browser: Browser | undefined;
  try {
    const gridId = server.demo.gridIds[0];
    if (!gridId) throw new Error('The demo community has no grid');
    const bigBuilding = await addBigBuilding(server.db, { communityId: server.demo.communityId, gridId, ...scope.bigBuilding });
    await scope.beforeSignIn?.(server, bigBuilding);
    const expected = {
      resident: await serverCount(server.db, 'resident'),
      household: await serverCount(server.db, 'household'),
      building: await serverCount(server.db, 'building'),
    };

    browser = await launchChromium();
    // The in-page timers are waited for with page.waitForFunction, whose polling evaluates a string: the
    // app's CSP (no eval) refuses that in this Chromium, so the harness bypasses it (it costs the app nothing).
    const context = await newAppContext(browser, server.url, { bypassCSP: true });
    await context.addInitScript({ content: IN_PAGE_TIMERS });
    await context.addInitScript({ content: PULL_TRACE });
    for (const content of scope.initScripts ?? []) await context.addInitScript({ content });
    const page = await context.newPage();
    const signIn = await new SignInPage(page).open();
    let start = performance.now();
    await signIn.signIn(SECRETARY, server.password);
    const shell = new ShellPage(page);
    // With the app lock (issue 18) the PIN is set first and nothing syncs before: the pull is timed from
    // the tap on "Set PIN" (builds without it: from "Sign in").
    const lock = new LockPage(page);
    await lock.setPinHeading.or(shell.heading('Community')).first().waitFor({ timeout: 30_000 });
    if (await lock.setPinHeading.isVisible()) {
      await page.getByLabel('PIN (6 digits)').fill(E2E_PIN);
      await page.getByLabel('Repeat the PIN').fill(E2E_PIN);
      start = performance.now();
      await page.getByRole('button', { name: 'Set PIN' }).click();
    }
    unlockAtEveryStart(context);
    // A secretary signs in to the Community desk (their round is at /round).
    await shell.waitForScreen('Community');
    const pullTimeout = 240_000;
    await shell.syncStatus.filter({ hasText: 'Last sync:' }).filter({ hasText: 'Pending: 0' }).waitFor({ timeout: pullTimeout });
    const seen = await waitForLocalCounts(page, expected, pullTimeout);
    const firstPullSeconds = (performance.now() - start) / 1000;
    const firstPullTrace = await takePullTrace(page);
    const local = { resident: seen.resident ?? 0, household: seen.household ?? 0, building: seen.building ?? 0 };

    const openBrowser = browser;
    return {
      server,
      page,
      bigBuilding,
      local,
      firstPullSeconds,
      firstPullTrace,
      async close() {
        await openBrowser.close();
        await server.close();
      },
    };
  } catch (error) {
    await browser?.close();
    await server.close();
    throw error;
  }
}
