/**
 * Tasks on the server (issue 14), one rule a test, through the real push and pull (PGlite, or
 * PostgreSQL with DATABASE_URL): only the secretary creates, reassigns and cancels a task; its target is
 * a grid, building, household or resident of the community; its assignee an active grid worker of it;
 * its due time later than it was given; the assignee alone marks it done, with a note or a visit; a grid
 * worker pulls the tasks of their grid and those given to them, a volunteer none.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MutationResult } from '../../src/domain/sync-protocol';
import { startTestServer, type TestServer } from '../fixtures/server-harness';
import { createOf, findRecord, findRecords, patchOf, type ApiClient } from '../fixtures/server-client';
import { answers, APPLIED, idsOf } from '../fixtures/help-request-server';
import { addAccount, anotherCommunity, demoAccount, householdOf, taskFor, visitBy, type Account } from '../fixtures/review-task-server';

let server: TestServer;
let worker1: Account;
let worker2: Account;
let secretary1: Account;
let volunteer1: Account;
/** A grid worker of another community. */
let worker9: Account;
let elsewhere: Awaited<ReturnType<typeof anotherCommunity>>;
/** Targets in worker1's grid (the sealed building, volunteer1's, is worker1's) and worker2's. */
const grid1 = { grid: '', building: '', household: '', resident: '' };
const grid2 = { grid: '', building: '', household: '' };
const UNKNOWN_ID = '0190a000-0000-7000-8000-00000000cafe';

beforeAll(async () => {
  server = await startTestServer();
  worker1 = await demoAccount(server, 'worker1');
  worker2 = await demoAccount(server, 'worker2');
  secretary1 = await demoAccount(server, 'secretary1');
  volunteer1 = await demoAccount(server, 'volunteer1');
  elsewhere = await anotherCommunity(server);
  worker9 = await addAccount(server, 'worker9', 'grid_worker', { communityId: elsewhere.community, gridIds: [elsewhere.grid] });
  grid1.grid = server.demo.gridIds[0]!;
  grid1.building = server.demo.sealedBuildingId;
  grid1.household = (await findRecords(server.db, 'household', { buildingId: grid1.building }))[0]!.id;
  grid1.resident = (await findRecords(server.db, 'resident', { gridId: grid1.grid }))[0]!.id;
  grid2.grid = server.demo.gridIds[1]!;
  grid2.household = await householdOf(server, grid2.grid);
  grid2.building = String((await findRecord(server.db, grid2.household))!.data.buildingId);
});
afterAll(async () => {
  await server?.close();
});

const FORBIDDEN = { status: 'rejected', code: 'FORBIDDEN' };
const invalid = (field: string, key: string) => ({ status: 'rejected', code: 'VALIDATION', fields: { [field]: key } });
type Target = Parameters<typeof taskFor>[1];
const atHousehold = (id = grid1.household): Target => ({ type: 'household', id });

/** Pushes task creates as one writer; their answers and ids (a refused one is not stored). */
async function give(writer: ApiClient, ...tasks: Record<string, unknown>[]) {
  const creates = tasks.map((task) => createOf('task', task));
  const res = await writer.push(creates);
  for (const [n, create] of creates.entries()) {
    if (res.body.results[n]!.status !== 'applied') expect(await findRecord(server.db, create.id)).toBeNull();
  }
  return { results: answers(res.body.results), raw: res.body.results, ids: creates.map((c) => c.id) };
}

/** A new open task given by secretary1 (to worker1 at worker1's household unless told); its id. */
async function openTask(assignee: Account = worker1, target: Target = atHousehold()): Promise<string> {
  const { results, ids } = await give(secretary1.api, taskFor(assignee, target));
  expect(results).toEqual([APPLIED]);
  return ids[0]!;
}

/** Patches a task at its stored version; the answer. */
async function change(writer: Account, id: string, data: Record<string, unknown>) {
  const version = (await findRecord(server.db, id))!.version;
  return answers((await writer.api.push([patchOf('task', id, version, data)])).body.results)[0];
}

const doneNow = (extra: Record<string, unknown> = { doneNote: '已复测体温，正常' }) => ({ state: 'done', doneAt: new Date().toISOString(), ...extra });

describe('creating a task', () => {
  it('the secretary gives one for a grid, a building, a household or a resident; it is placed under its target', async () => {
    const { results, ids } = await give(
      secretary1.api,
      taskFor(worker1, { type: 'grid', id: grid1.grid }, { kind: 'other' }),
      taskFor(worker1, { type: 'building', id: grid1.building }, { kind: 'disinfection' }),
      taskFor(worker1, atHousehold()),
      taskFor(worker1, { type: 'resident', id: grid1.resident }, { kind: 'follow_up_resident' }),
    );
    expect(results).toEqual([APPLIED, APPLIED, APPLIED, APPLIED]);
    const stored = await Promise.all(ids.map((id) => findRecord(server.db, id)));
    expect(stored.map((row) => row?.grid_id)).toEqual([grid1.grid, grid1.grid, grid1.grid, grid1.grid]);
    expect(stored.map((row) => row?.building_id)).toEqual([null, grid1.building, grid1.building, expect.any(String)]);
    expect(stored[2]!.data).toMatchObject({ state: 'open', assigneeId: worker1.id, targetId: grid1.household });
  });

  it('a grid worker may not create one (not even for themselves), nor a volunteer: FORBIDDEN', async () => {
    expect((await give(worker1.api, taskFor(worker1, atHousehold()))).results).toEqual([FORBIDDEN]);
    expect((await give(volunteer1.api, taskFor(worker1, { type: 'building', id: grid1.building }))).results).toEqual([FORBIDDEN]);
  });

  it('due at or before the time it was given: VALIDATION dueAt due_in_past', async () => {
    const given = new Date().toISOString();
    const { results } = await give(
      secretary1.api,
      taskFor(worker1, atHousehold(), { assignedAt: given, dueAt: given }),
      taskFor(worker1, atHousehold(), { assignedAt: given, dueAt: new Date(Date.now() - 3_600_000).toISOString() }),
    );
    expect(results).toEqual([invalid('dueAt', 'due_in_past'), invalid('dueAt', 'due_in_past')]);
  });

  it('a target outside the community (another community’s building, an unknown id, a record of another type): VALIDATION targetId target_outside_community, told alike', async () => {
    const { results, raw } = await give(
      secretary1.api,
      taskFor(worker1, { type: 'building', id: elsewhere.building }),
      taskFor(worker1, { type: 'building', id: UNKNOWN_ID }),
      taskFor(worker1, { type: 'household', id: elsewhere.household }),
      taskFor(worker1, { type: 'household', id: grid1.building }),
      taskFor(worker1, { type: 'grid', id: elsewhere.grid }),
    );
    expect(results).toEqual(Array(5).fill(invalid('targetId', 'target_outside_community')));
    const message = (r: MutationResult | undefined) => r?.error?.message;
    expect(new Set(raw.map(message)).size).toBe(1);
  });

  it('an assignee who is not an active grid worker of the community: VALIDATION assigneeId assignee_invalid', async () => {
    const left = await addAccount(server, 'worker-left', 'grid_worker', { gridIds: [grid1.grid] });
    await server.db.query('UPDATE users SET disabled = true WHERE id = $1', [left.id]);
    const { results } = await give(
      secretary1.api,
      taskFor(volunteer1, atHousehold()),
      taskFor(secretary1, atHousehold()),
      taskFor(worker9, atHousehold()),
      taskFor({ id: UNKNOWN_ID, name: '无此人' }, atHousehold()),
      taskFor(left, atHousehold()),
    );
    expect(results).toEqual(Array(5).fill(invalid('assigneeId', 'assignee_invalid')));
    // Any grid worker of the community may be given a task, also outside their grid.
    expect((await give(secretary1.api, taskFor(worker2, atHousehold()))).results).toEqual([APPLIED]);
  });

  it('must be created open, without an outcome', async () => {
    const { results } = await give(
      secretary1.api,
      taskFor(worker1, atHousehold(), doneNow()),
      taskFor(worker1, atHousehold(), { doneNote: '已做' }),
    );
    expect(results).toEqual([invalid('state', 'state_transition_invalid'), invalid('doneNote', 'task_not_closed')]);
  });
});

describe('marking a task done', () => {
  it('the assignee marks their own open task done with a note, or with the visit that did it', async () => {
    const [byNote, byVisit] = [await openTask(), await openTask()];
    expect(await change(worker1, byNote, doneNow())).toEqual(APPLIED);
    const visit = await visitBy(worker1, grid1.household);
    expect(await change(worker1, byVisit, doneNow({ doneVisitId: visit }))).toEqual(APPLIED);
    expect((await findRecord(server.db, byVisit))!.data).toMatchObject({ state: 'done', doneVisitId: visit });
  });

  it('needs a note or a visit; the visit must be a visit of the community: doneVisitId not_found', async () => {
    const id = await openTask();
    const theirVisit = await visitBy(worker9, elsewhere.household);
    expect(await change(worker1, id, doneNow({}))).toEqual(invalid('doneNote', 'done_note_required'));
    expect(await change(worker1, id, doneNow({ doneVisitId: theirVisit }))).toEqual(invalid('doneVisitId', 'not_found'));
    expect(await change(worker1, id, doneNow({ doneVisitId: UNKNOWN_ID }))).toEqual(invalid('doneVisitId', 'not_found'));
    expect(await change(worker1, id, doneNow({ doneVisitId: grid1.household }))).toEqual(invalid('doneVisitId', 'not_found'));
    expect((await findRecord(server.db, id))!.data.state).toBe('open');
  });

  it('a grid worker may not mark another’s task done, even in their own grid: FORBIDDEN (one they cannot read: NOT_FOUND)', async () => {
    const worker2sInGrid1 = await openTask(worker2, atHousehold());
    expect(await change(worker1, worker2sInGrid1, doneNow())).toEqual(FORBIDDEN);
    const worker2sInGrid2 = await openTask(worker2, atHousehold(grid2.household));
    expect(await change(worker1, worker2sInGrid2, doneNow())).toEqual({ status: 'rejected', code: 'NOT_FOUND' });
    expect((await findRecord(server.db, worker2sInGrid1))!.data.state).toBe('open');
  });

  it('the assignee may not reassign, reschedule or cancel their task: FORBIDDEN; nor change a done one: task_closed', async () => {
    const id = await openTask();
    expect(await change(worker1, id, { assigneeId: worker2.id, assigneeName: worker2.name })).toEqual(FORBIDDEN);
    expect(await change(worker1, id, { dueAt: new Date(Date.now() + 9 * 86_400_000).toISOString() })).toEqual(FORBIDDEN);
    expect(await change(worker1, id, { state: 'cancelled', cancelReason: '不想做' })).toEqual(FORBIDDEN);
    expect(await change(worker1, id, doneNow())).toEqual(APPLIED);
    expect(await change(worker1, id, { doneNote: '改一下' })).toEqual(invalid('state', 'task_closed'));
    expect(await change(worker1, id, { state: 'open' })).toEqual(invalid('state', 'task_closed'));
  });

  it('a volunteer may not touch a task: FORBIDDEN', async () => {
    const id = await openTask(worker1, { type: 'building', id: grid1.building });
    expect(await change(volunteer1, id, doneNow())).toEqual(FORBIDDEN);
  });
});

describe('the secretary changes a task', () => {
  it('reassigns it to another grid worker of the community (the new assignee pulls it), not to anyone else', async () => {
    const id = await openTask(worker1, atHousehold(grid2.household));
    expect(await change(secretary1, id, { assigneeId: volunteer1.id, assigneeName: volunteer1.name })).toEqual(invalid('assigneeId', 'assignee_invalid'));
    expect(await change(secretary1, id, { assigneeId: worker9.id, assigneeName: worker9.name })).toEqual(invalid('assigneeId', 'assignee_invalid'));
    expect(await change(secretary1, id, { assigneeId: worker2.id, assigneeName: worker2.name })).toEqual(APPLIED);
    expect(idsOf((await worker2.api.pullAll()).changes, 'task')).toContain(id);
    // Now worker2's: worker2 marks it done, worker1 may not.
    expect(await change(worker1, id, doneNow())).toEqual(FORBIDDEN);
    expect(await change(worker2, id, doneNow())).toEqual(APPLIED);
  });

  it('a reassigned task reaches its former assignee’s phone as another’s (outside their grid too), never as theirs', async () => {
    const id = await openTask(worker1, atHousehold(grid2.household));
    const before = await worker1.api.pullAll();
    expect(idsOf(before.changes, 'task')).toContain(id);
    expect(await change(secretary1, id, { assigneeId: worker2.id, assigneeName: worker2.name })).toEqual(APPLIED);
    // worker1's next pull from where it was: the task, now worker2's, with worker1 among its former assignees.
    const after = await worker1.api.pullAll(before.cursor);
    const update = after.changes.find((c) => c.entity === 'task' && c.id === id);
    expect(update?.data).toMatchObject({ assigneeId: worker2.id, formerAssigneeIds: [worker1.id] });
    // Back to worker1: they are its assignee again, and no longer a former one.
    expect(await change(secretary1, id, { assigneeId: worker1.id, assigneeName: worker1.name })).toEqual(APPLIED);
    expect((await findRecord(server.db, id))!.data).toMatchObject({ assigneeId: worker1.id, formerAssigneeIds: [worker2.id] });
    // No phone writes the former assignees.
    expect(await change(secretary1, id, { formerAssigneeIds: [] })).toEqual(invalid('formerAssigneeIds', 'immutable_field'));
  });

  it('cancels it with a reason only; a cancelled task stays cancelled', async () => {
    const id = await openTask();
    expect(await change(secretary1, id, { state: 'cancelled' })).toEqual(invalid('cancelReason', 'reason_required'));
    expect(await change(secretary1, id, { state: 'cancelled', cancelReason: '已由他人完成' })).toEqual(APPLIED);
    expect(await change(secretary1, id, { state: 'open' })).toEqual(invalid('state', 'task_closed'));
    expect(await change(worker1, id, doneNow())).toEqual(invalid('state', 'task_closed'));
  });

  it('may not move it to another target: targetId immutable_field', async () => {
    const id = await openTask();
    expect(await change(secretary1, id, { targetId: grid2.household })).toEqual(invalid('targetId', 'immutable_field'));
  });
});

describe('who reads tasks', () => {
  it('worker1 pulls the tasks of their grid and those given to them elsewhere; worker2 does not see worker1’s; a volunteer none', async () => {
    const inGrid1 = await openTask(worker1, { type: 'building', id: grid1.building });
    const worker1sInGrid2 = await openTask(worker1, atHousehold(grid2.household));
    const worker2s = await openTask(worker2, atHousehold(grid2.household));

    const pulled = async (account: Account) => idsOf((await account.api.pullAll()).changes, 'task');
    expect(await pulled(worker1)).toEqual(expect.arrayContaining([inGrid1, worker1sInGrid2]));
    expect(await pulled(worker1)).not.toContain(worker2s);
    const ofWorker2 = await pulled(worker2);
    expect(ofWorker2).toContain(worker2s);
    expect(ofWorker2).not.toContain(inGrid1);
    // The sealed building is volunteer1's: its tasks are still not theirs to see.
    expect(await pulled(volunteer1)).toEqual([]);
    expect(await pulled(worker9)).toEqual([]);
  });
});

describe('ids in capitals', () => {
  it('a task naming its assignee and target in capitals is stored with their ids: the assignee pulls it and marks it done', async () => {
    const { results, ids: [id] } = await give(secretary1.api, taskFor({ id: worker1.id.toUpperCase(), name: worker1.name }, atHousehold(grid2.household.toUpperCase())));
    expect(results).toEqual([APPLIED]);
    expect((await findRecord(server.db, id!))!.data).toMatchObject({ assigneeId: worker1.id, targetId: grid2.household });
    expect(idsOf((await worker1.api.pullAll()).changes, 'task')).toContain(id);
    expect(await change(worker1, id!, doneNow())).toEqual(APPLIED);
  });

  it('a reassignment naming the new assignee in capitals is stored with their id: they mark it done', async () => {
    const id = await openTask(worker1, atHousehold(grid2.household));
    expect(await change(secretary1, id, { assigneeId: worker2.id.toUpperCase(), assigneeName: worker2.name })).toEqual(APPLIED);
    expect((await findRecord(server.db, id))!.data.assigneeId).toBe(worker2.id);
    expect(await change(worker2, id, doneNow())).toEqual(APPLIED);
  });
});
