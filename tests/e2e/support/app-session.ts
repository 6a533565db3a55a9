/**
 * Steps every scenario starts with: the first online visit, signed in, synced, service worker in
 * control. Only Playwright waits here (no vitest), so the benchmark can use them too.
 */
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { E2E_PIN, LockPage } from '../pages/lock-page';
import { ShellPage } from '../pages/shell-page';
import { SignInPage } from '../pages/sign-in-page';
import type { AppServer } from './app-server';

export const WORKER = 'worker1';

/**
 * Signs in on the sign-in screen and waits for the role's first screen (a worker's Home, a secretary's
 * Community) and the first finished sync (the user's data is local).
 */
export async function signInAndSync(page: Page, server: AppServer, username = WORKER, firstScreen = 'Home'): Promise<ShellPage> {
  const signIn = await new SignInPage(page).open();
  await signIn.signIn(username, server.password);
  const shell = new ShellPage(page);
  await setPinIfAsked(page, shell.heading(firstScreen));
  unlockAtEveryStart(page.context());
  await shell.waitForScreen(firstScreen);
  await shell.syncStatus.filter({ hasText: 'Last sync:' }).filter({ hasText: 'Pending: 0' }).waitFor({ timeout: 20_000 });
  return shell;
}

/**
 * After a sign-in: "Set PIN" (issue 18) when the app asks for it, then `next` (the role's first screen).
 * The benchmarks run builds from before the app lock too, which go straight to `next`.
 */
export async function setPinIfAsked(page: Page, next: Locator, pin = E2E_PIN): Promise<void> {
  const lock = new LockPage(page);
  await lock.setPinHeading.or(next).first().waitFor();
  if (await lock.setPinHeading.isVisible()) await lock.setPin(pin);
}

/** Contexts whose pages are unlocked at every start, and whether that is paused (a benchmark times an unlock itself). */
const unlocking = new WeakMap<BrowserContext, { paused: boolean }>();

/** Stops (or starts again) unlocking the context's pages at their start. */
export function pauseAutoUnlock(context: BrowserContext, paused: boolean): void {
  const state = unlocking.get(context);
  if (state) state.paused = paused;
}

/**
 * From now on every page of the context that starts (a reload, a cold start offline, a second tab) and
 * shows "Locked" is unlocked with the PIN at once, as its user would: the scenarios are about what comes
 * after. The app lock's own browser test (app-lock.e2e.ts) does not use this.
 */
export function unlockAtEveryStart(context: BrowserContext, pin = E2E_PIN): void {
  if (unlocking.has(context)) return;
  const state = { paused: false };
  unlocking.set(context, state);
  const watch = (page: Page) => {
    page.on('domcontentloaded', () => {
      if (state.paused) return;
      const lock = new LockPage(page);
      void lock.lockedHeading
        .waitFor({ timeout: 20_000 })
        .then(() => (state.paused ? undefined : lock.unlock(pin)))
        .catch(() => undefined);
    });
  };
  for (const page of context.pages()) watch(page);
  context.on('page', watch);
}

/** True when a service worker controls the page (its requests, navigations included, go through it). */
export function isControlled(page: Page): Promise<boolean> {
  return page.evaluate(() => navigator.serviceWorker.controller !== null);
}

/** Waits until the service worker is active (its precache complete) and controls the page. */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 15_000 });
}
