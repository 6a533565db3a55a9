/**
 * A task as the server judges it (issue 14): its target a grid, building, household or resident of the
 * writer's community (anything else, known or not, is target_outside_community), its assignee an active
 * grid worker of that community, the visit that did it a visit of that community, and who may do what
 * (task-rules.ts, shared with the phone).
 */
import type { Task } from '../../domain/entities/task';
import { taskChangeProblem, taskCreateProblem, type TaskRefusal } from '../../domain/tasks/task-rules';
import type { ScopeColumns, WritableRow } from './record-store';
import type { RecordSource } from './record-source';
import { MutationRejection, validationFailed } from './rejection';
import type { Scope } from './scope';

const NONE: ScopeColumns = { community_id: null, grid_id: null, building_id: null, household_id: null };

function refuse(problem: TaskRefusal | null): void {
  if (!problem) return;
  if (problem.code === 'FORBIDDEN') throw new MutationRejection('FORBIDDEN', 'You may not change this task this way');
  throw validationFailed({ [problem.field]: problem.key });
}

export function requireTaskCreate(scope: Scope, task: Task): void {
  refuse(taskCreateProblem(scope, task));
}

export function requireTaskChange(scope: Scope, before: Task, after: Task): void {
  refuse(taskChangeProblem(scope, before, after));
}

/** The scope of a task: that of its target, which must be of the writer's community. */
export async function taskScope(source: RecordSource, scope: Scope, data: Record<string, unknown>): Promise<ScopeColumns> {
  const target = typeof data.targetId === 'string' ? await source.find(data.targetId) : null;
  const inCommunity = target !== null && (scope.communityId === null || target.community_id === scope.communityId);
  if (!target || !inCommunity || target.entity !== data.targetType) throw validationFailed({ targetId: 'target_outside_community' });
  switch (target.entity) {
    case 'grid':
      return { ...NONE, community_id: target.community_id, grid_id: target.id };
    case 'building':
      return { community_id: target.community_id, grid_id: target.grid_id, building_id: target.id, household_id: null };
    default:
      return { community_id: target.community_id, grid_id: target.grid_id, building_id: target.building_id, household_id: target.household_id };
  }
}

/** The assignee: an active grid worker of the task's community. */
export async function requireAssignee(source: RecordSource, communityId: string | null, assigneeId: string): Promise<void> {
  const account = await source.account(assigneeId);
  if (!account || !account.active || account.role !== 'grid_worker' || account.community_id !== communityId) {
    throw validationFailed({ assigneeId: 'assignee_invalid' });
  }
}

/** The visit a done task links: a visit of the task's community. */
export async function requireDoneVisit(source: RecordSource, row: Pick<WritableRow, 'community_id'>, visitId: string | undefined): Promise<void> {
  if (visitId === undefined) return;
  const visit = await source.find(visitId);
  if (!visit || visit.entity !== 'visit' || visit.community_id !== row.community_id) throw validationFailed({ doneVisitId: 'not_found' });
}

/** On a reassignment, the former assignee joins the task's former assignees (the new one leaves them); whether it was one. */
export function withFormerAssignee(before: Record<string, unknown>, next: Record<string, unknown>): boolean {
  const previous = typeof before.assigneeId === 'string' ? before.assigneeId : null;
  if (previous === null || previous === next.assigneeId) return false;
  const former = Array.isArray(before.formerAssigneeIds) ? before.formerAssigneeIds.filter((id): id is string => typeof id === 'string') : [];
  next.formerAssigneeIds = [...new Set([...former, previous])].filter((id) => id !== next.assigneeId).slice(-50);
  return true;
}
