/**
 * Issue 17, a testing campaign end to end in real Chromium: the secretary starts one with 10-in-1
 * pooling at a checkpoint; at the site, offline, worker1 samples 12 residents of one building into two
 * tubes (the second opened by "New tube"), one found by their door's QR code (Chromium's fake camera
 * plays it), one by pinyin initials, the others by name; back online the samplings reach the server
 * once, and the building's "Not tested" holds everyone else of the building and none of the 12. The lab's
 * results file (the first tube positive) is imported by the secretary: "Positive pool" lists that tube's
 * 10 people with their households for re-test.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { loadNamePinyin } from '../../src/domain/search/name-pinyin';
import { addressOf } from '../../src/domain/testing/campaign-figures';
import { CampaignPage } from './pages/campaign-page';
import type { AppServer } from './support/app-server';
import { signInAndSync, waitForServiceWorker, WORKER } from './support/app-session';
import { launchChromium, newAppContext } from './support/browser';
import { useE2eWorld } from './support/e2e-world';
import { fakeCameraShowing, qrModulesOf } from './support/fake-camera';

const world = useE2eWorld(process.env.E2E_DIST ? path.resolve(process.env.E2E_DIST) : undefined);

interface Person {
  id: string;
  name: string;
  householdId: string;
  /** The site's label of the person: "张三, 3号楼 2-501". */
  pick: string;
}

/** The living residents of worker1's grid, with their building. */
async function gridResidents(server: AppServer, gridId: string) {
  const { rows } = await server.db.query<{ id: string; name: string; household_id: string; building_id: string; building: string; unit: string; room: string }>(
    `SELECT r.id, r.data->>'name' AS name, r.household_id, r.building_id, b.data->>'name' AS building, h.data->>'unit' AS unit, h.data->>'room' AS room
       FROM records r JOIN records h ON h.id = r.household_id JOIN records b ON b.id = r.building_id
      WHERE r.entity = 'resident' AND r.grid_id = $1 AND NOT (r.data ? 'movedOutOn') AND r.voided_at IS NULL
      ORDER BY b.data->>'name', h.data->>'unit', r.id`,
    [gridId],
  );
  return rows.map((row) => ({ ...row, pick: `${row.name}, ${addressOf({ name: row.building }, row)}` }));
}

describe('a testing campaign', () => {
  it('is started, sampled offline at the site into two tubes, leaves the rest Not tested, and a positive pool is listed', async () => {
    const { server } = world;
    const worker = server.demo.users.find((user) => user.username === WORKER)!;
    const residents = await gridResidents(server, worker.gridIds[0]!);
    // A building of worker1's grid, not sealed, with more than 12 living residents, each label unique.
    const byBuilding = new Map<string, typeof residents>();
    for (const r of residents) byBuilding.set(r.building_id, [...(byBuilding.get(r.building_id) ?? []), r]);
    const labels = new Map<string, number>();
    for (const r of residents) labels.set(r.pick, (labels.get(r.pick) ?? 0) + 1);
    const [, inBuilding] = [...byBuilding].find(([id, list]) => id !== server.demo.sealedBuildingId && list.length > 16 && list.every((r) => labels.get(r.pick) === 1))!;
    const buildingName = inBuilding[0]!.building;

    // One found by pinyin initials: the one whose initials fewest others of the grid share.
    const namePinyin = await loadNamePinyin();
    const initials = (name: string) => namePinyin(name).map((syllable) => syllable[0]).join('');
    const sharing = (r: Person) => residents.filter((other) => initials(other.name) === initials(r.name)).length;
    const toSample: Person[] = inBuilding.slice(0, 12).map((r) => ({ id: r.id, name: r.name, householdId: r.household_id, pick: r.pick }));
    const byInitials = [...toSample].sort((a, b) => sharing(a) - sharing(b))[0]!;
    expect(sharing(byInitials)).toBeLessThanOrEqual(8);
    // One found by their door's QR code: another of the 12.
    const byDoor = toSample.find((p) => p !== byInitials)!;

    // The secretary starts the campaign: 10-in-1, at the first checkpoint.
    const { rows: checkpoints } = await server.db.query<{ name: string }>(`SELECT data->>'name' AS name FROM records WHERE id = $1`, [server.demo.checkpointIds[0]]);
    const secretaryContext = await world.newContext();
    const secretaryPage = await secretaryContext.newPage();
    const secretaryShell = await signInAndSync(secretaryPage, server, 'secretary1', 'Community');
    const desk = new CampaignPage(secretaryPage);
    await desk.openCampaigns();
    await desk.start('第一轮全员核酸', checkpoints[0]!.name, '10-in-1');
    await expect.poll(() => secretaryShell.pending(), { timeout: 20_000 }).toBe(0);
    const { rows: campaigns } = await server.db.query<{ id: string; data: Record<string, unknown> }>(`SELECT id, data FROM records WHERE entity = 'testing_campaign'`);
    expect(campaigns).toHaveLength(1);
    expect(campaigns[0]!.data).toMatchObject({ name: '第一轮全员核酸', poolSize: 10, sites: [expect.objectContaining({ name: checkpoints[0]!.name })] });

    // worker1, whose camera sees byDoor's door code, goes to the site and goes offline.
    const camera = fakeCameraShowing(qrModulesOf(`${server.url}/households/${byDoor.householdId}`));
    let browser: Browser | undefined;
    try {
      browser = await launchChromium(camera.chromiumArgs);
      const context = await newAppContext(browser, server.url);
      const page = await context.newPage();
      const shell = await signInAndSync(page, server);
      await waitForServiceWorker(page);
      const site = new CampaignPage(page);
      await site.openCampaigns();
      await site.openCampaign('第一轮全员核酸');
      await site.openSite();
      await context.setOffline(true);

      await site.useTube('T-0001');
      for (const [n, person] of toSample.entries()) {
        if (n === 10) {
          await page.getByText('In this tube: 10 / 10').waitFor();
          await site.newTube.click();
          await site.useTube('T-0002');
        }
        if (person === byDoor) await site.findByDoorCode(person.pick);
        else if (person === byInitials) await site.find(initials(person.name), person.pick);
        else await site.find(person.name, person.pick);
        await site.sample(person.name);
      }
      await page.getByText('In this tube: 2 / 10').waitFor();

      // Online: every sampling reaches the server once.
      await context.setOffline(false);
      await expect.poll(() => shell.pending(), { timeout: 30_000 }).toBe(0);
      const { rows: samplings } = await server.db.query<{ resident: string; tube: string }>(
        `SELECT data->>'residentId' AS resident, data->>'tubeNumber' AS tube FROM records WHERE entity = 'sampling' ORDER BY data->>'sampledAt'`,
      );
      expect(samplings.map((s) => s.resident)).toEqual(toSample.map((p) => p.id));
      expect(samplings.map((s) => s.tube)).toEqual([...Array(10).fill('T-0001'), 'T-0002', 'T-0002']);

      // The building's "Not tested": everyone else of the building, none of the 12.
      await page.goBack();
      await page.getByRole('heading', { level: 1, name: '第一轮全员核酸' }).waitFor();
      await site.openBuilding(buildingName);
      const sampledNames = new Set(toSample.map((p) => p.id));
      const expected = inBuilding.filter((r) => !sampledNames.has(r.id)).map((r) => r.name);
      await expect.poll(() => site.notTestedNames().then((names) => names.sort())).toEqual(expected.sort());
      await context.close();
    } finally {
      await browser?.close();
      camera.remove();
    }

    // The lab's file: the first tube positive, the second negative. The secretary imports it.
    const dir = mkdtempSync(path.join(os.tmpdir(), 'gridwalk-e2e-results-'));
    try {
      const file = path.join(dir, 'lab-results.csv');
      writeFileSync(file, '\uFEFF试管编号,检测结果\r\nT-0001,阳性\r\nt-0002,阴性\r\n', 'utf8');
      await secretaryShell.syncNow();
      await desk.importResults(file);
      await desk.openPositivePool();
      const pool = desk.positiveTube('T-0001');
      await expect.poll(() => pool.getByRole('listitem').count(), { timeout: 20_000 }).toBe(10);
      const listed = await pool.getByRole('listitem').allTextContents();
      for (const person of toSample.slice(0, 10)) expect(listed.some((text) => text.includes(person.name))).toBe(true);
      await expect.poll(() => secretaryShell.pending(), { timeout: 20_000 }).toBe(0);
      const { rows: results } = await server.db.query<{ tube: string; result: string }>(`SELECT data->>'tubeNumber' AS tube, data->>'result' AS result FROM records WHERE entity = 'test_result' ORDER BY 1`);
      expect(results).toEqual([
        { tube: 'T-0001', result: 'positive' },
        { tube: 'T-0002', result: 'negative' },
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
