/**
 * Scenario 4: a new build is deployed while the user has typed into a form. The app finds the new
 * version when it comes back to the foreground, offers "A new version is ready" and reloads nothing
 * by itself: the page and the typed input stay. After the user's reload the new version runs, and
 * it works offline (its own chunks come from the new precache).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { HouseholdsPage } from './pages/households-page';
import { SettingsPage } from './pages/settings-page';
import { UpdatePrompt } from './pages/update-prompt';
import { isControlled, signInAndSync, waitForServiceWorker } from './support/app-session';
import { DIST_DIR, requireNextBuild } from './support/builds';
import { useE2eWorld } from './support/e2e-world';

const world = useE2eWorld();
let served = DIST_DIR;

/** Deploys the other build (dist/ ⇄ .tmp/dist-v2): same server, same database, new files. */
async function deployNextVersion(): Promise<void> {
  served = served === DIST_DIR ? requireNextBuild() : DIST_DIR;
  await world.server.serve(served);
}

/**
 * The user switches back to the app, which then looks for a new version. Headless Chromium never
 * hides a page, so the visibilitychange it would fire is dispatched here.
 */
async function returnToApp(page: Page): Promise<void> {
  await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
}

/** Marks the current document; the mark is gone once anything reloads the page. */
async function markDocument(page: Page): Promise<void> {
  await page.evaluate(() => Object.assign(window, { e2eSameDocument: true }));
}

function sameDocument(page: Page): Promise<boolean> {
  return page.evaluate(() => 'e2eSameDocument' in window);
}

describe('a new version deployed', () => {
  it('is offered without losing unsaved input, and runs offline after the reload', async () => {
    requireNextBuild();
    const context = await world.newContext();
    const page = await context.newPage();
    const shell = await signInAndSync(page, world.server);
    await waitForServiceWorker(page);
    // The user opens the app again later: this page starts under the service worker.
    await page.reload();
    await shell.waitForScreen('Home');

    const settings = new SettingsPage(page);
    await settings.open();
    const oldVersion = await settings.appVersion();

    await shell.go('Home');
    const households = new HouseholdsPage(page);
    await households.openFromHome();
    await households.openAddForm();
    await households.fill({ unit: '4', room: '9401', phone: '13900139000' });
    await markDocument(page);

    await deployNextVersion();
    await returnToApp(page);

    const prompt = new UpdatePrompt(page);
    await prompt.region.waitFor({ timeout: 30_000 });
    expect(await sameDocument(page)).toBe(true);
    expect(new URL(page.url()).pathname).toBe('/households/new');
    expect(await households.unit.inputValue()).toBe('4');
    expect(await households.room.inputValue()).toBe('9401');
    expect(await households.phone.inputValue()).toBe('13900139000');

    // Reload asks first while the form holds input; Cancel keeps everything.
    await prompt.reload.click();
    await prompt.unsavedWarning.waitFor();
    await prompt.cancel.click();
    expect(await households.room.inputValue()).toBe('9401');
    expect(await sameDocument(page)).toBe(true);

    await prompt.reload.click();
    await prompt.reloadAnyway.click();
    await page.waitForFunction(() => !('e2eSameDocument' in window), undefined, { timeout: 30_000 });
    await households.room.waitFor();
    expect(await isControlled(page)).toBe(true);
    await settings.open();
    const newVersion = await settings.appVersion();
    expect(newVersion).not.toBe(oldVersion);

    // Offline, the new version starts and opens its lazily loaded screens.
    await context.setOffline(true);
    await page.reload();
    await settings.version.waitFor();
    expect(await settings.appVersion()).toBe(newVersion);
    expect(await prompt.region.count()).toBe(0);
    await shell.go('Home');
    await households.openFromHome();
    await households.list.getByRole('listitem').first().waitFor();
    await households.add({ unit: '4', room: '9402' });
    expect(await households.isMarkedUnsent('4', '9402')).toBe(true);
    await expect.poll(() => shell.pending()).toBe(1);
  });

  it('also switches a page that has been open since the very first visit', async () => {
    requireNextBuild();
    const context = await world.newContext();
    const page = await context.newPage();
    await signInAndSync(page, world.server);
    await waitForServiceWorker(page);
    const settings = new SettingsPage(page);
    await settings.open();
    const oldVersion = await settings.appVersion();
    await markDocument(page);

    await deployNextVersion();
    await returnToApp(page);
    const prompt = new UpdatePrompt(page);
    await prompt.region.waitFor({ timeout: 30_000 });
    expect(await sameDocument(page)).toBe(true);

    await prompt.reload.click();
    await page.waitForFunction(() => !('e2eSameDocument' in window), undefined, { timeout: 30_000 });
    await settings.version.waitFor();
    expect(await settings.appVersion()).not.toBe(oldVersion);
  });
});
