/**
 * Scenario 6: an axe-core scan of the real screens in Chromium finds no serious or critical
 * violation: sign-in, home, settings, and the households list and form.
 */
import { describe, expect, it } from 'vitest';
import { HouseholdsPage } from './pages/households-page';
import { SignInPage } from './pages/sign-in-page';
import { signInAndSync } from './support/app-session';
import { seriousViolations } from './support/axe';
import { useE2eWorld } from './support/e2e-world';

const world = useE2eWorld();

describe('accessibility (axe-core)', () => {
  it('finds no serious or critical violation on sign-in, home, settings and the households screens', async () => {
    const context = await world.newContext({ bypassCSP: true });
    const page = await context.newPage();

    await new SignInPage(page).open();
    expect(await seriousViolations(page), 'sign-in').toEqual([]);

    const shell = await signInAndSync(page, world.server);
    expect(await seriousViolations(page), 'home').toEqual([]);

    await shell.go('Settings');
    expect(await seriousViolations(page), 'settings').toEqual([]);

    await shell.go('Home');
    const households = new HouseholdsPage(page);
    await households.openFromHome();
    await households.list.getByRole('listitem').first().waitFor();
    expect(await seriousViolations(page), 'households').toEqual([]);

    await households.openAddForm();
    await households.save.click();
    await page.getByRole('alert').waitFor();
    expect(await seriousViolations(page), 'add household with errors').toEqual([]);
  });
});
