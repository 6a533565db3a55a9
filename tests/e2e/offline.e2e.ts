/**
 * Scenario 1: after the first online visit the service worker controls the page; offline, a reload
 * still opens the app with its data; a household made offline survives a reload as pending
 * and can be exported to a file; once back online it reaches the server within 15 s and the
 * pending count drops to 0.
 */
import { describe, expect, it } from 'vitest';
import { HouseholdsPage } from './pages/households-page';
import { SettingsPage } from './pages/settings-page';
import { isControlled, signInAndSync, waitForServiceWorker } from './support/app-session';
import { useE2eWorld } from './support/e2e-world';

const world = useE2eWorld();

describe('offline after the first visit', () => {
  it('opens offline with its data, keeps what is made offline, and sends it once back online', async () => {
    const { server } = world;
    const context = await world.newContext();
    const page = await context.newPage();
    const shell = await signInAndSync(page, server);
    await waitForServiceWorker(page);

    const households = new HouseholdsPage(page);
    await households.openFromHome();
    const rows = households.list.getByRole('listitem');
    await rows.first().waitFor();
    const pulled = await rows.count();
    const building = await households.building.inputValue();

    await context.setOffline(true);
    await page.reload();
    await households.building.waitFor();
    expect(await isControlled(page)).toBe(true);
    await expect.poll(() => shell.statusText()).toContain('Offline');
    expect(await households.building.inputValue()).toBe(building);
    await expect.poll(() => rows.count()).toBe(pulled);

    const made = { unit: '1', room: '9101' };
    await households.add(made);
    expect(await households.isMarkedUnsent(made.unit, made.room)).toBe(true);
    await expect.poll(() => shell.pending()).toBe(1);

    await page.reload();
    await households.item(made.unit, made.room).waitFor();
    expect(await households.isMarkedUnsent(made.unit, made.room)).toBe(true);
    await expect.poll(() => shell.pending()).toBe(1);
    await expect.poll(() => rows.count()).toBe(pulled + 1);
    expect(await server.householdIds(made.unit, made.room)).toEqual([]);

    // Offline, the unsent household can be exported to a file the user keeps.
    const settings = new SettingsPage(page);
    await settings.open();
    const exported = await settings.exportUnsentFile();
    expect(exported.fileName).toMatch(/^gridwalk-unsent-\d{4}-\d{2}-\d{2}\.json$/);
    expect(exported.content.mutations).toEqual([
      expect.objectContaining({ entity: 'household', op: 'create', data: expect.objectContaining({ unit: '1', room: '9101' }) }),
    ]);
    await shell.go('Home');
    await households.openFromHome();
    await households.item(made.unit, made.room).waitFor();

    await context.setOffline(false);
    await expect.poll(() => server.householdIds(made.unit, made.room), { timeout: 15_000 }).toHaveLength(1);
    await expect.poll(() => shell.pending(), { timeout: 15_000 }).toBe(0);
    await expect.poll(() => shell.statusText()).toContain('Online');
    await expect.poll(() => households.isMarkedUnsent(made.unit, made.room)).toBe(false);
  });
});
