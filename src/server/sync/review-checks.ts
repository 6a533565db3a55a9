/**
 * A review as the server judges it (issue 14): who may decide (the secretary reviews, the record's
 * author resubmits), the record it is about (readable by the writer, its author named right), the
 * correction a resubmission links (a record of the same kind by the same author), and the decision
 * against the record's reviews as committed (review-rules.ts, shared with the phone).
 */
import { mayDecide, reviewProblem } from '../../domain/review/review-rules';
import { REVIEW_DECISIONS, type Review } from '../../domain/entities/review';
import type { ReviewFacts } from '../../domain/review/review-state';
import type { WritableRow } from './record-store';
import type { RecordSource } from './record-source';
import { MutationRejection, notFound, validationFailed } from './rejection';
import { canRead, type Scope } from './scope';

/** Refused before anything is looked up: a worker approving, someone resubmitting another's record. */
export function requireMayDecide(scope: Scope, review: Review): void {
  if (!mayDecide(scope, review.decision, review.recordBy)) {
    throw new MutationRejection('FORBIDDEN', review.decision === 'resubmit' ? 'Only the record’s author resubmits it' : 'Only the secretary reviews records');
  }
}

/** The reviewed record (readable by the writer; its author as the review names them) and its correction. */
export async function reviewedRecord(source: RecordSource, scope: Scope, review: Review): Promise<WritableRow> {
  const record = await source.find(review.recordId);
  if (!record || record.entity !== review.recordEntity || !canRead(scope, record)) {
    throw notFound(`Unknown ${review.recordEntity} ${review.recordId}`, { recordId: 'not_found' });
  }
  if (record.created_by !== review.recordBy) throw validationFailed({ recordBy: 'record_by_invalid' });
  if (review.correctionId !== undefined) {
    const correction = await source.find(review.correctionId);
    const valid =
      correction !== null &&
      correction.id !== record.id &&
      correction.entity === record.entity &&
      correction.community_id === record.community_id &&
      correction.created_by === record.created_by;
    if (!valid) throw validationFailed({ correctionId: 'correction_invalid' });
  }
  return record;
}

const isDecision = (value: unknown): value is Review['decision'] => (REVIEW_DECISIONS as readonly unknown[]).includes(value);

/** A stored review as the rules read it (every stored one was validated when written). */
function factsOf(row: WritableRow): ReviewFacts[] {
  const { decision, previousId, decidedAt } = row.data;
  if (!isDecision(decision) || typeof decidedAt !== 'string') return [];
  return [{ id: row.id, decision, previousId: typeof previousId === 'string' ? previousId : undefined, decidedAt }];
}

/** The decision judged from the review it was made on, against the record's reviews so far. */
export async function requireDecisionAllowed(source: RecordSource, scope: Scope, review: Review): Promise<void> {
  const history = (await source.reviewsOf(review.recordId)).flatMap(factsOf);
  const problem = reviewProblem(scope, review, history);
  if (!problem) return;
  if (problem.code === 'FORBIDDEN') throw new MutationRejection('FORBIDDEN', 'You may not make this decision');
  throw validationFailed({ [problem.field]: problem.key });
}
