/**
 * Issue 4's round, end to end: a grid worker signs in, goes offline, walks a building room by room
 * (5 visits: one with a fever and its report, one nobody home, one refused), adds a resident with a
 * valid ID number and closes the day. Back online, everything reaches the server exactly once and
 * the community secretary's pull sees it.
 */
import { describe, expect, it } from 'vitest';
import { compareRoomPlaces } from '../../src/domain/round/room-order';
import { localDateOf } from '../../src/shared/local-date';
import { makeIdNumber } from '../fixtures/id-number-factory';
import { apiClient } from '../fixtures/server-client';
import { DailyReportPage } from './pages/daily-report-page';
import { FeverReportPage } from './pages/fever-report-page';
import { HouseholdPage } from './pages/household-page';
import { RoundPage } from './pages/round-page';
import { VisitPage } from './pages/visit-page';
import type { AppServer } from './support/app-server';
import { signInAndSync, waitForServiceWorker, WORKER } from './support/app-session';
import { useE2eWorld } from './support/e2e-world';

const world = useE2eWorld();

interface Door {
  id: string;
  unit: string;
  room: string;
  residents: { id: string; name: string }[];
}

/** The worker's first building (not sealed) and its doors in walking order, from the server's database. */
async function firstBuildingOf(server: AppServer) {
  const worker = server.demo.users.find((user) => user.username === WORKER)!;
  const building = server.demo.buildings.find((b) => b.gridId === worker.gridIds[0] && !b.sealed)!;
  const { rows: households } = await server.db.query<{ id: string; data: { unit: string; room: string } }>(
    `SELECT id, data FROM records WHERE entity = 'household' AND building_id = $1`,
    [building.id],
  );
  const { rows: residents } = await server.db.query<{ id: string; data: { householdId: string; name: string } }>(
    `SELECT id, data FROM records WHERE entity = 'resident' AND building_id = $1 ORDER BY seq`,
    [building.id],
  );
  const doors: Door[] = households
    .map((h) => ({ id: h.id, unit: h.data.unit, room: h.data.room }))
    .sort(compareRoomPlaces)
    .map((h) => ({ ...h, residents: residents.filter((r) => r.data.householdId === h.id).map((r) => ({ id: r.id, name: r.data.name })) }));
  return { worker, building, doors };
}

async function countWhere(server: AppServer, sql: string, params: unknown[]): Promise<number> {
  const { rows } = await server.db.query<{ n: number | string }>(`SELECT count(*) AS n FROM records WHERE ${sql}`, params);
  return Number(rows[0]?.n ?? 0);
}

describe('the door-to-door round, offline', () => {
  it('walks a building offline, reports a fever, adds a resident, closes the day; online it all arrives once', async () => {
    const { server } = world;
    const { worker, building, doors } = await firstBuildingOf(server);
    // Five doors in a row, not the last of the building (its save offers "Next room"), the second with people in it.
    const start = doors.findIndex((_, i) => i + 5 < doors.length && doors[i + 1]!.residents.length > 0);
    expect(start).toBeGreaterThanOrEqual(0);
    const walk = doors.slice(start, start + 5);
    const [first, feverish, empty, fourth, fifth] = walk as [Door, Door, Door, Door, Door];
    const patient = feverish.residents[0]!;

    const context = await world.newContext();
    const page = await context.newPage();
    const shell = await signInAndSync(page, server);
    await waitForServiceWorker(page);
    await context.setOffline(true);
    await expect.poll(() => shell.statusText()).toContain('Offline');

    const round = new RoundPage(page);
    const household = new HouseholdPage(page);
    const visit = new VisitPage(page);
    const fever = new FeverReportPage(page);
    await round.openBuilding(building.id, building.name);
    await round.room(first.unit, first.room).click();
    await household.waitFor(first.unit, first.room);
    await household.recordVisit.click();
    await visit.waitForForm();

    // 1: everyone at home, normal temperatures.
    expect(await visit.fillVisited('36.5')).toBe(first.residents.length);
    await visit.save.click();
    await visit.nextRoom.click();

    // 2: a fever at the door opens the report, prefilled; the worker picks the action.
    await page.getByText(`Unit ${feverish.unit} Room ${feverish.room}`).first().waitFor();
    await visit.fillVisited('36.6');
    await visit.temperatureFor(patient.name).fill('38.2');
    await visit.save.click();
    await fever.heading.waitFor();
    expect(await fever.temperature.inputValue()).toBe('38.2');
    await fever.submitWith('Fever clinic');
    await visit.nextRoom.click();

    // 3: nobody home; 4: visited; 5: refused.
    await page.getByText(`Unit ${empty.unit} Room ${empty.room}`).first().waitFor();
    await visit.outcome('Nobody home').check();
    await visit.save.click();
    await visit.nextRoom.click();
    await page.getByText(`Unit ${fourth.unit} Room ${fourth.room}`).first().waitFor();
    await visit.fillVisited('36.4');
    await visit.save.click();
    await visit.nextRoom.click();
    await page.getByText(`Unit ${fifth.unit} Room ${fifth.room}`).first().waitFor();
    await visit.outcome('Refused').check();
    await visit.save.click();
    await visit.nextRoom.waitFor();

    // A new resident with a valid ID number, in the last household.
    const newcomer = { name: '测试新住户', idNumber: makeIdNumber({ birthDate: '1990-04-12', sex: 'female', sequence: 57 }) };
    await round.goHome();
    await round.openBuilding(building.id, building.name);
    await round.room(fifth.unit, fifth.room).click();
    await household.waitFor(fifth.unit, fifth.room);
    await household.addNewResident(newcomer, fifth.unit, fifth.room);
    await household.resident(newcomer.name).waitFor();

    // Close the day.
    await round.goHome();
    const daily = new DailyReportPage(page);
    await daily.openFromHome();
    await daily.confirm.click();
    await daily.confirmed.waitFor();

    // 5 visits + 1 fever report + 1 resident + 1 daily report wait on the phone; the server has none.
    await expect.poll(() => shell.pending()).toBe(8);
    const mine = `created_by = $1 AND entity IN ('visit', 'fever_report', 'resident', 'daily_report')`;
    expect(await countWhere(server, mine, [worker.id])).toBe(0);

    await context.setOffline(false);
    await expect.poll(() => shell.pending(), { timeout: 20_000 }).toBe(0);

    const ids = walk.map((door) => door.id);
    const { rows: visits } = await server.db.query<{ id: string; data: { householdId: string; outcome: string; checks: unknown[] } }>(
      `SELECT id, data FROM records WHERE entity = 'visit' AND created_by = $1`,
      [worker.id],
    );
    expect(visits).toHaveLength(5);
    const outcomeOf = (id: string) => visits.find((v) => v.data.householdId === id)?.data.outcome;
    expect(ids.map(outcomeOf)).toEqual(['visited', 'visited', 'not_home', 'visited', 'refused']);

    const { rows: reports } = await server.db.query<{ id: string; data: Record<string, unknown> }>(
      `SELECT id, data FROM records WHERE entity = 'fever_report' AND created_by = $1`,
      [worker.id],
    );
    expect(reports).toHaveLength(1);
    expect(reports[0]!.data).toMatchObject({ householdId: feverish.id, residentId: patient.id, temperature: 38.2, action: 'fever_clinic' });

    const { rows: residents } = await server.db.query<{ id: string }>(
      `SELECT id FROM records WHERE entity = 'resident' AND data->>'idNumber' = $1`,
      [newcomer.idNumber],
    );
    expect(residents).toHaveLength(1);

    const { rows: dailyReports } = await server.db.query<{ id: string; data: { date: string; counts: Record<string, number> } }>(
      `SELECT id, data FROM records WHERE entity = 'daily_report' AND created_by = $1`,
      [worker.id],
    );
    expect(dailyReports).toHaveLength(1);
    const checked = first.residents.length + feverish.residents.length + fourth.residents.length;
    expect(dailyReports[0]!.data).toMatchObject({
      date: localDateOf(),
      counts: { doorsKnocked: 5, visited: 3, notHome: 1, refused: 1, residentsChecked: checked, feversFound: 1, feversReported: 1 },
    });

    // The secretary's pull sees all of it.
    const login = await fetch(`${server.url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'secretary1', password: server.password, deviceId: 'secretary-phone' }),
    });
    const { accessToken } = (await login.json()) as { accessToken: string };
    const { changes } = await apiClient(server.url, accessToken).pullAll();
    const pulled = new Set(changes.map((change) => change.id));
    const expected = [...visits, ...reports, ...residents, ...dailyReports].map((record) => record.id);
    expect(expected.filter((id) => !pulled.has(id))).toEqual([]);
  });
});
