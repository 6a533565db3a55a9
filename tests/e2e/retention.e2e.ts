/**
 * Issue 18, retention: worker1 records two visits; the server takes one and refuses the other (its
 * outcome spoiled on the way in, see support/app-server.ts). With the phone's clock 31 days later, a
 * sync purges what the server has and is past the 30-day window (the accepted visit and the demo's old
 * records), and keeps the refused visit, still listed to fix: Settings says what the phone holds.
 */
import { describe, expect, it } from 'vitest';
import { AttentionPage } from './pages/attention-page';
import { SettingsPage } from './pages/settings-page';
import { VisitPage } from './pages/visit-page';
import { signInAndSync, waitForServiceWorker } from './support/app-session';
import { useE2eWorld } from './support/e2e-world';

const world = useE2eWorld();
const DAY_MS = 24 * 60 * 60 * 1000;

describe('retention', () => {
  it('purges synced records past the window and keeps the unsent one', async () => {
    const worker1 = world.server.demo.users.find((user) => user.username === 'worker1')!;
    const { rows } = await world.server.db.query<{ id: string }>(
      `SELECT id FROM records WHERE entity = 'household' AND grid_id = $1 AND building_id <> $2 ORDER BY id LIMIT 2`,
      [worker1.gridIds[0], world.server.demo.sealedBuildingId],
    );
    const [accepted, refused] = rows.map((row) => row.id);
    if (!accepted || !refused) throw new Error('worker1 has fewer than two households');

    const now = Date.now();
    const context = await world.newContext();
    await context.clock.setFixedTime(now);
    const page = await context.newPage();
    const shell = await signInAndSync(page, world.server);
    await waitForServiceWorker(page);
    world.server.setPushFault({ kind: 'refuse', householdId: refused });

    const visit = new VisitPage(page);
    for (const householdId of [accepted, refused]) {
      await visit.open(householdId);
      await visit.fillVisited('36.5');
      await visit.save.click();
      await visit.nextRoom.first().waitFor();
    }
    // The first is on the server, the second refused and waiting on the phone to be fixed.
    const attention = new AttentionPage(page);
    await expect
      .poll(async () => {
        await shell.syncNow().catch(() => undefined);
        const { rows: onServer } = await world.server.db.query<{ household: string }>(
          `SELECT data->>'householdId' AS household FROM records WHERE entity = 'visit' AND data->>'householdId' = ANY($1::text[]) AND created_at > to_timestamp($2 / 1000.0)`,
          [[accepted, refused], now - 60_000],
        );
        return onServer.map((row) => row.household);
      }, { timeout: 20_000 })
      .toEqual([accepted]);
    await attention.open();
    await page.getByRole('listitem').filter({ hasText: 'Visit' }).first().waitFor();

    const settings = new SettingsPage(page);
    await settings.open();
    const held = (kind: string) => page.getByText(new RegExp(`^${kind}: \\d+$`));
    expect(Number((await held('Visits').textContent())?.split(': ')[1])).toBeGreaterThanOrEqual(2);

    // 31 days later: a sync, then the purge.
    await context.clock.setFixedTime(now + 31 * DAY_MS);
    await shell.syncNow();
    await page.getByText(/^Last purged .+: [1-9]\d* old records removed\.$/).waitFor({ timeout: 20_000 });
    await expect.poll(async () => held('Visits').textContent()).toBe('Visits: 1');
    await expect.poll(async () => page.getByText(/^Unsent changes: \d+$/).textContent()).toBe('Unsent changes: 1');

    // The refused visit is still there to fix.
    await attention.open();
    await page.getByRole('listitem').filter({ hasText: 'Visit' }).first().waitFor();
    expect(await attention.empty.count()).toBe(0);
    world.server.setPushFault({ kind: 'none' });
  });
});
