/**
 * Issue 16, home monitoring, with the phones' clocks moved (Asia/Shanghai): worker1, offline, reports a
 * fever with "Home isolation" and starts home monitoring from it in the afternoon, records the afternoon
 * check; the next morning the person is due again; past noon without a check they are "Overdue" (and the
 * secretary's list says so); on day 14, checked, "Release" ends it and the secretary's list no longer has
 * them. Every record reaches the server once.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { todayIn, addDays } from '../../src/shared/local-date';
import { FeverReportPage } from './pages/fever-report-page';
import { MonitoringPage } from './pages/monitoring-page';
import type { ShellPage } from './pages/shell-page';
import { signInAndSync, waitForServiceWorker } from './support/app-session';
import { useE2eWorld } from './support/e2e-world';

const world = useE2eWorld();
const ZONE = 'Asia/Shanghai';
/** A wall-clock time in Shanghai (UTC+8, no daylight time). */
const at = (date: string, time: string) => new Date(`${date}T${time}:00+08:00`);

async function phone(username: string, firstScreen: string, time: Date): Promise<{ context: BrowserContext; page: Page; shell: ShellPage }> {
  const context = await world.newContext({ timezoneId: ZONE });
  await context.clock.setFixedTime(time);
  const page = await context.newPage();
  const shell = await signInAndSync(page, world.server, username, firstScreen);
  await waitForServiceWorker(page);
  return { context, page, shell };
}

async function recordsOf(entity: string, residentId: string): Promise<{ id: string; data: Record<string, unknown> }[]> {
  const { rows } = await world.server.db.query<{ id: string; data: Record<string, unknown> }>(
    `SELECT id, data FROM records WHERE entity = $1 AND data->>'residentId' = $2 ORDER BY created_at`,
    [entity, residentId],
  );
  return rows;
}

describe('home monitoring', () => {
  it('starts from a fever report offline, is due, overdue, checked on day 14 and released; the secretary sees each state', async () => {
    const today = todayIn(ZONE);
    const start = addDays(today, -13);
    const worker1 = world.server.demo.users.find((user) => user.username === 'worker1')!;
    const { rows } = await world.server.db.query<{ id: string; household_id: string; name: string }>(
      `SELECT r.id, r.household_id, r.data->>'name' AS name FROM records r
        WHERE r.entity = 'resident' AND r.grid_id = $1 AND r.building_id <> $2 AND NOT (r.data ? 'movedOutOn') ORDER BY r.id LIMIT 1`,
      [worker1.gridIds[0], world.server.demo.sealedBuildingId],
    );
    const resident = rows[0]!;

    // Day 1, 15:00: a fever report sent home, offline, and home monitoring started from it.
    const worker = await phone('worker1', 'Home', at(start, '15:00'));
    await worker.context.setOffline(true);
    await worker.page.goto(`/fever-reports/new?household=${resident.household_id}&resident=${resident.id}&temperature=37.8`);
    const report = new FeverReportPage(worker.page);
    await report.heading.waitFor();
    await report.submitWith('Home isolation');
    await worker.page.getByRole('link', { name: 'Start home monitoring' }).click();
    const monitoring = new MonitoringPage(worker.page);
    await monitoring.startHeading.waitFor();
    await monitoring.startSubmit.click();
    await monitoring.heading.waitFor();
    await worker.page.getByText('Day 1 of 14').waitFor();
    await worker.page.getByText('Due', { exact: true }).waitFor();
    await monitoring.checkWith('36.5');
    await worker.page.getByText('Checked', { exact: true }).waitFor();

    // Day 2, 08:00: due again on Home.
    await worker.context.clock.setFixedTime(at(addDays(start, 1), '08:00'));
    await worker.shell.go('Search');
    await worker.shell.go('Home');
    const due = monitoring.followUp(resident.name);
    await due.waitFor();
    expect(await due.textContent()).toMatch(/Due Morning · Day 2 of 14/);

    // 12:30 without the morning check: Overdue.
    await worker.context.clock.setFixedTime(at(addDays(start, 1), '12:30'));
    await worker.shell.go('Search');
    await worker.shell.go('Home');
    await expect.poll(async () => monitoring.followUp(resident.name).textContent()).toMatch(/Overdue Morning · Day 2 of 14/);

    await worker.context.setOffline(false);
    await worker.shell.syncNow();
    await expect.poll(() => worker.shell.pending(), { timeout: 20_000 }).toBe(0);

    // The secretary's list at the same moment: overdue, one check missed.
    const secretary = await phone('secretary1', 'Community', at(addDays(start, 1), '12:30'));
    await secretary.page.getByRole('navigation', { name: 'Desk' }).getByRole('link', { name: 'Home monitoring' }).click();
    const entry = secretary.page.getByRole('list', { name: /under home monitoring/ }).getByRole('link').filter({ hasText: resident.name });
    await entry.waitFor();
    const listed = await entry.textContent();
    expect(listed).toContain('Day 2 of 14');
    expect(listed).toContain('Overdue');
    expect(listed).toContain('Missed in the last 24 h: 1');
    expect(listed).toContain('Last: 36.5 °C');

    // Day 14, 08:30: checked, then released.
    await worker.context.clock.setFixedTime(at(today, '08:30'));
    await worker.shell.go('Search');
    await worker.shell.go('Home');
    await monitoring.followUp(resident.name).click();
    await worker.page.getByText('Day 14 of 14').waitFor();
    expect(await monitoring.release.count()).toBe(0);
    await monitoring.checkWith('36.8');
    await monitoring.release.click();
    await worker.page.getByText(`Released on ${today}.`).waitFor();
    await worker.shell.syncNow();
    await expect.poll(() => worker.shell.pending(), { timeout: 20_000 }).toBe(0);

    // On the server once each: the report, the monitoring (released) and its two checks.
    expect(await recordsOf('fever_report', resident.id)).toHaveLength(1);
    const monitorings = await recordsOf('home_monitoring', resident.id);
    expect(monitorings).toHaveLength(1);
    expect(monitorings[0]!.data).toMatchObject({ reason: 'fever_report', startDate: start, days: 14, checksPerDay: 2, endKind: 'released', endedOn: today });
    expect(monitorings[0]!.data.feverReportId).toBe((await recordsOf('fever_report', resident.id))[0]!.id);
    const checks = await recordsOf('monitoring_check', resident.id);
    expect(checks.map((check) => check.data.temperature)).toEqual([36.5, 36.8]);

    // The secretary, on day 14 after the sync: released, no longer under monitoring.
    await secretary.context.clock.setFixedTime(at(today, '09:00'));
    await secretary.shell.syncNow();
    await expect.poll(async () => secretary.page.getByText('No home monitoring matches.').count(), { timeout: 20_000 }).toBe(1);
  });
});
