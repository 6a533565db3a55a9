/**
 * A record's review state, derived from its reviews (issue 14): not reviewed → approved | returned →
 * resubmitted → accepted | returned; decisions made on the same review (two secretaries offline) are all
 * kept, the latest stands and the others are overridden.
 */
import { describe, expect, it } from 'vitest';
import {
  decisionsFrom,
  nextReviewState,
  REVIEW_STATES,
  reviewStandingOf,
  reviewStateAt,
  reviewsByRecord,
  type ReviewDecisionName,
  type ReviewFacts,
  type ReviewState,
} from '../../../../src/domain/review/review-state';

const DECISIONS: ReviewDecisionName[] = ['approve', 'return', 'resubmit', 'accept'];

/** Every allowed move; any pair not listed here is refused. */
const ALLOWED: [ReviewState, ReviewDecisionName, ReviewState][] = [
  ['not_reviewed', 'approve', 'approved'],
  ['not_reviewed', 'return', 'returned'],
  ['returned', 'resubmit', 'resubmitted'],
  ['resubmitted', 'accept', 'accepted'],
  ['resubmitted', 'return', 'returned'],
];
const REFUSED = REVIEW_STATES.flatMap((state) =>
  DECISIONS.filter((decision) => !ALLOWED.some(([from, d]) => from === state && d === decision)).map((decision) => [state, decision] as const),
);

let n = 0;
/** A decision at minute `minute` of the day, made on `previousId`. */
function decision(kind: ReviewDecisionName, minute: number, previousId?: string): ReviewFacts {
  n += 1;
  return { id: `r${String(n).padStart(3, '0')}`, decision: kind, previousId, decidedAt: new Date(Date.UTC(2026, 10, 25, 8, minute)).toISOString() };
}

describe('nextReviewState', () => {
  it.each(ALLOWED)('%s --%s--> %s', (from, kind, to) => {
    expect(nextReviewState(from, kind)).toBe(to);
  });

  it.each(REFUSED)('refuses %s on a record %s', (from, kind) => {
    expect(nextReviewState(from, kind)).toBeNull();
  });

  it('offers on each state exactly the allowed decisions', () => {
    expect(decisionsFrom('not_reviewed').sort()).toEqual(['approve', 'return']);
    expect(decisionsFrom('approved')).toEqual([]);
    expect(decisionsFrom('returned')).toEqual(['resubmit']);
    expect(decisionsFrom('resubmitted').sort()).toEqual(['accept', 'return']);
    expect(decisionsFrom('accepted')).toEqual([]);
  });
});

describe('reviewStandingOf', () => {
  it('a record without reviews is not reviewed', () => {
    expect(reviewStandingOf([])).toEqual({ state: 'not_reviewed', chain: [], latest: null, overridden: [], openReturn: null });
  });

  it('approved and returned from a single decision; a return is the open return', () => {
    const approve = decision('approve', 1);
    expect(reviewStandingOf([approve])).toMatchObject({ state: 'approved', chain: [approve], latest: approve, openReturn: null });
    const ret = decision('return', 1);
    expect(reviewStandingOf([ret])).toMatchObject({ state: 'returned', latest: ret, openReturn: ret });
  });

  it('follows a whole loop through a resubmit, in any order given: returned → resubmitted → returned → resubmitted → accepted', () => {
    const first = decision('return', 1);
    const resubmit = decision('resubmit', 2, first.id);
    const again = decision('return', 3, resubmit.id);
    const resubmitAgain = decision('resubmit', 4, again.id);
    const accept = decision('accept', 5, resubmitAgain.id);

    expect(reviewStandingOf([resubmit, first])).toMatchObject({ state: 'resubmitted', openReturn: first });
    expect(reviewStandingOf([again, first, resubmit])).toMatchObject({ state: 'returned', openReturn: again });
    expect(reviewStandingOf([resubmitAgain, again, resubmit, first])).toMatchObject({ state: 'resubmitted', openReturn: again });
    const done = reviewStandingOf([accept, resubmit, first, resubmitAgain, again]);
    expect(done).toMatchObject({ state: 'accepted', latest: accept, overridden: [], openReturn: null });
    expect(done.chain).toEqual([first, resubmit, again, resubmitAgain, accept]);
  });

  it('two decisions on the same review: the later stands, the earlier is overridden (whichever is listed first)', () => {
    const approve = decision('approve', 10);
    const ret = decision('return', 12);
    for (const reviews of [
      [approve, ret],
      [ret, approve],
    ]) {
      expect(reviewStandingOf(reviews)).toMatchObject({ state: 'returned', latest: ret, chain: [ret], overridden: [approve] });
    }
    // The other way round in time: the approval stands.
    const laterApprove = decision('approve', 14);
    expect(reviewStandingOf([ret, laterApprove])).toMatchObject({ state: 'approved', chain: [laterApprove], overridden: [ret], openReturn: null });
  });

  it('two secretaries on the same resubmission: accept then return (later) leaves it returned, the accept overridden', () => {
    const first = decision('return', 1);
    const resubmit = decision('resubmit', 2, first.id);
    const accept = decision('accept', 3, resubmit.id);
    const returnAgain = decision('return', 4, resubmit.id);
    const standing = reviewStandingOf([accept, returnAgain, first, resubmit]);
    expect(standing).toMatchObject({ state: 'returned', latest: returnAgain, overridden: [accept], openReturn: returnAgain });
    expect(standing.chain).toEqual([first, resubmit, returnAgain]);
  });

  it('a worker resubmitting a return that a later decision overrode takes the chain back through that return', () => {
    const ret = decision('return', 1);
    const approve = decision('approve', 2);
    const resubmit = decision('resubmit', 3, ret.id);
    expect(reviewStandingOf([ret, approve, resubmit])).toMatchObject({ state: 'resubmitted', chain: [ret, resubmit], overridden: [approve] });
  });

  it('equal decision times are ordered by id, so two phones agree', () => {
    const a = { id: 'a', decision: 'approve', decidedAt: '2026-11-25T08:00:00.000Z' } satisfies ReviewFacts;
    const b = { id: 'b', decision: 'return', decidedAt: '2026-11-25T16:00:00+08:00' } satisfies ReviewFacts;
    expect(reviewStandingOf([b, a]).latest).toBe(b);
    expect(reviewStandingOf([a, b]).latest).toBe(b);
  });
});

describe('reviewStateAt', () => {
  it('judges a decision from the review it names: none is the unreviewed record, an unknown id is null', () => {
    const ret = decision('return', 1);
    const resubmit = decision('resubmit', 2, ret.id);
    const reviews = [resubmit, ret];
    expect(reviewStateAt(reviews, undefined)).toBe('not_reviewed');
    expect(reviewStateAt(reviews, ret.id)).toBe('returned');
    expect(reviewStateAt(reviews, resubmit.id)).toBe('resubmitted');
    expect(reviewStateAt(reviews, 'r-unknown')).toBeNull();
  });
});

describe('reviewsByRecord', () => {
  it('groups reviews by the record they are about', () => {
    const one = { ...decision('approve', 1), recordId: 'v1' };
    const two = { ...decision('return', 2), recordId: 'v2' };
    const three = { ...decision('resubmit', 3, two.id), recordId: 'v2' };
    const grouped = reviewsByRecord([one, two, three]);
    expect(grouped.get('v1')).toEqual([one]);
    expect(grouped.get('v2')).toEqual([two, three]);
  });
});

describe('phone clocks that disagree', () => {
  it('a resubmit stamped before the return it answers (the worker’s phone is slow) still follows it: resubmitted, nothing overridden', () => {
    const ret = decision('return', 30);
    const resubmit = decision('resubmit', 25, ret.id);
    expect(reviewStandingOf([ret, resubmit])).toMatchObject({ state: 'resubmitted', latest: resubmit, chain: [ret, resubmit], overridden: [], openReturn: ret });
    const accept = decision('accept', 40, resubmit.id);
    expect(reviewStandingOf([accept, ret, resubmit])).toMatchObject({ state: 'accepted', chain: [ret, resubmit, accept], overridden: [] });
  });

  it('two decisions on the same review are still told apart by time when one of them is answered with a slow clock', () => {
    const approve = decision('approve', 50);
    const ret = decision('return', 40);
    // The worker answers the (overridden) return with a clock far behind both.
    const resubmit = decision('resubmit', 10, ret.id);
    expect(reviewStandingOf([approve, ret])).toMatchObject({ state: 'approved', overridden: [ret] });
    // Both the approval and the resubmission end a chain: the later by its time (the approval) stands.
    expect(reviewStandingOf([approve, ret, resubmit])).toMatchObject({ state: 'approved', latest: approve, overridden: [resubmit, ret] });
  });
});
