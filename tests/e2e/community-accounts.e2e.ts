/**
 * Issue 13 point 7: secretary1 adds a volunteer for 2栋 with an end date and hands over the one-time
 * code; on a fresh browser the code opens the Join screen, the password is set and the new volunteer
 * sees 2栋's open requests; after the secretary ends the account, its next sync is refused and the
 * phone says so.
 */
import { describe, expect, it } from 'vitest';
import { addDays, localDateOf } from '../../src/shared/local-date';
import { apiClient, createOf } from '../fixtures/server-client';
import { LockPage } from './pages/lock-page';
import { JoinPage, PeoplePage } from './pages/people-page';
import { ShellPage } from './pages/shell-page';
import { VolunteerPage } from './pages/volunteer-page';
import { signInAndSync } from './support/app-session';
import { useE2eWorld } from './support/e2e-world';

const world = useE2eWorld();

/** worker2 (2栋 is in their grid) takes an open request for a household of 2栋, through the API. */
async function openRequestIn2(): Promise<{ unit: string; room: string }> {
  const { server } = world;
  const building = server.demo.buildings.find((b) => b.name === '2栋')!;
  const { rows } = await server.db.query<{ id: string; unit: string; room: string }>(
    `SELECT id, data->>'unit' AS unit, data->>'room' AS room FROM records
      WHERE entity = 'household' AND building_id = $1 ORDER BY data->>'unit', data->>'room' LIMIT 1`,
    [building.id],
  );
  const household = rows[0]!;
  const login = await fetch(`${server.url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'worker2', password: server.password, deviceId: 'worker2-phone' }),
  });
  const { accessToken } = (await login.json()) as { accessToken: string };
  const pushed = await apiClient(server.url, accessToken, 'worker2-phone').push([
    createOf('help_request', {
      buildingId: building.id,
      householdId: household.id,
      unit: household.unit,
      room: household.room,
      kind: 'groceries',
      needs: '大米一袋',
      urgent: false,
      contactName: '李四',
      contactPhone: '13700001111',
      askedBy: 'grid_worker',
      state: 'open',
    }),
  ]);
  expect(pushed.body.results.map((r) => r.status)).toEqual(['applied']);
  return household;
}

describe('accounts the community adds', () => {
  it('a volunteer added for 2栋 joins with the code, sees 2栋’s requests, and is wiped once the account is ended', async () => {
    const { server } = world;
    const household = await openRequestIn2();
    const name = '下沉干部 王五';

    const secretaryContext = await world.newContext();
    const secretary = await secretaryContext.newPage();
    await signInAndSync(secretary, server, 'secretary1', 'Community');
    const people = new PeoplePage(secretary);
    await people.open();
    const code = await people.addVolunteer({ name, phone: '13812345678', buildings: ['2栋'], endsOn: addDays(localDateOf(new Date()), 14) });
    expect(code).toMatch(/^\d{12}$/);

    const phoneContext = await world.newContext();
    const phone = await phoneContext.newPage();
    await new JoinPage(phone).join(code, 'new-volunteer-pw', name);
    // Signed in with the new password: the phone's PIN comes next (issue 18).
    await new LockPage(phone).setPin();
    const shell = new ShellPage(phone);
    await shell.waitForScreen('Requests');
    await shell.syncStatus.filter({ hasText: 'Last sync:' }).filter({ hasText: 'Pending: 0' }).waitFor({ timeout: 20_000 });
    await new VolunteerPage(phone).card(`2栋, unit ${household.unit}, room ${household.room}`).waitFor();

    await people.endAccount(name);

    await shell.syncNow();
    // Issue 18: the phone wipes what it holds at once and says why.
    await phone.getByRole('heading', { name: 'Wiped' }).waitFor({ timeout: 20_000 });
    await phone.getByText('Your account has ended or was disabled.', { exact: false }).waitFor();
  });
});
