/**
 * Issue 14, supervision and tasks, closed offline on both ends: secretary1 returns worker1's visit with a
 * comment while worker1 is offline; worker1 comes online, sees "Returned: 1", voids the visit, records it
 * again and sends it back for review; the secretary sees it resubmitted and accepts. A task given to
 * worker1 on a phone whose clock ran hours behind (so it arrives already past its due time) shows
 * "Overdue" on worker1's Home and is completed from the visit-saved screen with that visit linked. Every
 * record reaches the server once.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ReviewPage } from './pages/review-page';
import type { ShellPage } from './pages/shell-page';
import { localInputOf, TasksPage } from './pages/tasks-page';
import { VisitPage } from './pages/visit-page';
import { signInAndSync, waitForServiceWorker } from './support/app-session';
import { useE2eWorld } from './support/e2e-world';

const world = useE2eWorld();
const HOUR = 3_600_000;

interface Door {
  id: string;
  unit: string;
  room: string;
  building: string;
}

/** Occupied households with residents in worker1's grid, outside the sealed building, in walking order. */
async function worker1Doors(count: number): Promise<Door[]> {
  const worker1 = world.server.demo.users.find((user) => user.username === 'worker1')!;
  const { rows } = await world.server.db.query<Door>(
    `SELECT h.id, h.data->>'unit' AS unit, h.data->>'room' AS room, b.data->>'name' AS building
       FROM records h JOIN records b ON b.id = h.building_id
      WHERE h.entity = 'household' AND h.grid_id = $1 AND h.building_id <> $2 AND h.data->>'status' = 'occupied'
        AND EXISTS (SELECT 1 FROM records r WHERE r.entity = 'resident' AND r.household_id = h.id)
      ORDER BY b.data->>'name', h.data->>'unit', h.data->>'room' LIMIT $3`,
    [worker1.gridIds[0], world.server.demo.sealedBuildingId, count],
  );
  expect(rows).toHaveLength(count);
  return rows;
}

interface Phone {
  context: BrowserContext;
  page: Page;
  shell: ShellPage;
}

async function phoneOf(username: string, firstScreen: string, clockAt?: number): Promise<Phone> {
  const context = await world.newContext();
  // A phone whose clock is wrong: Date says clockAt (timers and animation frames run as usual).
  if (clockAt !== undefined) await context.clock.setFixedTime(clockAt);
  const page = await context.newPage();
  const shell = await signInAndSync(page, world.server, username, firstScreen);
  await waitForServiceWorker(page);
  return { context, page, shell };
}

async function syncUp(phone: Phone): Promise<void> {
  await phone.shell.syncNow();
  await expect.poll(() => phone.shell.pending(), { timeout: 20_000 }).toBe(0);
}

async function recordVisit(page: Page, householdId: string, temperature: string): Promise<void> {
  const visit = new VisitPage(page);
  await visit.open(householdId);
  expect(await visit.fillVisited(temperature)).toBeGreaterThan(0);
  await visit.save.click();
  await visit.nextRoom.first().waitFor();
}

type Row = { id: string; data: Record<string, unknown>; voided_at: Date | null };

async function recordsOf(entity: string, where: string, params: unknown[]): Promise<Row[]> {
  const { rows } = await world.server.db.query<Row>(`SELECT id, data, voided_at FROM records WHERE entity = '${entity}' AND ${where} ORDER BY created_at, id`, params);
  return rows;
}

describe('review and tasks', () => {
  it('return while the worker is offline → fix → Send back for review → Accept; an overdue task completed with a linked visit', async () => {
    const [returnedDoor, taskDoor] = await worker1Doors(2);
    const returnedPlace = `${returnedDoor!.building} Unit ${returnedDoor!.unit} Room ${returnedDoor!.room}`;

    // worker1 visits a household; the visit reaches the server.
    const worker = await phoneOf('worker1', 'Home');
    await recordVisit(worker.page, returnedDoor!.id, '36.5');
    await syncUp(worker);
    const [visit] = await recordsOf('visit', 'household_id = $1', [returnedDoor!.id]);
    expect(visit).toBeDefined();

    // worker1 goes offline (a stairwell); secretary1 returns the visit with a comment.
    await worker.context.setOffline(true);
    const secretary = await phoneOf('secretary1', 'Community');
    const desk = new ReviewPage(secretary.page);
    await desk.open();
    const card = desk.card(new RegExp(`^Visit · ${returnedPlace}`));
    await card.waitFor({ timeout: 20_000 });
    await desk.returnRecord(card, '体温偏低，请复测后重新提交');
    await syncUp(secretary);

    // worker1 comes online: Home shows the return; the visit's screen says what is wrong.
    await worker.context.setOffline(false);
    await worker.shell.syncNow();
    const returned = new ReviewPage(worker.page);
    await worker.page.goto('/');
    await returned.returnedLink(1).waitFor({ timeout: 20_000 });

    // worker1 corrects it the normal way: void, record again.
    await worker.page.goto(`/visits/${visit!.id}`);
    await worker.page.getByText('体温偏低，请复测后重新提交').first().waitFor();
    await worker.page.getByRole('button', { name: 'Void' }).click();
    await worker.page.getByRole('textbox', { name: 'Reason' }).fill('体温记错，已复测');
    await worker.page.getByRole('button', { name: 'Confirm void' }).click();
    await worker.page.getByRole('link', { name: 'Record again' }).click();
    const again = new VisitPage(worker.page);
    await again.waitForForm();
    await again.fillVisited('36.7');
    await again.save.click();
    await again.nextRoom.first().waitFor();

    // … and sends it back for review from Home's "Returned: 1".
    await worker.page.goto('/');
    await returned.openReturned(1);
    await returned.openReturnedRecord(new RegExp(returnedPlace));
    await returned.sendBackForReview();
    await syncUp(worker);

    // The secretary sees it resubmitted, first, with the comment, and accepts it.
    await secretary.shell.syncNow();
    await desk.open();
    const resubmitted = desk.card(new RegExp(`^Visit · ${returnedPlace}`)).filter({ hasText: 'What is wrong: 体温偏低，请复测后重新提交' });
    await resubmitted.waitFor({ timeout: 20_000 });
    expect(await desk.queue.getByRole('article').first().getAttribute('aria-label')).toBe(await resubmitted.getAttribute('aria-label'));
    await desk.accept(resubmitted);
    await syncUp(secretary);

    const visits = await recordsOf('visit', 'household_id = $1', [returnedDoor!.id]);
    expect(visits).toHaveLength(2);
    expect(visits[0]!.voided_at).not.toBeNull();
    const reviews = await recordsOf('review', `data->>'recordId' = $1`, [visit!.id]);
    expect(reviews.map((review) => review.data.decision)).toEqual(['return', 'resubmit', 'accept']);
    expect(reviews[1]!.data.correctionId).toBe(visits[1]!.id);
    expect(reviews[1]!.data.previousId).toBe(reviews[0]!.id);
    expect(reviews[2]!.data.previousId).toBe(reviews[1]!.id);

    // A task given on a phone whose clock ran three hours behind: due an hour before the real now.
    const office = await phoneOf('secretary1', 'Community', Date.now() - 3 * HOUR);
    const dispatch = new TasksPage(office.page);
    await dispatch.createTask({
      kind: 'Visit again',
      target: { type: 'Household', building: taskDoor!.building, household: `${taskDoor!.unit}-${taskDoor!.room}` },
      due: localInputOf(new Date(Date.now() - HOUR)),
      note: '复测体温',
    });
    await syncUp(office);
    const [task] = await recordsOf('task', `data->>'targetId' = $1`, [taskDoor!.id]);
    expect(task?.data.assigneeId).toBe(world.server.demo.users.find((user) => user.username === 'worker1')!.id);

    // worker1's Home shows it Overdue; recording the household's visit completes it with the visit linked.
    await worker.shell.syncNow();
    const tasks = new TasksPage(worker.page);
    await worker.page.goto('/');
    await tasks.homeTaskOverdue(/^Visit again/).waitFor({ timeout: 20_000 });
    await recordVisit(worker.page, taskDoor!.id, '36.6');
    await tasks.completeFromVisitSaved();
    await syncUp(worker);

    const taskVisits = await recordsOf('visit', 'household_id = $1', [taskDoor!.id]);
    expect(taskVisits).toHaveLength(1);
    const tasksNow = await recordsOf('task', `data->>'targetId' = $1`, [taskDoor!.id]);
    expect(tasksNow).toHaveLength(1);
    expect(tasksNow[0]!.data).toMatchObject({ state: 'done', doneVisitId: taskVisits[0]!.id });

    // Every record once: no duplicate of anything the phones pushed.
    const { rows } = await world.server.db.query<{ entity: string; n: string }>(
      `SELECT entity, count(*) AS n FROM records WHERE entity IN ('visit', 'review', 'task') GROUP BY entity ORDER BY entity`,
    );
    expect(rows.map((row) => [row.entity, Number(row.n)])).toEqual([
      ['review', 3],
      ['task', 1],
      ['visit', 3],
    ]);
  });
});
