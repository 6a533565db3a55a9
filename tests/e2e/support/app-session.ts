/** Steps every scenario starts with: the first online visit, signed in, synced, service worker in control. */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { ShellPage } from '../pages/shell-page';
import { SignInPage } from '../pages/sign-in-page';
import type { AppServer } from './app-server';

export const WORKER = 'worker1';

/** Signs in on the sign-in screen and waits for Home and the first finished sync (the worker's data is local). */
export async function signInAndSync(page: Page, server: AppServer, username = WORKER): Promise<ShellPage> {
  const signIn = await new SignInPage(page).open();
  await signIn.signIn(username, server.password);
  const shell = new ShellPage(page);
  await shell.waitForScreen('Home');
  await expect.poll(() => shell.hasSynced(), { timeout: 20_000 }).toBe(true);
  await expect.poll(() => shell.pending()).toBe(0);
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
  await expect.poll(() => isControlled(page), { timeout: 15_000 }).toBe(true);
}
