/**
 * Scenarios 2 and 3: the server fails (500) for a while, or commits a push and the answer is lost.
 * The user keeps seeing the household as not sent until it really is; it then syncs by itself,
 * and the server holds it exactly once. Faults are made in the server (see support/app-server.ts),
 * so they also hit pushes the service worker makes.
 */
import { describe, expect, it } from 'vitest';
import { AttentionPage } from './pages/attention-page';
import { HouseholdsPage } from './pages/households-page';
import { signInAndSync, waitForServiceWorker } from './support/app-session';
import { useE2eWorld } from './support/e2e-world';

const world = useE2eWorld();

async function openHouseholds() {
  const context = await world.newContext();
  const page = await context.newPage();
  const shell = await signInAndSync(page, world.server);
  await waitForServiceWorker(page);
  const households = new HouseholdsPage(page);
  await households.openFromHome();
  return { page, shell, households };
}

describe('server faults', () => {
  it('keeps records pending and visible while the server answers 500, then syncs them by itself, once', async () => {
    const { server } = world;
    const { page, shell, households } = await openHouseholds();
    const before = await server.countAllHouseholds();
    server.setPushFault({ kind: 'fail' });

    const made = { unit: '2', room: '9201' };
    await households.add(made);
    await expect.poll(() => server.pushes.failed, { timeout: 20_000 }).toBeGreaterThanOrEqual(2);
    await expect.poll(() => shell.statusText()).toContain('Problem: The server had a problem.');
    expect(await shell.pending()).toBe(1);
    expect(await households.isMarkedUnsent(made.unit, made.room)).toBe(true);

    // Still there, still unsent, after a reload while the server keeps failing.
    const failedBeforeReload = server.pushes.failed;
    await page.reload();
    await households.item(made.unit, made.room).waitFor();
    expect(await households.isMarkedUnsent(made.unit, made.room)).toBe(true);
    await expect.poll(() => server.pushes.failed, { timeout: 20_000 }).toBeGreaterThan(failedBeforeReload);
    await expect.poll(() => shell.pending()).toBe(1);
    expect(await server.householdIds(made.unit, made.room)).toEqual([]);

    // The server recovers; nobody presses anything.
    server.setPushFault({ kind: 'none' });
    await expect.poll(() => shell.pending(), { timeout: 40_000 }).toBe(0);
    await expect.poll(() => households.isMarkedUnsent(made.unit, made.room)).toBe(false);
    // The problem line goes when the whole run (push, then pull) has finished.
    await expect.poll(() => shell.statusText()).not.toContain('Problem:');
    expect(await server.householdIds(made.unit, made.room)).toHaveLength(1);
    expect(await server.countAllHouseholds()).toBe(before + 1);

    const attention = new AttentionPage(page);
    await attention.open();
    await attention.empty.waitFor();
  });

  it('holds a record once when the push committed but its answer was lost, after the retry', async () => {
    const { server } = world;
    const { page, shell, households } = await openHouseholds();
    const before = await server.countAllHouseholds();
    server.setPushFault({ kind: 'lose-response', times: 1 });

    const made = { unit: '2', room: '9301' };
    await households.add(made);
    await expect.poll(() => shell.pending(), { timeout: 30_000 }).toBe(0);
    expect(server.pushes.lostResponses).toBe(1);

    const ids = await server.householdIds(made.unit, made.room);
    expect(ids).toHaveLength(1);
    // Sent again after the lost answer, and recognised as the same mutation.
    expect(server.timesReceived(ids[0]!)).toBeGreaterThanOrEqual(2);
    expect(await server.countAllHouseholds()).toBe(before + 1);
    await expect.poll(() => households.isMarkedUnsent(made.unit, made.room)).toBe(false);

    const attention = new AttentionPage(page);
    await attention.open();
    await attention.empty.waitFor();
  });
});
