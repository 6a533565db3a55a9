/**
 * Issue 13, volunteers and sealed buildings: worker1 takes a help request by phone; volunteer1 (assigned
 * to the sealed building) sees it masked, claims it offline, leaves it at the door and comes online;
 * worker1's household shows it delivered. A second volunteer's offline claim of the same request ends
 * as "Claimed by another volunteer", their delivery kept on the server. A resident's request through
 * the unit poster waits until worker1 confirms it; after "Replace poster code" the old link answers a
 * clear error.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createUser } from '../../src/server/auth/users';
import { HelpRequestPage } from './pages/help-request-page';
import { HouseholdPage } from './pages/household-page';
import type { ShellPage } from './pages/shell-page';
import { VolunteerPage } from './pages/volunteer-page';
import { signInAndSync, waitForServiceWorker } from './support/app-session';
import { useE2eWorld } from './support/e2e-world';

const world = useE2eWorld();

interface Door {
  id: string;
  unit: string;
  room: string;
}

/** An occupied household of the sealed building (1栋, worker1's grid), the n-th in walking order. */
async function sealedDoor(n: number): Promise<Door> {
  const { rows } = await world.server.db.query<Door>(
    `SELECT id, data->>'unit' AS unit, data->>'room' AS room FROM records
      WHERE entity = 'household' AND building_id = $1 AND data->>'status' = 'occupied'
      ORDER BY data->>'unit', data->>'room' OFFSET $2 LIMIT 1`,
    [world.server.demo.sealedBuildingId, n],
  );
  return rows[0]!;
}

async function sealedBuildingName(): Promise<string> {
  const { rows } = await world.server.db.query<{ name: string }>(`SELECT data->>'name' AS name FROM records WHERE id = $1`, [
    world.server.demo.sealedBuildingId,
  ]);
  return rows[0]!.name;
}

interface Phone {
  context: BrowserContext;
  page: Page;
  shell: ShellPage;
}

async function phoneOf(username: string, firstScreen = 'Home'): Promise<Phone> {
  const context = await world.newContext();
  const page = await context.newPage();
  const shell = await signInAndSync(page, world.server, username, firstScreen);
  await waitForServiceWorker(page);
  return { context, page, shell };
}

/** Sync now and wait until nothing is pending (and, when given, until the status also shows this text). */
async function syncUp(phone: Phone): Promise<void> {
  await phone.shell.syncNow();
  await expect.poll(() => phone.shell.pending(), { timeout: 20_000 }).toBe(0);
}

async function deliveriesOf(requestId: string): Promise<{ created_by: string; outcome: string }[]> {
  const { rows } = await world.server.db.query<{ created_by: string; outcome: string }>(
    `SELECT created_by, data->>'outcome' AS outcome FROM records WHERE entity = 'delivery' AND data->>'helpRequestId' = $1 ORDER BY created_by`,
    [requestId],
  );
  return rows;
}

async function requestIdAt(householdId: string): Promise<string> {
  const { rows } = await world.server.db.query<{ id: string }>(`SELECT id FROM records WHERE entity = 'help_request' AND household_id = $1`, [
    householdId,
  ]);
  expect(rows).toHaveLength(1);
  return rows[0]!.id;
}

describe('volunteers and sealed buildings', () => {
  it('a request taken by phone is claimed offline, left at the door and shows delivered; a second offline claim ends as claimed by another', async () => {
    const { server } = world;
    const volunteer1 = server.demo.users.find((user) => user.username === 'volunteer1')!;
    await createUser(server.db, {
      username: 'volunteer2',
      displayName: '志愿者 周洋',
      role: 'volunteer',
      communityId: server.demo.communityId,
      buildingIds: [server.demo.sealedBuildingId],
      phone: '13900000021',
      password: server.password,
    });
    const door = await sealedDoor(0);
    const building = await sealedBuildingName();
    const place = `${building}, unit ${door.unit}, room ${door.room}`;

    // worker1 takes the call and saves the request on the household.
    const worker = await phoneOf('worker1');
    await worker.page.goto(`/households/${door.id}`);
    await new HouseholdPage(worker.page).waitFor(door.unit, door.room);
    const requests = new HelpRequestPage(worker.page);
    await requests.requestHelp({ kind: 'Medicine', needs: '降压药一盒', urgent: true, contactName: '张三丰', contactPhone: '13812341234' });
    await syncUp(worker);
    const requestId = await requestIdAt(door.id);

    // Both volunteers have it, masked.
    const first = await phoneOf('volunteer1', 'Requests');
    const second = await phoneOf('volunteer2', 'Requests');
    for (const phone of [first, second]) {
      const card = new VolunteerPage(phone.page).card(place);
      await card.waitFor();
      const text = (await card.textContent()) ?? '';
      expect(text).toContain('138****1234');
      expect(text).toContain('张**');
      expect(text).not.toContain('13812341234');
    }

    // Both claim offline and record a delivery.
    await first.context.setOffline(true);
    await second.context.setOffline(true);
    const one = new VolunteerPage(first.page);
    await one.card(place).getByRole('button', { name: 'Claim' }).click();
    await first.page.getByRole('heading', { name: place, level: 1 }).waitFor();
    await first.page.getByText('The phone number appears once your claim reaches the server').waitFor();
    await one.recordDelivery('Left at door');
    const two = new VolunteerPage(second.page);
    await two.card(place).getByRole('button', { name: 'Claim' }).click();
    await second.page.getByRole('heading', { name: place, level: 1 }).waitFor();
    await two.recordDelivery('Handed over', '交给了老人的女儿');

    // volunteer1 reaches the server first: the claim is theirs, the full phone arrives.
    await first.context.setOffline(false);
    await syncUp(first);
    await one.callLink('13812341234').waitFor({ timeout: 20_000 });

    // volunteer2 comes online: their claim is refused, their delivery kept.
    await second.context.setOffline(false);
    await second.shell.syncNow();
    await two.claimedByAnother.first().waitFor({ timeout: 20_000 });
    await expect.poll(async () => (await deliveriesOf(requestId)).map((d) => d.outcome).sort(), { timeout: 20_000 }).toEqual([
      'handed_over',
      'left_at_door',
    ]);
    expect((await deliveriesOf(requestId)).find((d) => d.outcome === 'left_at_door')!.created_by).toBe(volunteer1.id);
    await second.page.getByRole('link', { name: 'Open Needs attention' }).click();
    await second.page.getByText('Claimed by another volunteer').first().waitFor();

    // worker1's household shows it delivered, left at the door.
    await worker.shell.syncNow();
    await worker.page.goto(`/households/${door.id}`);
    const card = requests.card('Medicine');
    await expect.poll(async () => (await card.textContent()) ?? '', { timeout: 20_000 }).toContain('Delivered');
    expect(await card.textContent()).toContain('Left at door');
  });

  it('a resident’s request through the unit poster waits until worker1 confirms it; a replaced poster code answers a clear error', async () => {
    const { server } = world;
    const building = await sealedBuildingName();
    const door = await sealedDoor(1);
    const place = `${building}, unit ${door.unit}, room ${door.room}`;

    // worker1 opens the building's unit posters (the codes are made then).
    const worker = await phoneOf('worker1');
    await worker.page.goto(`/buildings/${server.demo.sealedBuildingId}`);
    await worker.page.getByRole('link', { name: 'Print unit posters' }).click();
    await worker.page.getByRole('region', { name: `${building} Unit ${door.unit}` }).waitFor();
    const token = await posterToken(door.unit);

    // A resident, in a browser that never opened the app, asks through the poster's code.
    const residentContext = await world.newContext();
    const resident = await residentContext.newPage();
    await resident.goto(`/help/${token}?lang=en`);
    await resident.getByLabel('Room').fill(door.room);
    await resident.getByRole('radio', { name: 'Groceries' }).check();
    await resident.getByLabel('What is needed').fill('婴儿奶粉一罐');
    await resident.getByLabel('Contact phone').fill('13612345678');
    await resident.getByRole('button', { name: 'Send request' }).click();
    await resident.getByRole('heading', { name: 'Sent' }).waitFor();

    // Unconfirmed: volunteer1 does not see it.
    const volunteer = await phoneOf('volunteer1', 'Requests');
    const volunteerPage = new VolunteerPage(volunteer.page);
    expect(await volunteerPage.card(place).count()).toBe(0);

    // worker1 confirms it; then volunteer1 sees it.
    await worker.shell.syncNow();
    await worker.page.goto('/');
    const requests = new HelpRequestPage(worker.page);
    await expect.poll(() => worker.page.getByRole('link', { name: /^Requests to confirm/ }).count(), { timeout: 20_000 }).toBe(1);
    await requests.openRequestsToConfirm();
    await worker.page.getByRole('button', { name: 'Confirm request' }).click();
    await syncUp(worker);
    await volunteer.shell.syncNow();
    await volunteerPage.card(place).waitFor({ timeout: 20_000 });

    // The secretary replaces the unit's poster code: the old link answers a clear error.
    const secretary = await phoneOf('secretary1', 'Community');
    await secretary.page.goto(`/buildings/${server.demo.sealedBuildingId}/posters`);
    const unit = secretary.page.getByRole('region', { name: `${building} Unit ${door.unit}` });
    await unit.getByRole('button', { name: 'Replace poster code' }).click();
    await unit.getByRole('button', { name: 'Replace code' }).click();
    await expect.poll(() => posterToken(door.unit), { timeout: 10_000 }).not.toBe(token);
    await resident.goto(`/help/${token}?lang=en`);
    await resident.getByRole('heading', { name: 'This poster is no longer valid' }).waitFor();
  });
});

/** The current code of a unit's poster of the sealed building. */
async function posterToken(unit: string): Promise<string> {
  const { rows } = await world.server.db.query<{ token: string }>(
    'SELECT token FROM unit_posters WHERE building_id = $1 AND unit = $2 AND replaced_at IS NULL',
    [world.server.demo.sealedBuildingId, unit],
  );
  return rows[0]?.token ?? '';
}
