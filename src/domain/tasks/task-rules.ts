/**
 * Who may do what with a task (judged by the phone before it saves and by the server on every push):
 * - the secretary (or an administrator) creates a task open, due later than it was given; reassigns,
 *   reschedules, edits the note of, or cancels (with a reason) an open task;
 * - its assignee marks their own open task done: when, and a note or the visit that did it; nothing else;
 * - a done or cancelled task stays as it is. Volunteers have no part in tasks.
 * Zod-free: Home and the task lists use it without loading zod.
 */
import { isDeskRole } from '../sync-roles';
import type { UserRole } from '../sync-protocol';

type TaskStateName = 'open' | 'done' | 'cancelled';

/** The fields of a task these rules read. */
export interface TaskFacts {
  state: TaskStateName;
  assigneeId: string;
  assignedAt: string;
  dueAt: string;
  doneAt?: string | undefined;
  doneNote?: string | undefined;
  doneVisitId?: string | undefined;
  cancelReason?: string | undefined;
  [field: string]: unknown;
}

export interface TaskActor {
  role: UserRole;
  userId: string;
}

/** A refused write: FORBIDDEN (not the actor's) or VALIDATION (the field and message key). */
export interface TaskRefusal {
  code: 'FORBIDDEN' | 'VALIDATION';
  field: string;
  key: string;
}

/** What the assignee writes when marking their task done. */
export const DONE_FIELDS = ['state', 'doneAt', 'doneNote', 'doneVisitId'] as const;
const OUTCOME_FIELDS = ['doneAt', 'doneNote', 'doneVisitId', 'cancelReason'] as const;

const forbidden = (field: string, key: string): TaskRefusal => ({ code: 'FORBIDDEN', field, key });
const invalid = (field: string, key: string): TaskRefusal => ({ code: 'VALIDATION', field, key });

/** Whether the task is open and its due time has passed. */
export function isOverdue(task: Pick<TaskFacts, 'state' | 'dueAt'>, now: number): boolean {
  return task.state === 'open' && Date.parse(task.dueAt) < now;
}

/** A new task as its writer may create it. */
export function taskCreateProblem(actor: TaskActor, task: TaskFacts): TaskRefusal | null {
  if (!isDeskRole(actor.role)) return forbidden('state', 'task_not_allowed');
  if (task.state !== 'open') return invalid('state', 'state_transition_invalid');
  if (task.formerAssigneeIds !== undefined) return invalid('formerAssigneeIds', 'immutable_field');
  const outcome = OUTCOME_FIELDS.find((field) => task[field] !== undefined);
  if (outcome !== undefined) return invalid(outcome, 'task_not_closed');
  if (!(Date.parse(task.dueAt) > Date.parse(task.assignedAt))) return invalid('dueAt', 'due_in_past');
  return null;
}

function changed(before: TaskFacts, after: TaskFacts, field: string): boolean {
  return JSON.stringify(before[field] ?? null) !== JSON.stringify(after[field] ?? null);
}

/** What a closed task must carry: done with its time and a note or a visit; cancelled with a reason. */
function closingProblem(after: TaskFacts): TaskRefusal | null {
  if (after.state === 'done') {
    if (after.doneAt === undefined) return invalid('doneAt', 'done_at_required');
    if ((after.doneNote ?? '').trim().length === 0 && after.doneVisitId === undefined) return invalid('doneNote', 'done_note_required');
  }
  if (after.state === 'cancelled' && (after.cancelReason ?? '').trim().length === 0) return invalid('cancelReason', 'reason_required');
  return null;
}

/** A change of a stored task (before) into the patched one (after) by this actor. */
export function taskChangeProblem(actor: TaskActor, before: TaskFacts, after: TaskFacts): TaskRefusal | null {
  const fields = Object.keys({ ...before, ...after }).filter((field) => changed(before, after, field));
  if (fields.length === 0) return null;
  if (isDeskRole(actor.role)) {
    if (before.state !== 'open') return invalid('state', 'task_closed');
    return closingProblem(after);
  }
  if (actor.role !== 'grid_worker' || before.assigneeId !== actor.userId) return forbidden('state', 'task_not_yours');
  const other = fields.find((field) => !(DONE_FIELDS as readonly string[]).includes(field));
  if (other !== undefined) return forbidden(other, 'task_not_yours');
  if (before.state !== 'open') return invalid('state', 'task_closed');
  if (after.state !== 'done') return forbidden('state', 'task_not_yours');
  return closingProblem(after);
}
