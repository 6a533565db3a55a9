/**
 * Issue 19, the street above the communities: of 东湖街道's three communities, 幸福里社区 reports yesterday
 * on time, 东湖社区 late (this morning) and 水果湖社区 not at all. street1 sees Reported, Late and Missing
 * on Street, and the same offline after a reload; the street officer's app has no register screens.
 */
import { describe, expect, it } from 'vitest';
import type { DailyReportCounts } from '../../src/domain/entities/daily-report';
import { addDays, localDateOf, parseIsoDate } from '../../src/shared/local-date';
import { apiClient, createOf } from '../fixtures/server-client';
import { StreetPage } from './pages/street-page';
import { isControlled, signInAndSync, waitForServiceWorker } from './support/app-session';
import { useE2eWorld } from './support/e2e-world';

const world = useE2eWorld();

const COUNTS: DailyReportCounts = { doorsKnocked: 12, visited: 10, notHome: 2, refused: 0, residentsChecked: 25, feversFound: 0, feversReported: 0 };

/** A local time on a date (the browser and the server share this machine's time zone). */
function at(date: string, hour: number, minute: number): string {
  const d = parseIsoDate(date)!;
  return new Date(d.year, d.month - 1, d.day, hour, minute).toISOString();
}

/** The community's secretary confirms its report for `date` at `confirmedAt`, through the API. */
async function confirmCommunityReport(username: string, communityId: string, date: string, confirmedAt: string): Promise<void> {
  const { server } = world;
  const login = await fetch(`${server.url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: server.password, deviceId: `${username}-phone` }),
  });
  const { accessToken } = (await login.json()) as { accessToken: string };
  const { rows } = await server.db.query<{ id: string }>(`SELECT id FROM records WHERE entity = 'grid' AND community_id = $1`, [communityId]);
  const pushed = await apiClient(server.url, accessToken, `${username}-phone`).push([
    createOf('community_report', { communityId, date, counts: COUNTS, gridsReported: rows.map((r) => r.id), gridsMissing: [], confirmedAt }),
  ]);
  expect(pushed.body.results.map((r) => r.status)).toEqual(['applied']);
}

describe('street officer', () => {
  it('sees one community late and one missing, also offline after a sync', async () => {
    const { server } = world;
    const yesterday = addDays(localDateOf(), -1);
    await confirmCommunityReport('secretary1', server.demo.communityId, yesterday, at(yesterday, 18, 40));
    await confirmCommunityReport('secretary2', server.demo.street.neighbourIds[0], yesterday, at(localDateOf(), 9, 15));

    const context = await world.newContext();
    const page = await context.newPage();
    const shell = await signInAndSync(page, server, 'street1', 'Street');
    await waitForServiceWorker(page);
    // The street officer's app: Street and Settings, none of the register's screens.
    expect(await shell.nav.getByRole('link').allTextContents()).toEqual(['Street', 'Settings']);

    const street = new StreetPage(page);
    await street.showDate(yesterday);
    await expect.poll(() => street.statusOf('幸福里社区')).toBe('Reported');
    expect(await street.statusOf('东湖社区')).toBe('Late');
    expect(await street.statusOf('水果湖社区')).toBe('Missing');
    expect(await street.statuses()).toBe('Reported 1, Late 1, Missing 1, Zero report 0 (of 3 communities)');

    await context.setOffline(true);
    await page.reload();
    await shell.waitForScreen('Street');
    expect(await isControlled(page)).toBe(true);
    await expect.poll(() => shell.statusText()).toContain('Offline');
    await street.showDate(yesterday);
    await expect.poll(() => street.statusOf('东湖社区')).toBe('Late');
    expect(await street.statusOf('水果湖社区')).toBe('Missing');
    expect(await street.statusOf('幸福里社区')).toBe('Reported');
    await context.close();
  });
});
