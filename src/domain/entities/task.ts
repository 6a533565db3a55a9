/**
 * A task (任务派发) the secretary sends down the grid to a named grid worker with a deadline: visit a
 * household again, check a building, follow up a resident, trace a contact, disinfect, other. Its target
 * is a grid, building, household or resident of the community; it moves open → done (by its assignee,
 * with a note or a linked visit) or cancelled (by the secretary). Rules: src/domain/tasks/task-rules.ts.
 */
import { z } from 'zod';
import { idField, nameField, notesField, storedTimestampField, timestampField } from '../fields';

export const TASK_KINDS = ['visit_again', 'check_building', 'follow_up_resident', 'trace_contact', 'disinfection', 'other'] as const;
export type TaskKind = (typeof TASK_KINDS)[number];

export const TASK_TARGETS = ['grid', 'building', 'household', 'resident'] as const;
export type TaskTarget = (typeof TASK_TARGETS)[number];

export const TASK_STATES = ['open', 'done', 'cancelled'] as const;
export type TaskState = (typeof TASK_STATES)[number];

export const taskSchema = z.object({
  kind: z.enum(TASK_KINDS, { error: 'task_kind_invalid' }),
  targetType: z.enum(TASK_TARGETS, { error: 'target_type_invalid' }),
  targetId: idField,
  /** The grid worker who does it (their user id and name). */
  assigneeId: idField,
  assigneeName: nameField,
  /** When the secretary gave it (the due time must be later). */
  assignedAt: timestampField,
  /** Any time later than assignedAt (days ahead is normal for a task: the format only). */
  dueAt: storedTimestampField,
  note: notesField.optional(),
  state: z.enum(TASK_STATES, { error: 'state_invalid' }),
  doneAt: timestampField.optional(),
  doneNote: notesField.optional(),
  /** The visit that did it (a "visit again" task completed from the visit form). */
  doneVisitId: idField.optional(),
  cancelReason: notesField.optional(),
  /**
   * Written by the server when the task is reassigned (never by a phone): the workers it was given to
   * before, whose phones still receive it, now another's, and drop it from their lists.
   */
  formerAssigneeIds: z.array(idField).max(50, { error: 'too_many' }).optional(),
});
export type Task = z.output<typeof taskSchema>;
