/**
 * Issue 12 as secretary1: the Community screen, offline, shows the same counts as the grid workers' own
 * daily reports for the same records; a building sealed offline reaches worker1's Home with its day count;
 * a same-field clash of two phones shows under Conflicts and "Keep this value" settles it on both phones.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { BuildingSealPage } from './pages/building-seal-page';
import { CommunityPage } from './pages/community-page';
import { DailyReportPage } from './pages/daily-report-page';
import { RoundPage } from './pages/round-page';
import { VisitPage, type VisitOutcomeLabel } from './pages/visit-page';
import { signInAndSync, waitForServiceWorker } from './support/app-session';
import { useE2eWorld } from './support/e2e-world';

const world = useE2eWorld();
const SECRETARY = 'secretary1';

async function householdsOfGrid(gridId: string, count: number): Promise<string[]> {
  const { rows } = await world.server.db.query<{ id: string }>(
    `SELECT id FROM records WHERE entity = 'household' AND grid_id = $1 AND (data->>'status') = 'occupied' ORDER BY id LIMIT $2`,
    [gridId, count],
  );
  return rows.map((row) => row.id);
}

/** Records visits on this worker's phone, one per household, and waits until they reached the server. */
async function recordVisits(page: Page, visits: [string, VisitOutcomeLabel][]): Promise<void> {
  const form = new VisitPage(page);
  for (const [householdId, outcome] of visits) {
    await form.open(householdId);
    if (outcome === 'Visited') await form.fillVisited('36.6');
    else await form.outcome(outcome).check();
    await form.save.click();
    await form.nextRoom.waitFor();
  }
}

async function workerDay(username: string, visits: (gridId: string) => Promise<[string, VisitOutcomeLabel][]>, grid: number) {
  const context = await world.newContext();
  const page = await context.newPage();
  const shell = await signInAndSync(page, world.server, username);
  await recordVisits(page, await visits(world.server.demo.gridIds[grid]!));
  await shell.syncNow();
  await expect.poll(() => shell.pending(), { timeout: 15_000 }).toBe(0);
  const report = new DailyReportPage(page);
  await report.open();
  return { page, shell, counts: await report.counts() };
}

describe('the secretary’s desk', () => {
  it('shows offline the same counts as the grid workers’ own daily reports', async () => {
    const one = await workerDay(
      'worker1',
      async (grid) => {
        const [a, b, c] = await householdsOfGrid(grid, 3);
        return [
          [a!, 'Visited'],
          [b!, 'Nobody home'],
          [c!, 'Refused'],
        ];
      },
      0,
    );
    const two = await workerDay(
      'worker2',
      async (grid) => {
        const [a, b] = await householdsOfGrid(grid, 2);
        return [
          [a!, 'Nobody home'],
          [b!, 'Nobody home'],
        ];
      },
      1,
    );
    expect(one.counts).toMatchObject({ 'Doors knocked': 3, Visited: 1, 'Nobody home': 1, Refused: 1 });
    const sum = (word: string) => (one.counts[word] ?? 0) + (two.counts[word] ?? 0);

    const context = await world.newContext();
    const page = await context.newPage();
    await signInAndSync(page, world.server, SECRETARY, 'Community');
    await waitForServiceWorker(page);
    await context.setOffline(true);
    await page.reload();
    const community = new CommunityPage(page);
    await community.heading.waitFor();
    expect(await community.figure('Households', 'Visited')).toBe(`${sum('Visited')} / ${world.server.demo.households} households`);
    expect(await community.figure('Households', 'Nobody home')).toBe(String(sum('Nobody home')));
    expect(await community.figure('Households', 'Refused')).toBe(String(sum('Refused')));
    expect(await community.figure('Households', 'Not knocked yet')).toBe(String(world.server.demo.households - sum('Doors knocked')));
    expect(await community.figure('Fevers', 'Fevers found')).toBe(String(sum('Fevers found')));
  });

  it('seals a building offline; after sync worker1’s Home shows it sealed with its day count', async () => {
    const { server } = world;
    const building = server.demo.buildings.find((b) => b.gridId === server.demo.gridIds[0] && !b.sealed);
    if (!building) throw new Error('no open building in worker1’s grid');

    const workerContext = await world.newContext();
    const workerPage = await workerContext.newPage();
    const workerShell = await signInAndSync(workerPage, server, 'worker1');

    const context = await world.newContext();
    const page = await context.newPage();
    const shell = await signInAndSync(page, server, SECRETARY, 'Community');
    await waitForServiceWorker(page);
    const seal = new BuildingSealPage(page);
    await seal.open(building.id, building.name);
    await context.setOffline(true);
    await seal.seal('密接者所在楼栋');
    await expect.poll(() => shell.pending()).toBe(2);
    await context.setOffline(false);
    await expect.poll(() => shell.pending(), { timeout: 15_000 }).toBe(0);

    await workerShell.syncNow();
    const card = new RoundPage(workerPage).buildingLinkTo(building.id);
    await expect.poll(() => card.textContent(), { timeout: 15_000 }).toContain('Day 1 of 14');
  });
});

describe('conflicts', () => {
  it('a same-field clash of two phones shows under Conflicts; Keep this value resolves it on both phones', async () => {
    const { server } = world;
    const [householdId] = await householdsOfGrid(server.demo.gridIds[0]!, 1);
    const editPhone = async (page: Page, phone: string) => {
      await page.goto(`/households/${householdId}`);
      await page.getByRole('button', { name: 'Edit household' }).click();
      await page.getByRole('textbox', { name: 'Phone (optional)' }).fill(phone);
      await page.getByRole('button', { name: 'Save changes' }).click();
      await page.getByText('Household saved on this phone.', { exact: false }).waitFor();
    };

    const secretaryContext = await world.newContext();
    const secretaryPage = await secretaryContext.newPage();
    const secretary = await signInAndSync(secretaryPage, server, SECRETARY, 'Community');
    await waitForServiceWorker(secretaryPage);
    // The secretary changes the phone offline, on the version both phones had.
    await secretaryContext.setOffline(true);
    await editPhone(secretaryPage, '13922220002');

    const workerContext = await world.newContext();
    const workerPage = await workerContext.newPage();
    const worker = await signInAndSync(workerPage, server, 'worker1');
    await editPhone(workerPage, '13911110001');
    await expect.poll(() => worker.pending(), { timeout: 15_000 }).toBe(0);

    // Back online the secretary's change lands later: it wins, and the server records the clash.
    await secretaryContext.setOffline(false);
    await secretary.syncNow();
    await expect.poll(() => secretary.pending(), { timeout: 15_000 }).toBe(0);
    await secretary.syncNow();
    await secretary.go('Community');
    await secretaryPage.getByText('1 to see').waitFor({ timeout: 15_000 });
    await secretaryPage.getByRole('link', { name: 'Conflicts', exact: true }).click();
    await secretaryPage.getByRole('heading', { name: 'Conflicts', level: 1 }).waitFor();
    const earlier = secretaryPage.getByRole('group', { name: /^Earlier value/ });
    await expect.poll(() => earlier.textContent()).toContain('13911110001');
    expect(await secretaryPage.getByRole('group', { name: /^Later value/ }).textContent()).toContain('13922220002');
    await earlier.getByRole('button', { name: 'Keep this value' }).click();
    await earlier.waitFor({ state: 'detached' });
    const serverPhone = async () =>
      (await server.db.query<{ phone: string }>(`SELECT data->>'phone' AS phone FROM records WHERE id = $1`, [householdId])).rows[0]?.phone;
    await expect.poll(serverPhone, { timeout: 15_000 }).toBe('13911110001');
    await expect.poll(() => secretary.pending(), { timeout: 15_000 }).toBe(0);

    // Both phones hold the kept value after their next sync.
    await worker.syncNow();
    await workerPage.goto(`/households/${householdId}`);
    await workerPage.getByText('13911110001').first().waitFor({ timeout: 15_000 });
    await secretaryPage.goto(`/households/${householdId}`);
    await secretaryPage.getByText('13911110001').first().waitFor();
    expect(await secretaryPage.getByText('13922220002').count()).toBe(0);
  });
});
