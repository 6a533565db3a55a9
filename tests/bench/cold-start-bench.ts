/**
 * Offline cold start in Chromium (issue 3 budget): after one online visit (sign-in, first sync,
 * service worker installed), Chromium is closed; each run starts it again on the same profile,
 * offline, with the CPU slowed 4× (DevTools Emulation.setCPUThrottlingRate), opens the app and
 * measures the time from navigation start to the first usable screen (the Home screen's heading
 * with the bottom navigation). With the app lock (issue 18) every start shows "Locked" first: then the
 * first screen is the lock screen (its PIN field), and the PIN is typed and the time from the tap on
 * "Unlock" to the usable Home is measured too. Printed as the median of the runs; nothing is asserted.
 *
 * Needs a build (dist/ with sw.js) and Chromium; `coldStartBenchAvailable()` says whether both are there.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { signInAndSync, waitForServiceWorker } from '../e2e/support/app-session';
import { startAppServer } from '../e2e/support/app-server';
import { chromiumAvailable, launchProfile } from '../e2e/support/browser';
import { DIST_DIR, requireBuild } from '../e2e/support/builds';
import { LockPage } from '../e2e/pages/lock-page';
import { pageMark } from './support/page-mark';
import { timeUnlock } from './support/unlock-timer';

export const CPU_SLOWDOWN = 4;

export interface ColdStartFigures {
  label: string;
  /** Each run, in milliseconds, in the order they ran. */
  runsMs: number[];
  medianMs: number;
  /** With the app lock: each run's tap on "Unlock" to the usable Home, in milliseconds. */
  unlockRunsMs: number[];
}

export function coldStartBenchAvailable(staticDir: string = DIST_DIR): boolean {
  return chromiumAvailable() && existsSync(path.join(staticDir, 'index.html')) && existsSync(path.join(staticDir, 'sw.js'));
}

/**
 * Runs in the page before any of its scripts: records performance.now() the first time the
 * signed-in Home screen (its h1 inside #main, and the navigation) is in the DOM. A string, not a
 * function: tsx would wrap a function's inner names in a helper the page does not have.
 */
const RECORD_FIRST_USABLE_SCREEN = `
  (() => {
    const usable = () => document.querySelector('#main h1') !== null && document.querySelector('nav') !== null;
    const locked = () => document.querySelector('input[name="pin"]') !== null;
    const observer = new MutationObserver(() => {
      if (window.__gwFirstUsable === undefined && (usable() || locked())) {
        window.__gwFirstUsable = performance.now();
        observer.disconnect();
      }
    });
    observer.observe(document, { childList: true, subtree: true });
  })();
`;

function firstUsableMs(page: Page): Promise<number> {
  return pageMark(page, '__gwFirstUsable');
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

async function firstPage(context: BrowserContext): Promise<Page> {
  return context.pages()[0] ?? (await context.newPage());
}

export interface ColdStartOptions {
  runs?: number;
  staticDir?: string;
  cpuSlowdown?: number;
}

export async function benchOfflineColdStart(options: ColdStartOptions = {}): Promise<ColdStartFigures> {
  const runs = options.runs ?? 5;
  const slowdown = options.cpuSlowdown ?? CPU_SLOWDOWN;
  const staticDir = requireBuild(options.staticDir ?? DIST_DIR);
  const server = await startAppServer(staticDir);
  const profile = mkdtempSync(path.join(os.tmpdir(), 'gridwalk-bench-profile-'));
  try {
    // The one online visit: sign in, first sync, service worker installed with its precache.
    const setup = await launchProfile(profile, server.url);
    const page = await firstPage(setup);
    await signInAndSync(page, server);
    await waitForServiceWorker(page);
    await setup.close();

    const runsMs: number[] = [];
    const unlockRunsMs: number[] = [];
    for (let run = 0; run < runs; run += 1) {
      const context = await launchProfile(profile, server.url, { offline: true });
      try {
        await context.addInitScript({ content: RECORD_FIRST_USABLE_SCREEN });
        const coldPage = await firstPage(context);
        const cdp = await context.newCDPSession(coldPage);
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: slowdown });
        await coldPage.goto('/', { waitUntil: 'commit' });
        runsMs.push(await firstUsableMs(coldPage));
        if (await new LockPage(coldPage).enterPin.isVisible()) unlockRunsMs.push(await timeUnlock(coldPage));
      } finally {
        await context.close();
      }
    }
    return {
      label: `offline cold start to first usable screen (${slowdown}× CPU), median of ${runs}`,
      runsMs,
      medianMs: median(runsMs),
      unlockRunsMs,
    };
  } finally {
    await server.close();
    rmSync(profile, { recursive: true, force: true });
  }
}
