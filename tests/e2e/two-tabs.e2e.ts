/**
 * Scenario 5: two tabs of the app (one browser profile). A household made in one appears in the
 * other without a reload; both tabs run their sync loops, and the server receives it once.
 */
import { describe, expect, it } from 'vitest';
import { HouseholdsPage } from './pages/households-page';
import { ShellPage } from './pages/shell-page';
import { signInAndSync, waitForServiceWorker } from './support/app-session';
import { useE2eWorld } from './support/e2e-world';

const world = useE2eWorld();

describe('two tabs', () => {
  it('shows a record made in one tab in the other, and the server receives it once', async () => {
    const { server } = world;
    const context = await world.newContext();
    const first = await context.newPage();
    const firstShell = await signInAndSync(first, server);
    await waitForServiceWorker(first);
    const second = await context.newPage();
    await second.goto('/');
    const secondShell = new ShellPage(second);
    await secondShell.waitForScreen('Home');

    const inFirst = new HouseholdsPage(first);
    const inSecond = new HouseholdsPage(second);
    await inFirst.openFromHome();
    await inSecond.openFromHome();
    expect(await inSecond.building.inputValue()).toBe(await inFirst.building.inputValue());

    const made = { unit: '3', room: '9501', phone: '13800138000' };
    await inFirst.add(made);
    await inSecond.item(made.unit, made.room).waitFor();
    expect(await inSecond.item(made.unit, made.room).textContent()).toContain('13800138000');

    await expect.poll(() => firstShell.pending(), { timeout: 15_000 }).toBe(0);
    await expect.poll(() => secondShell.pending(), { timeout: 15_000 }).toBe(0);
    await expect.poll(() => inSecond.isMarkedUnsent(made.unit, made.room)).toBe(false);
    const ids = await server.householdIds(made.unit, made.room);
    expect(ids).toHaveLength(1);
    expect(server.timesReceived(ids[0]!)).toBe(1);
    // Pulled back from the server, it replaced the local copy: once in each list.
    expect(await inFirst.item(made.unit, made.room).count()).toBe(1);
    expect(await inSecond.item(made.unit, made.room).count()).toBe(1);
  });
});
