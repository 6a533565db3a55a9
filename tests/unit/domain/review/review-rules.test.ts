/**
 * Who may decide what on a record (issue 14), judged the same way by the phone and the server: the
 * secretary (or an administrator) approves, returns and accepts; the record's author resubmits; a return
 * needs a comment; a decision is judged from the review it names, and an invalid move is refused.
 */
import { describe, expect, it } from 'vitest';
import { mayDecide, reviewProblem, type NewReviewFacts, type ReviewActor } from '../../../../src/domain/review/review-rules';
import type { ReviewDecisionName, ReviewFacts } from '../../../../src/domain/review/review-state';

const WORKER = 'u-worker1';
const secretary: ReviewActor = { role: 'secretary', userId: 'u-secretary1' };
const admin: ReviewActor = { role: 'admin', userId: 'u-admin' };
const author: ReviewActor = { role: 'grid_worker', userId: WORKER };
const otherWorker: ReviewActor = { role: 'grid_worker', userId: 'u-worker2' };
const volunteer: ReviewActor = { role: 'volunteer', userId: 'u-volunteer1' };

const at = (minute: number) => new Date(Date.UTC(2026, 10, 25, 8, minute)).toISOString();
const ret: ReviewFacts = { id: 'r1', decision: 'return', decidedAt: at(1) };
const resubmitted: ReviewFacts = { id: 'r2', decision: 'resubmit', previousId: 'r1', decidedAt: at(2) };
const accepted: ReviewFacts = { id: 'r3', decision: 'accept', previousId: 'r2', decidedAt: at(3) };
const approved: ReviewFacts = { id: 'r4', decision: 'approve', decidedAt: at(4) };
const history = [ret, resubmitted, accepted, approved];

const review = (decision: ReviewDecisionName, previousId?: string, comment?: string): NewReviewFacts => ({
  decision,
  recordBy: WORKER,
  previousId,
  comment: comment ?? (decision === 'return' ? '体温未测' : undefined),
});

describe('mayDecide', () => {
  it('only the desk approves, returns and accepts', () => {
    for (const decision of ['approve', 'return', 'accept'] as const) {
      expect(mayDecide(secretary, decision, WORKER)).toBe(true);
      expect(mayDecide(admin, decision, WORKER)).toBe(true);
      expect(mayDecide(author, decision, WORKER)).toBe(false);
      expect(mayDecide(volunteer, decision, WORKER)).toBe(false);
    }
  });

  it('only the record’s author resubmits it (not the secretary, not another worker)', () => {
    expect(mayDecide(author, 'resubmit', WORKER)).toBe(true);
    expect(mayDecide(otherWorker, 'resubmit', WORKER)).toBe(false);
    expect(mayDecide(secretary, 'resubmit', WORKER)).toBe(false);
  });
});

describe('reviewProblem: every allowed transition', () => {
  it.each([
    ['approve a record not reviewed', secretary, review('approve'), []],
    ['return a record not reviewed', secretary, review('return'), []],
    ['resubmit a returned record', author, review('resubmit', 'r1'), [ret]],
    ['accept a resubmitted record', secretary, review('accept', 'r2'), [ret, resubmitted]],
    ['return a resubmitted record again', admin, review('return', 'r2'), [ret, resubmitted]],
  ] as const)('%s', (_name, actor, decision, reviews) => {
    expect(reviewProblem(actor, decision, reviews)).toBeNull();
  });
});

describe('reviewProblem: refusals', () => {
  it('a grid worker approving, returning or accepting: FORBIDDEN review_not_allowed', () => {
    expect(reviewProblem(author, review('approve'), [])).toEqual({ code: 'FORBIDDEN', field: 'decision', key: 'review_not_allowed' });
    expect(reviewProblem(author, review('return'), [])).toEqual({ code: 'FORBIDDEN', field: 'decision', key: 'review_not_allowed' });
    expect(reviewProblem(author, review('accept', 'r2'), history)).toEqual({ code: 'FORBIDDEN', field: 'decision', key: 'review_not_allowed' });
    expect(reviewProblem(volunteer, review('approve'), [])).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('someone other than the author resubmitting: FORBIDDEN review_not_yours', () => {
    expect(reviewProblem(otherWorker, review('resubmit', 'r1'), [ret])).toEqual({ code: 'FORBIDDEN', field: 'decision', key: 'review_not_yours' });
    expect(reviewProblem(secretary, review('resubmit', 'r1'), [ret])).toEqual({ code: 'FORBIDDEN', field: 'decision', key: 'review_not_yours' });
  });

  it('a return without a comment (or only spaces): VALIDATION comment comment_required', () => {
    const expected = { code: 'VALIDATION', field: 'comment', key: 'comment_required' };
    expect(reviewProblem(secretary, { decision: 'return', recordBy: WORKER }, [])).toEqual(expected);
    expect(reviewProblem(secretary, review('return', undefined, '   '), [])).toEqual(expected);
    expect(reviewProblem(secretary, review('return', 'r2', ''), [ret, resubmitted])).toEqual(expected);
  });

  it('a previous review the record does not have: VALIDATION previousId not_found', () => {
    expect(reviewProblem(secretary, review('accept', 'r-unknown'), history)).toEqual({ code: 'VALIDATION', field: 'previousId', key: 'not_found' });
  });

  const invalid = { code: 'VALIDATION', field: 'decision', key: 'review_transition_invalid' };
  it.each([
    ['resubmit a record not reviewed', author, review('resubmit'), []],
    ['accept a record not reviewed', secretary, review('accept'), []],
    ['approve an approved record', secretary, review('approve', 'r4'), history],
    ['return an approved record', secretary, review('return', 'r4'), history],
    ['resubmit an approved record', author, review('resubmit', 'r4'), history],
    ['accept an approved record', secretary, review('accept', 'r4'), history],
    ['approve a returned record', secretary, review('approve', 'r1'), history],
    ['return a returned record', secretary, review('return', 'r1'), history],
    ['accept a returned record', secretary, review('accept', 'r1'), history],
    ['approve a resubmitted record', secretary, review('approve', 'r2'), history],
    ['resubmit a resubmitted record', author, review('resubmit', 'r2'), history],
    ['approve an accepted record', secretary, review('approve', 'r3'), history],
    ['return an accepted record', secretary, review('return', 'r3'), history],
    ['resubmit an accepted record', author, review('resubmit', 'r3'), history],
    ['accept an accepted record', secretary, review('accept', 'r3'), history],
  ] as const)('%s: review_transition_invalid', (_name, actor, decision, reviews) => {
    expect(reviewProblem(actor, decision, reviews)).toEqual(invalid);
  });

  it('a decision on the unreviewed record is judged from there even when others decided since (kept, the later stands)', () => {
    expect(reviewProblem(secretary, review('return'), [approved])).toBeNull();
    expect(reviewProblem(secretary, review('accept', 'r2'), [ret, resubmitted, accepted])).toBeNull();
  });
});
