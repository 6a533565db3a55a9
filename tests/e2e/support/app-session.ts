/**
 * Steps every scenario starts with: the first online visit, signed in, synced, service worker in
 * control. Only Playwright waits here (no vitest), so the benchmark can use them too.
 */
import type { Page } from 'playwright-core';
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
  await shell.waitForScreen(firstScreen);
  await shell.syncStatus.filter({ hasText: 'Last sync:' }).filter({ hasText: 'Pending: 0' }).waitFor({ timeout: 20_000 });
  return shell;
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
