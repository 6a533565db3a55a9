/**
 * The order tasks are listed in. The desk: overdue first (longest overdue first), then the open ones
 * by due time, then the done and cancelled ones (latest due first). A grid worker's Home: open tasks
 * due today or earlier, then the upcoming ones, then those done today. Zod-free (Home loads it).
 */
import { isOverdue } from '../../domain/tasks/task-rules';
import type { LocalDay } from '../../shared/local-date';

export interface OrderedTask {
  state: 'open' | 'done' | 'cancelled';
  dueAt: string;
  doneAt?: string | undefined;
}

const dueTime = (task: OrderedTask) => Date.parse(task.dueAt) || 0;
const soonestFirst = (a: OrderedTask, b: OrderedTask) => dueTime(a) - dueTime(b);

/** Overdue, then open by due time, then closed (latest due first). */
export function deskOrder<T extends OrderedTask>(tasks: readonly T[], now: number): T[] {
  const overdue = tasks.filter((task) => isOverdue(task, now)).sort(soonestFirst);
  const open = tasks.filter((task) => task.state === 'open' && !isOverdue(task, now)).sort(soonestFirst);
  const closed = tasks.filter((task) => task.state !== 'open').sort((a, b) => soonestFirst(b, a));
  return [...overdue, ...open, ...closed];
}

export interface HomeTaskGroups<T> {
  /** Open, due before the end of today (the overdue ones first, as they are due earliest). */
  dueNow: T[];
  /** Open, due after today. */
  upcoming: T[];
  /** Done today. */
  doneToday: T[];
}

/** A worker's tasks as Home groups them; cancelled ones and those done before today are left out. */
export function homeGroups<T extends OrderedTask>(tasks: readonly T[], today: LocalDay): HomeTaskGroups<T> {
  const open = tasks.filter((task) => task.state === 'open').sort(soonestFirst);
  return {
    dueNow: open.filter((task) => dueTime(task) < today.end),
    upcoming: open.filter((task) => dueTime(task) >= today.end),
    doneToday: tasks
      .filter((task) => task.state === 'done' && task.doneAt !== undefined && today.includes(task.doneAt))
      .sort((a, b) => (Date.parse(a.doneAt ?? '') || 0) - (Date.parse(b.doneAt ?? '') || 0)),
  };
}
