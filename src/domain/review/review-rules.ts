/**
 * Who may decide what on a record (judged by the phone before it saves and by the server on every
 * push, against the record's reviews as each knows them):
 * - the secretary (or an administrator) approves or returns a record not reviewed, and accepts or
 *   returns again a resubmitted one; nobody else reviews;
 * - the record's author resubmits it once it was returned (with the correction linked, or a word);
 * - a decision is judged from the review it was made on (previousId): one made offline on a review that
 *   another decision has since followed is still kept, and the later one stands (review-state.ts).
 * Zod-free.
 */
import { isDeskRole } from '../sync-roles';
import type { UserRole } from '../sync-protocol';
import { nextReviewState, reviewStateAt, type ReviewDecisionName, type ReviewFacts } from './review-state';

export interface ReviewActor {
  role: UserRole;
  userId: string;
}

/** A refused decision: FORBIDDEN (not the actor's to make) or VALIDATION (the field and message key). */
export interface ReviewRefusal {
  code: 'FORBIDDEN' | 'VALIDATION';
  field: string;
  key: string;
}

/** The fields of a new review these rules read. */
export interface NewReviewFacts {
  decision: ReviewDecisionName;
  recordBy: string;
  previousId?: string | undefined;
  comment?: string | undefined;
}

/** Whether this actor may ever make this decision on a record by `recordBy`. */
export function mayDecide(actor: ReviewActor, decision: ReviewDecisionName, recordBy: string): boolean {
  if (decision === 'resubmit') return actor.userId === recordBy;
  return isDeskRole(actor.role);
}

/** The problem with a new decision on a record whose reviews so far are `history`, or null. */
export function reviewProblem(actor: ReviewActor, review: NewReviewFacts, history: readonly ReviewFacts[]): ReviewRefusal | null {
  if (!mayDecide(actor, review.decision, review.recordBy)) {
    return { code: 'FORBIDDEN', field: 'decision', key: review.decision === 'resubmit' ? 'review_not_yours' : 'review_not_allowed' };
  }
  if (review.decision === 'return' && (review.comment ?? '').trim().length === 0) return { code: 'VALIDATION', field: 'comment', key: 'comment_required' };
  const from = reviewStateAt(history, review.previousId);
  if (from === null) return { code: 'VALIDATION', field: 'previousId', key: 'not_found' };
  if (nextReviewState(from, review.decision) === null) return { code: 'VALIDATION', field: 'decision', key: 'review_transition_invalid' };
  return null;
}
