/**
 * Review on the server (issue 14), one rule a test, through the real push and pull (PGlite, or
 * PostgreSQL with DATABASE_URL): only the secretary approves, returns and accepts; only the record's
 * author resubmits; a return needs a comment; a decision is judged from the review it names; two
 * secretaries deciding the same record offline are both kept and the later stands; a grid worker pulls
 * the reviews of their own records, a volunteer none.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reviewStandingOf, type ReviewFacts } from '../../src/domain/review/review-state';
import { parseStoredRecord } from '../../src/domain/entities/stored-record-schemas';
import type { Review } from '../../src/domain/entities/review';
import type { EntityRecord } from '../../src/domain/entities/entity-record';
import { startTestServer, type TestServer } from '../fixtures/server-harness';
import { createOf, findRecord, voidOf } from '../fixtures/server-client';
import { aCheckpointEntry, aFeverReport } from '../fixtures/domain-records';
import { answers, APPLIED, idsOf } from '../fixtures/help-request-server';
import { addAccount, decision, demoAccount, householdOf, pushed, visitBy, type Account } from '../fixtures/review-task-server';

let server: TestServer;
let worker1: Account;
let worker2: Account;
let secretary1: Account;
let secretary2: Account;
let volunteer1: Account;
/** Households of worker1's and worker2's grids. */
const households = { worker1: '', worker2: '' };

beforeAll(async () => {
  server = await startTestServer();
  worker1 = await demoAccount(server, 'worker1');
  worker2 = await demoAccount(server, 'worker2');
  secretary1 = await demoAccount(server, 'secretary1');
  volunteer1 = await demoAccount(server, 'volunteer1');
  secretary2 = await addAccount(server, 'secretary1b', 'secretary');
  households.worker1 = await householdOf(server, server.demo.gridIds[0]!);
  households.worker2 = await householdOf(server, server.demo.gridIds[1]!);
});
afterAll(async () => {
  await server?.close();
});

const FORBIDDEN = { status: 'rejected', code: 'FORBIDDEN' };
const invalid = (field: string, key: string) => ({ status: 'rejected', code: 'VALIDATION', fields: { [field]: key } });

/** A new visit by worker1 (their grid) as a record a decision names. */
async function worker1Visit() {
  return { id: await visitBy(worker1, households.worker1), by: worker1.id };
}

/** Pushes decisions as one writer; their answers. The refused ones are not stored. */
async function decide(writer: Account, ...reviews: Record<string, unknown>[]) {
  const creates = reviews.map((review) => createOf('review', review));
  const results = answers((await writer.api.push(creates)).body.results);
  for (const [n, create] of creates.entries()) {
    if (results[n]!.status !== 'applied') expect(await findRecord(server.db, create.id)).toBeNull();
  }
  return { results, ids: creates.map((c) => c.id) };
}

/** The reviews of a record as this account pulls them, parsed as the phone does. */
async function pulledReviews(account: Account, recordId: string): Promise<EntityRecord<'review'>[]> {
  const { changes } = await account.api.pullAll();
  return changes.flatMap((change) => {
    if (change.entity !== 'review') return [];
    const parsed = parseStoredRecord('review', change.data);
    return parsed.ok && parsed.record.recordId === recordId ? [parsed.record] : [];
  });
}

const standingOf = (reviews: (Review & { id: string })[]) => reviewStandingOf<ReviewFacts & { id: string }>(reviews);

describe('who decides', () => {
  it('a grid worker may not approve, return or accept, not even their own record: FORBIDDEN, nothing stored', async () => {
    const visit = await worker1Visit();
    const { ids: [returned] } = await decide(secretary1, decision('return', visit));
    const { ids: [resubmitted] } = await decide(worker1, decision('resubmit', visit, { previousId: returned }));
    const other = await worker1Visit();
    const { results } = await decide(
      worker1,
      decision('approve', other),
      decision('return', other),
      decision('accept', visit, { previousId: resubmitted }),
    );
    expect(results).toEqual([FORBIDDEN, FORBIDDEN, FORBIDDEN]);
  });

  it('a grid worker may not resubmit worker2’s record (as worker2’s, or posing as its author)', async () => {
    const theirs = { id: await visitBy(worker2, households.worker2), by: worker2.id };
    const { ids: [returned] } = await decide(secretary1, decision('return', theirs));
    const { results } = await decide(
      worker1,
      decision('resubmit', theirs, { previousId: returned }),
      // Naming themselves as its author: a visit of another grid is one they cannot read.
      decision('resubmit', { ...theirs, by: worker1.id }, { previousId: returned }),
    );
    expect(results).toEqual([FORBIDDEN, { status: 'rejected', code: 'NOT_FOUND', fields: { recordId: 'not_found' } }]);
    // worker2 may.
    expect((await decide(worker2, decision('resubmit', theirs, { previousId: returned }))).results).toEqual([APPLIED]);
  });

  it('a gate entry worker2 made (community-wide) cannot be resubmitted by worker1 naming themselves: recordBy record_by_invalid', async () => {
    const entry = await pushed(worker2.api, 'checkpoint_entry', aCheckpointEntry({ checkpointId: server.demo.checkpointIds[0]!, at: new Date().toISOString() }));
    const record = { entity: 'checkpoint_entry' as const, id: entry, by: worker2.id };
    const { ids: [returned] } = await decide(secretary1, decision('return', record));
    const { results } = await decide(worker1, decision('resubmit', { ...record, by: worker1.id }, { previousId: returned }));
    expect(results).toEqual([invalid('recordBy', 'record_by_invalid')]);
  });

  it('the secretary must name the record’s author right: recordBy record_by_invalid', async () => {
    const visit = await worker1Visit();
    const { results } = await decide(secretary1, decision('approve', { ...visit, by: worker2.id }));
    expect(results).toEqual([invalid('recordBy', 'record_by_invalid')]);
  });

  it('a volunteer may not create a review at all: FORBIDDEN', async () => {
    const visit = await worker1Visit();
    const { results } = await decide(volunteer1, decision('approve', visit), decision('resubmit', { ...visit, by: volunteer1.id }));
    expect(results).toEqual([FORBIDDEN, FORBIDDEN]);
  });
});

describe('what a decision must carry', () => {
  it('a return without a comment (missing, or spaces only): VALIDATION naming comment', async () => {
    const visit = await worker1Visit();
    const { results } = await decide(secretary1, decision('return', visit, { comment: '' }), decision('return', visit, { comment: '   ' }));
    expect(results).toEqual([invalid('comment', 'comment_required'), invalid('comment', 'comment_required')]);
  });

  it('an unknown record, or one of another kind than named: NOT_FOUND recordId', async () => {
    const visit = await worker1Visit();
    const { results } = await decide(
      secretary1,
      decision('approve', { id: '0190a000-0000-7000-8000-00000000cafe', by: worker1.id }),
      decision('approve', { ...visit, entity: 'fever_report' }),
    );
    const notFound = { status: 'rejected', code: 'NOT_FOUND', fields: { recordId: 'not_found' } };
    expect(results).toEqual([notFound, notFound]);
  });

  it('a previous review that is not one of this record’s: VALIDATION previousId not_found', async () => {
    const [visit, other] = [await worker1Visit(), await worker1Visit()];
    const { ids: [ofOther] } = await decide(secretary1, decision('return', other));
    const { results } = await decide(
      secretary1,
      decision('return', visit, { previousId: ofOther }),
      decision('accept', visit, { previousId: '0190a000-0000-7000-8000-00000000cafe' }),
    );
    expect(results).toEqual([invalid('previousId', 'not_found'), invalid('previousId', 'not_found')]);
  });

  it('a decision the state it was made on does not allow: VALIDATION decision review_transition_invalid', async () => {
    const visit = await worker1Visit();
    const { ids: [approved] } = await decide(secretary1, decision('approve', visit));
    const other = await worker1Visit();
    const { ids: [returned] } = await decide(secretary1, decision('return', other));
    const transition = invalid('decision', 'review_transition_invalid');
    expect((await decide(secretary1, decision('return', visit, { previousId: approved }), decision('accept', visit))).results).toEqual([transition, transition]);
    expect((await decide(secretary1, decision('accept', other, { previousId: returned }), decision('approve', other, { previousId: returned }))).results).toEqual([
      transition,
      transition,
    ]);
    expect((await decide(worker1, decision('resubmit', visit, { previousId: approved }), decision('resubmit', visit))).results).toEqual([transition, transition]);
  });

  it('a correction must be another record of the same kind by the same author: correctionId correction_invalid', async () => {
    const visit = await worker1Visit();
    const { ids: [returned] } = await decide(secretary1, decision('return', visit));
    const theirs = await visitBy(worker2, households.worker2);
    const fever = await pushed(worker1.api, 'fever_report', aFeverReport({ householdId: households.worker1, residentId: undefined, reportedAt: new Date().toISOString() }));
    const resubmit = (correctionId: string) => decision('resubmit', visit, { previousId: returned, correctionId });
    const { results } = await decide(worker1, resubmit(theirs), resubmit(visit.id), resubmit(fever), resubmit('0190a000-0000-7000-8000-00000000cafe'));
    expect(results).toEqual(Array(4).fill(invalid('correctionId', 'correction_invalid')));
    // Only a resubmission links a correction.
    expect((await decide(secretary1, decision('approve', await worker1Visit(), { correctionId: visit.id }))).results).toEqual([
      invalid('correctionId', 'correction_only_on_resubmit'),
    ]);
  });
});

describe('the loop', () => {
  it('secretary returns → worker voids, records again and resubmits with the correction → secretary accepts', async () => {
    const visit = await worker1Visit();
    const { results: r1, ids: [returned] } = await decide(secretary1, decision('return', visit, { comment: '体温未测' }));
    expect(r1).toEqual([APPLIED]);
    expect(standingOf(await pulledReviews(worker1, visit.id))).toMatchObject({ state: 'returned', openReturn: { comment: '体温未测' } });

    expect(answers((await worker1.api.push([voidOf('visit', visit.id, '漏测体温')])).body.results)).toEqual([APPLIED]);
    const correction = await visitBy(worker1, households.worker1);
    const { results: r2, ids: [resubmitted] } = await decide(worker1, decision('resubmit', visit, { previousId: returned, correctionId: correction, comment: '已补测' }));
    expect(r2).toEqual([APPLIED]);
    expect(standingOf(await pulledReviews(secretary1, visit.id)).state).toBe('resubmitted');

    const { results: r3 } = await decide(secretary1, decision('accept', visit, { previousId: resubmitted }));
    expect(r3).toEqual([APPLIED]);
    const history = await pulledReviews(worker1, visit.id);
    expect(history.map((r) => r.decision).sort()).toEqual(['accept', 'resubmit', 'return']);
    expect(standingOf(history)).toMatchObject({ state: 'accepted', overridden: [] });
    expect(history.find((r) => r.decision === 'resubmit')).toMatchObject({ correctionId: correction, recordBy: worker1.id });
  });

  it('…or returns it again, and the worker resubmits once more before it is accepted', async () => {
    const visit = await worker1Visit();
    const { ids: [first] } = await decide(secretary1, decision('return', visit));
    const { ids: [resubmit1] } = await decide(worker1, decision('resubmit', visit, { previousId: first, comment: '已补测' }));
    const { results, ids: [again] } = await decide(secretary1, decision('return', visit, { previousId: resubmit1, comment: '还缺一人' }));
    expect(results).toEqual([APPLIED]);
    expect(standingOf(await pulledReviews(worker1, visit.id))).toMatchObject({ state: 'returned', openReturn: { comment: '还缺一人' } });
    const { ids: [resubmit2] } = await decide(worker1, decision('resubmit', visit, { previousId: again }));
    expect((await decide(secretary1, decision('accept', visit, { previousId: resubmit2 }))).results).toEqual([APPLIED]);
    expect(standingOf(await pulledReviews(worker1, visit.id)).state).toBe('accepted');
  });

  it('two secretaries deciding the same record from the same review (offline): both kept, pulls deliver both, the later stands', async () => {
    const visit = await worker1Visit();
    const { ids: [returned] } = await decide(secretary1, decision('return', visit));
    const { ids: [resubmitted] } = await decide(worker1, decision('resubmit', visit, { previousId: returned }));
    const accept = decision('accept', visit, { previousId: resubmitted, deciderName: secretary1.name });
    const returnAgain = { ...decision('return', visit, { previousId: resubmitted, comment: '照片不清', deciderName: secretary2.name }), decidedAt: new Date(Date.now() + 1000).toISOString() };
    // secretary2's (later) decision reaches the server first: arrival order does not decide.
    const second = await decide(secretary2, returnAgain);
    const first = await decide(secretary1, accept);
    expect([first.results, second.results]).toEqual([[APPLIED], [APPLIED]]);

    for (const account of [secretary1, secretary2, worker1]) {
      const history = await pulledReviews(account, visit.id);
      expect(history.map((r) => r.id).sort()).toEqual([returned, resubmitted, first.ids[0], second.ids[0]].sort());
      const standing = standingOf(history);
      expect(standing).toMatchObject({ state: 'returned', latest: { id: second.ids[0] }, openReturn: { comment: '照片不清' } });
      expect(standing.overridden.map((r) => r.id)).toEqual([first.ids[0]]);
    }
  });

  it('a decision made offline on the unreviewed record after another was stored is kept too (approve, then a later return)', async () => {
    const visit = await worker1Visit();
    const approve = await decide(secretary1, decision('approve', visit));
    const later = await decide(secretary2, { ...decision('return', visit), decidedAt: new Date(Date.now() + 1000).toISOString() });
    expect([approve.results, later.results]).toEqual([[APPLIED], [APPLIED]]);
    expect(standingOf(await pulledReviews(worker1, visit.id))).toMatchObject({ state: 'returned', overridden: [{ id: approve.ids[0] }] });
  });
});

describe('who reads reviews', () => {
  it('worker1 pulls the reviews of their records (a gate entry’s too); worker2 does not; a volunteer pulls none', async () => {
    const visit = await worker1Visit();
    const entry = await pushed(worker1.api, 'checkpoint_entry', aCheckpointEntry({ checkpointId: server.demo.checkpointIds[0]!, at: new Date().toISOString() }));
    const { ids } = await decide(secretary1, decision('approve', visit), decision('return', { entity: 'checkpoint_entry', id: entry, by: worker1.id }));
    const theirs = { id: await visitBy(worker2, households.worker2), by: worker2.id };
    const { ids: [ofWorker2] } = await decide(secretary1, decision('approve', theirs));

    const pulled = async (account: Account) => idsOf((await account.api.pullAll()).changes, 'review');
    const ofWorker1 = await pulled(worker1);
    expect(ofWorker1).toEqual(expect.arrayContaining(ids));
    expect(ofWorker1).not.toContain(ofWorker2);
    const ofWorker2Pull = await pulled(worker2);
    expect(ofWorker2Pull).toContain(ofWorker2);
    for (const id of ids) expect(ofWorker2Pull).not.toContain(id);
    expect(await pulled(volunteer1)).toEqual([]);
    expect(await pulled(secretary2)).toEqual(expect.arrayContaining([...ids, ofWorker2]));
  });
});

describe('ids in capitals', () => {
  it('a decision naming the record and its author in capitals is stored as their ids: worker1 pulls it, and the next decision finds it', async () => {
    const visit = await worker1Visit();
    const upper = { id: visit.id.toUpperCase(), by: visit.by.toUpperCase() };
    const { results, ids: [returned] } = await decide(secretary1, decision('return', upper));
    expect(results).toEqual([APPLIED]);
    expect((await findRecord(server.db, returned!))!.data).toMatchObject({ recordId: visit.id, recordBy: worker1.id });
    expect(standingOf(await pulledReviews(worker1, visit.id)).state).toBe('returned');
    expect((await decide(worker1, decision('resubmit', visit, { previousId: returned!.toUpperCase() }))).results).toEqual([APPLIED]);
    expect(standingOf(await pulledReviews(worker1, visit.id)).state).toBe('resubmitted');
  });
});
