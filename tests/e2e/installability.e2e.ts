/**
 * Scenario 7: Chromium itself judges the app installable (manifest, icons, service worker,
 * secure origin): the DevTools protocol's Page.getInstallabilityErrors reports none.
 */
import { describe, expect, it } from 'vitest';
import { SignInPage } from './pages/sign-in-page';
import { waitForServiceWorker } from './support/app-session';
import { useE2eWorld } from './support/e2e-world';

const world = useE2eWorld();

describe('installability', () => {
  it('has no installability errors in Chromium', async () => {
    // A real profile: Chromium never offers to install from an incognito context.
    const context = await world.newProfileContext();
    const page = context.pages()[0] ?? (await context.newPage());
    await new SignInPage(page).open();
    await waitForServiceWorker(page);

    const cdp = await context.newCDPSession(page);
    const manifest = await cdp.send('Page.getAppManifest');
    expect(manifest.url).toMatch(/manifest.*\.webmanifest$/);
    expect(manifest.errors).toEqual([]);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors).toEqual([]);
  });
});
