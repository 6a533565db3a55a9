/**
 * Who may do what with a task (issue 14), as the phone and the server judge it: the desk creates it open
 * and due later, reassigns or cancels it (with a reason) while open; its assignee marks it done with a
 * note or a visit, nothing else; a closed task stays closed. isOverdue: open and past due.
 */
import { describe, expect, it } from 'vitest';
import { isOverdue, taskChangeProblem, taskCreateProblem, type TaskActor, type TaskFacts } from '../../../../src/domain/tasks/task-rules';
import { aTask } from '../../../fixtures/domain-records';

const task = (overrides: Partial<TaskFacts> = {}): TaskFacts => ({ ...aTask(), ...overrides });
const { assigneeId } = aTask();
const secretary: TaskActor = { role: 'secretary', userId: 'u-secretary1' };
const admin: TaskActor = { role: 'admin', userId: 'u-admin' };
const assignee: TaskActor = { role: 'grid_worker', userId: assigneeId };
const otherWorker: TaskActor = { role: 'grid_worker', userId: 'u-worker2' };
const volunteer: TaskActor = { role: 'volunteer', userId: 'u-volunteer1' };
const DONE_AT = '2026-11-26T10:00:00+08:00';
const done = { state: 'done', doneAt: DONE_AT, doneNote: '已复测，36.5' } as const;

describe('taskCreateProblem', () => {
  it('the secretary or an administrator creates an open task due later than it was given', () => {
    expect(taskCreateProblem(secretary, task())).toBeNull();
    expect(taskCreateProblem(admin, task())).toBeNull();
  });

  it('a grid worker or a volunteer may not create one: FORBIDDEN', () => {
    expect(taskCreateProblem(assignee, task())).toEqual({ code: 'FORBIDDEN', field: 'state', key: 'task_not_allowed' });
    expect(taskCreateProblem(volunteer, task())).toEqual({ code: 'FORBIDDEN', field: 'state', key: 'task_not_allowed' });
  });

  it('due at or before the time it was given: VALIDATION dueAt due_in_past', () => {
    const { assignedAt } = aTask();
    expect(taskCreateProblem(secretary, task({ dueAt: assignedAt }))).toEqual({ code: 'VALIDATION', field: 'dueAt', key: 'due_in_past' });
    expect(taskCreateProblem(secretary, task({ dueAt: '2026-11-24T18:00:00+08:00' }))).toMatchObject({ field: 'dueAt', key: 'due_in_past' });
    // The same instant written in another zone is not later either.
    expect(taskCreateProblem(secretary, task({ dueAt: '2026-11-25T01:00:00.000Z' }))).toMatchObject({ key: 'due_in_past' });
    expect(taskCreateProblem(secretary, task({ dueAt: '2026-11-25T01:01:00.000Z' }))).toBeNull();
  });

  it('must be created open, without any outcome', () => {
    expect(taskCreateProblem(secretary, task({ ...done }))).toEqual({ code: 'VALIDATION', field: 'state', key: 'state_transition_invalid' });
    expect(taskCreateProblem(secretary, task({ state: 'cancelled', cancelReason: '重复' }))).toMatchObject({ key: 'state_transition_invalid' });
    expect(taskCreateProblem(secretary, task({ doneNote: '已做' }))).toEqual({ code: 'VALIDATION', field: 'doneNote', key: 'task_not_closed' });
    expect(taskCreateProblem(secretary, task({ cancelReason: '重复' }))).toMatchObject({ field: 'cancelReason', key: 'task_not_closed' });
    // The former assignees are the server's to write, on a reassignment.
    expect(taskCreateProblem(secretary, task({ formerAssigneeIds: [] }))).toEqual({ code: 'VALIDATION', field: 'formerAssigneeIds', key: 'immutable_field' });
  });
});

describe('taskChangeProblem: the assignee', () => {
  it('marks their own open task done with a note, or with the visit that did it', () => {
    expect(taskChangeProblem(assignee, task(), task(done))).toBeNull();
    expect(taskChangeProblem(assignee, task(), task({ state: 'done', doneAt: DONE_AT, doneVisitId: '0190a000-0000-7000-8000-00000000b001' }))).toBeNull();
  });

  it('needs the time and a note or a visit to mark it done', () => {
    expect(taskChangeProblem(assignee, task(), task({ state: 'done', doneNote: '已做' }))).toEqual({ code: 'VALIDATION', field: 'doneAt', key: 'done_at_required' });
    expect(taskChangeProblem(assignee, task(), task({ state: 'done', doneAt: DONE_AT }))).toEqual({ code: 'VALIDATION', field: 'doneNote', key: 'done_note_required' });
    expect(taskChangeProblem(assignee, task(), task({ state: 'done', doneAt: DONE_AT, doneNote: '  ' }))).toMatchObject({ key: 'done_note_required' });
  });

  it('may not reassign, reschedule, edit the note or cancel it: FORBIDDEN naming the field', () => {
    expect(taskChangeProblem(assignee, task(), task({ assigneeId: 'u-worker2', assigneeName: '赵网格' }))).toEqual({ code: 'FORBIDDEN', field: 'assigneeId', key: 'task_not_yours' });
    expect(taskChangeProblem(assignee, task(), task({ dueAt: '2026-11-30T18:00:00+08:00' }))).toEqual({ code: 'FORBIDDEN', field: 'dueAt', key: 'task_not_yours' });
    expect(taskChangeProblem(assignee, task(), task({ note: '改了' }))).toMatchObject({ code: 'FORBIDDEN', field: 'note' });
    expect(taskChangeProblem(assignee, task(), task({ ...done, note: '顺便改' }))).toMatchObject({ code: 'FORBIDDEN', field: 'note' });
    expect(taskChangeProblem(assignee, task(), task({ state: 'cancelled' }))).toEqual({ code: 'FORBIDDEN', field: 'state', key: 'task_not_yours' });
    expect(taskChangeProblem(assignee, task(), task({ doneNote: '先写着' }))).toEqual({ code: 'FORBIDDEN', field: 'state', key: 'task_not_yours' });
  });

  it('may not reopen or change a closed task: task_closed', () => {
    const closed = task(done);
    expect(taskChangeProblem(assignee, closed, task({ ...done, state: 'open' }))).toEqual({ code: 'VALIDATION', field: 'state', key: 'task_closed' });
    expect(taskChangeProblem(assignee, closed, task({ ...done, doneNote: '改一下' }))).toMatchObject({ key: 'task_closed' });
  });

  it('changing nothing is no problem', () => {
    expect(taskChangeProblem(assignee, task(), task())).toBeNull();
    expect(taskChangeProblem(otherWorker, task(), task())).toBeNull();
  });
});

describe('taskChangeProblem: others', () => {
  it('another grid worker or a volunteer may not mark it done: FORBIDDEN', () => {
    expect(taskChangeProblem(otherWorker, task(), task(done))).toEqual({ code: 'FORBIDDEN', field: 'state', key: 'task_not_yours' });
    expect(taskChangeProblem(volunteer, task(), task(done))).toEqual({ code: 'FORBIDDEN', field: 'state', key: 'task_not_yours' });
  });

  it('the secretary reassigns, reschedules and edits an open task', () => {
    expect(taskChangeProblem(secretary, task(), task({ assigneeId: 'u-worker2', assigneeName: '赵网格' }))).toBeNull();
    expect(taskChangeProblem(admin, task(), task({ dueAt: '2026-11-30T18:00:00+08:00', note: '改期' }))).toBeNull();
  });

  it('the secretary cancels with a reason only', () => {
    expect(taskChangeProblem(secretary, task(), task({ state: 'cancelled', cancelReason: '已由他人完成' }))).toBeNull();
    expect(taskChangeProblem(secretary, task(), task({ state: 'cancelled' }))).toEqual({ code: 'VALIDATION', field: 'cancelReason', key: 'reason_required' });
    expect(taskChangeProblem(secretary, task(), task({ state: 'cancelled', cancelReason: ' ' }))).toMatchObject({ key: 'reason_required' });
  });

  it('the secretary may not change a done or cancelled task: task_closed', () => {
    expect(taskChangeProblem(secretary, task(done), task({ ...done, assigneeId: 'u-worker2' }))).toEqual({ code: 'VALIDATION', field: 'state', key: 'task_closed' });
    const cancelled = task({ state: 'cancelled', cancelReason: '重复' });
    expect(taskChangeProblem(secretary, cancelled, task({ state: 'open' }))).toMatchObject({ key: 'task_closed' });
  });
});

describe('isOverdue', () => {
  const due = Date.parse(aTask().dueAt);
  it('is an open task past its due time', () => {
    expect(isOverdue(task(), due + 1)).toBe(true);
    expect(isOverdue(task(), due)).toBe(false);
    expect(isOverdue(task(), due - 60_000)).toBe(false);
  });

  it('is never a done or cancelled task', () => {
    expect(isOverdue(task(done), due + 86_400_000)).toBe(false);
    expect(isOverdue(task({ state: 'cancelled', cancelReason: '重复' }), due + 86_400_000)).toBe(false);
  });
});
