/**
 * A record's review state, derived from its review records (never stored): not reviewed → approved |
 * returned → resubmitted → accepted | returned. Each decision names the review it was made on
 * (previousId); decisions made on the same one (two secretaries offline) are all kept, and the latest
 * decision overall stands: the record's state follows the chain that leads to it, every review off
 * that chain is overridden. A decision another was made on is never the latest, whatever the phones'
 * clocks say (a slow phone may stamp a resubmission before the return it answers). Zod-free: Home and
 * the lists use it without loading zod.
 */
import { byId as recordsById } from '../../shared/by-id';

export type ReviewState = 'not_reviewed' | 'approved' | 'returned' | 'resubmitted' | 'accepted';
export type ReviewDecisionName = 'approve' | 'return' | 'resubmit' | 'accept';

export const REVIEW_STATES: readonly ReviewState[] = ['not_reviewed', 'approved', 'returned', 'resubmitted', 'accepted'];

/** The fields of a review this module reads. */
export interface ReviewFacts {
  id: string;
  decision: ReviewDecisionName;
  previousId?: string | undefined;
  decidedAt: string;
}

const MOVES: Record<ReviewState, Partial<Record<ReviewDecisionName, ReviewState>>> = {
  not_reviewed: { approve: 'approved', return: 'returned' },
  approved: {},
  returned: { resubmit: 'resubmitted' },
  resubmitted: { accept: 'accepted', return: 'returned' },
  accepted: {},
};

/** The state a decision moves a record in `state` to, or null when that decision is not allowed there. */
export function nextReviewState(state: ReviewState, decision: ReviewDecisionName): ReviewState | null {
  return MOVES[state][decision] ?? null;
}

/** The decisions allowed on a record in this state (what the screens offer). */
export function decisionsFrom(state: ReviewState): ReviewDecisionName[] {
  return Object.keys(MOVES[state]).filter((d): d is ReviewDecisionName => d in MOVES[state]);
}

/** Oldest first by decision time, then id (the order two phones agree on). */
export function compareDecisions(a: ReviewFacts, b: ReviewFacts): number {
  const time = (Date.parse(a.decidedAt) || 0) - (Date.parse(b.decidedAt) || 0);
  return time !== 0 ? time : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export interface ReviewStanding<R extends ReviewFacts> {
  state: ReviewState;
  /** The decisions that stand, oldest first (the chain to the latest decision). */
  chain: R[];
  /** The latest decision (the one that stands), if any. */
  latest: R | null;
  /** Decisions a later one made on the same review set aside, oldest first. */
  overridden: R[];
  /** The return that stands when the record is returned or resubmitted (its comment says what is wrong). */
  openReturn: R | null;
}

/** The chain of decisions leading to `last` (oldest first), following previousId through `byId`. */
function chainTo<R extends ReviewFacts>(last: R, byId: ReadonlyMap<string, R>): R[] {
  const chain: R[] = [];
  const seen = new Set<string>();
  for (let at: R | undefined = last; at && !seen.has(at.id); at = at.previousId ? byId.get(at.previousId) : undefined) {
    seen.add(at.id);
    chain.unshift(at);
  }
  return chain;
}

function fold(chain: readonly ReviewFacts[]): ReviewState {
  let state: ReviewState = 'not_reviewed';
  for (const review of chain) state = nextReviewState(state, review.decision) ?? state;
  return state;
}

/** Where a record stands after its reviews (any order; reviews of one record only). */
export function reviewStandingOf<R extends ReviewFacts>(reviews: readonly R[]): ReviewStanding<R> {
  if (reviews.length === 0) return { state: 'not_reviewed', chain: [], latest: null, overridden: [], openReturn: null };
  const sorted = [...reviews].sort(compareDecisions);
  const byId = recordsById(sorted);
  // The latest of the decisions that end a chain (none names them as previous); all, if a cycle left none.
  const named = new Set(sorted.flatMap((review) => (review.previousId === undefined ? [] : [review.previousId])));
  const ends = sorted.filter((review) => !named.has(review.id));
  const candidates = ends.length > 0 ? ends : sorted;
  const latest = candidates[candidates.length - 1]!;
  const chain = chainTo(latest, byId);
  const onChain = new Set(chain.map((review) => review.id));
  const state = fold(chain);
  const lastReturn = [...chain].reverse().find((review) => review.decision === 'return') ?? null;
  return {
    state,
    chain,
    latest,
    overridden: sorted.filter((review) => !onChain.has(review.id)),
    openReturn: state === 'returned' || state === 'resubmitted' ? lastReturn : null,
  };
}

/** The state a decision made on `previousId` (none: on the unreviewed record) is judged from. */
export function reviewStateAt<R extends ReviewFacts>(reviews: readonly R[], previousId: string | undefined): ReviewState | null {
  if (previousId === undefined) return 'not_reviewed';
  const byId = recordsById(reviews);
  const previous = byId.get(previousId);
  return previous ? fold(chainTo(previous, byId)) : null;
}

/** Reviews grouped by the record they are about. */
export function reviewsByRecord<R extends ReviewFacts & { recordId: string }>(reviews: readonly R[]): Map<string, R[]> {
  const out = new Map<string, R[]>();
  for (const review of reviews) {
    const list = out.get(review.recordId);
    if (list) list.push(review);
    else out.set(review.recordId, [review]);
  }
  return out;
}
