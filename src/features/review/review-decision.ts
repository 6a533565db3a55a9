/**
 * A new decision on a record, made on the review that stands (previousId = the latest the decider
 * sees) and judged by the same rules the server judges before it is saved.
 */
import type { SessionUser } from '../../domain/sync-protocol';
import type { NewRecord } from '../../domain/entities/entity-record';
import type { ReviewedEntity } from '../../domain/entities/review';
import { reviewProblem, type ReviewRefusal } from '../../domain/review/review-rules';
import { reviewStandingOf, type ReviewDecisionName } from '../../domain/review/review-state';
import type { ReviewRecord } from './review-subject';

/** The record a decision is about, with its reviews so far. */
export interface ReviewTarget {
  entity: ReviewedEntity;
  recordId: string;
  /** The record's author. */
  recordBy: string;
  history: readonly ReviewRecord[];
}

export interface DecisionExtra {
  comment?: string;
  correctionId?: string;
}

/** The review record for `decision` on `target` by `user`, now. */
export function newReview(
  target: ReviewTarget,
  decision: ReviewDecisionName,
  user: Pick<SessionUser, 'displayName'>,
  extra: DecisionExtra = {},
  now: Date = new Date(),
): NewRecord<'review'> {
  const previousId = reviewStandingOf(target.history).latest?.id;
  const comment = extra.comment?.trim();
  return {
    recordEntity: target.entity,
    recordId: target.recordId,
    recordBy: target.recordBy,
    decision,
    ...(comment ? { comment } : {}),
    ...(previousId ? { previousId } : {}),
    ...(extra.correctionId ? { correctionId: extra.correctionId } : {}),
    decidedAt: now.toISOString(),
    deciderName: user.displayName,
  };
}

/** The refusal of this decision by this user, or null when it may be saved. */
export function decisionProblem(user: Pick<SessionUser, 'id' | 'role'>, target: ReviewTarget, review: NewRecord<'review'>): ReviewRefusal | null {
  return reviewProblem({ role: user.role, userId: user.id }, review, target.history);
}
