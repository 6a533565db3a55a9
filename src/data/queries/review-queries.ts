/**
 * The reads of review and tasks (issue 14), by purpose, each on an index: a record's reviews (its
 * history and state), the reviews of one author's records (a grid worker's returned ones), every review
 * on the phone (the secretary's queue), a worker's tasks and the tasks in one state. Kept apart from
 * record-queries.ts so they load with the screens that use them, never with the first screen.
 */
import { compareDecisions } from '../../domain/review/review-state';
import type { RecordQuery } from './record-query';
import { equals, query } from './record-queries';

/** A record's reviews, oldest first (its history). */
export function reviewsOfRecord(recordId: string): RecordQuery<'review'> {
  return query('reviewsOf', 'review', equals('recordId', recordId), { order: compareDecisions });
}

/** The reviews of one author's records, oldest first. */
export function reviewsOfAuthor(userId: string): RecordQuery<'review'> {
  return query('reviewsOfAuthor', 'review', equals('recordBy', userId), { order: compareDecisions });
}

/** Every review on this phone, oldest first (the secretary's queue and open returns). */
export function everyReview(): RecordQuery<'review'> {
  return query('everyReview', 'review', { kind: 'all' }, { order: compareDecisions });
}

const byDue = (a: { dueAt: string }, b: { dueAt: string }) => (Date.parse(a.dueAt) || 0) - (Date.parse(b.dueAt) || 0);

/** The tasks given to one worker, soonest due first. */
export function tasksOfAssignee(userId: string): RecordQuery<'task'> {
  return query('tasksOf', 'task', equals('assigneeId', userId), { order: byDue });
}

/** Every task on this phone, soonest due first (the secretary's task list). */
export function everyTask(): RecordQuery<'task'> {
  return query('everyTask', 'task', { kind: 'all' }, { order: byDue });
}
