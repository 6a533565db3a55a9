/**
 * The retention purge (issue 18): synced visits, gate entries, shift notes and fever reports older than
 * the window, and residents who moved out more than 30 days ago, leave the phone; unsent records
 * (pending or refused), what unsent work names and records with an open return stay; nothing else is
 * touched.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { GridwalkDataClient } from '../../../../src/data/create-data-client';
import type { StoredRecord } from '../../../../src/data/db/stored-record';
import { purgeDue, purgeExpiredRecords, PURGE_INTERVAL_MS } from '../../../../src/data/storage/retention-purge';
import type { EntityName } from '../../../../src/domain/entities/entity-names';
import { addDays, localDateOf } from '../../../../src/shared/local-date';
import {
  aCheckpointEntry,
  aFeverReport,
  aHomeMonitoring,
  aHousehold,
  aResident,
  aReview,
  aShiftNote,
  aVisit,
} from '../../../fixtures/domain-records';
import { testUser } from '../support/fake-sync-server';
import { disposeClients, signedInClient } from '../support/test-client';

afterEach(disposeClients);

const NOW = Date.parse('2026-11-30T02:00:00Z');
const DAY = 86_400_000;
const TODAY = localDateOf(new Date(NOW));

/** The ISO time `days` before NOW, written with the offset given (minutes east of UTC). */
function daysBefore(days: number, offsetMinutes = 0): string {
  const local = new Date(NOW - days * DAY + offsetMinutes * 60_000).toISOString().slice(0, 19);
  if (offsetMinutes === 0) return `${local}Z`;
  const abs = Math.abs(offsetMinutes);
  return `${local}${offsetMinutes > 0 ? '+' : '-'}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

let seq = 0;
const newId = () => `0190a000-0000-7000-8000-${String(++seq).padStart(12, '0')}`;

/** A record as a pull leaves it on the phone. */
function pulled(fields: Record<string, unknown>, sync: StoredRecord['_sync'] = 'synced'): StoredRecord {
  return { ...fields, id: newId(), version: 1, _sync: sync };
}

async function store(client: GridwalkDataClient, entity: EntityName, ...rows: StoredRecord[]): Promise<void> {
  await client.db.records(entity).bulkPut(rows);
}

async function idsOf(client: GridwalkDataClient, entity: EntityName): Promise<string[]> {
  return (await client.db.records(entity).toCollection().primaryKeys()).sort();
}

const purge = (client: GridwalkDataClient, retentionDays = 30) => purgeExpiredRecords(client.db, { userId: testUser.id, retentionDays, now: NOW });

describe('the retention purge', () => {
  it('removes synced visits, gate entries, shift notes and fever reports past the window, whatever their offset, and keeps recent ones', async () => {
    const { client } = await signedInClient();
    const oldVisit = pulled(aVisit({ visitedAt: daysBefore(31) }));
    const oldVisitInShanghai = pulled(aVisit({ visitedAt: daysBefore(30.1, 480) }));
    const recentVisit = pulled(aVisit({ visitedAt: daysBefore(29.9, 480) }));
    const oldVisitInHonolulu = pulled(aVisit({ visitedAt: daysBefore(30.2, -600) }));
    const oldEntry = pulled(aCheckpointEntry({ at: daysBefore(45, 480) }));
    const recentEntry = pulled(aCheckpointEntry({ at: daysBefore(2, 480) }));
    const oldNote = pulled(aShiftNote({ shiftStart: daysBefore(40, 480) }));
    const recentNote = pulled(aShiftNote({ shiftStart: daysBefore(1, 480) }));
    const oldReport = pulled(aFeverReport({ reportedAt: daysBefore(31, 480) }));
    const recentReport = pulled(aFeverReport({ reportedAt: daysBefore(10, 480) }));
    await store(client, 'visit', oldVisit, oldVisitInShanghai, recentVisit, oldVisitInHonolulu);
    await store(client, 'checkpoint_entry', oldEntry, recentEntry);
    await store(client, 'shift_note', oldNote, recentNote);
    await store(client, 'fever_report', oldReport, recentReport);

    const result = await purge(client);

    expect(result?.removed).toEqual({ visit: 3, checkpoint_entry: 1, shift_note: 1, fever_report: 1, resident: 0 });
    expect(await idsOf(client, 'visit')).toEqual([recentVisit.id]);
    expect(await idsOf(client, 'checkpoint_entry')).toEqual([recentEntry.id]);
    expect(await idsOf(client, 'shift_note')).toEqual([recentNote.id]);
    expect(await idsOf(client, 'fever_report')).toEqual([recentReport.id]);
  });

  it('keeps unsent records of any age: saved here and not sent, or refused by the server', async () => {
    const { client } = await signedInClient();
    const pending = pulled(aVisit({ visitedAt: daysBefore(60) }), 'pending');
    const refused = pulled(aFeverReport({ reportedAt: daysBefore(60) }), 'rejected');
    await store(client, 'visit', pending);
    await store(client, 'fever_report', refused);
    // Saved on this phone two months ago, never sent: a visit, a gate entry, a shift note.
    const unsentVisit = await client.create('visit', aVisit({ visitedAt: daysBefore(59) }));
    const unsentEntry = await client.create('checkpoint_entry', aCheckpointEntry({ at: daysBefore(59) }));
    const unsentNote = await client.create('shift_note', aShiftNote({ shiftStart: daysBefore(59) }));
    // A synced visit with a void waiting to be sent.
    const voided = pulled(aVisit({ visitedAt: daysBefore(50) }));
    await store(client, 'visit', voided);
    await client.voidRecord('visit', voided.id, '录错了户');

    const result = await purge(client);

    expect(result?.removed).toEqual({ visit: 0, checkpoint_entry: 0, shift_note: 0, fever_report: 0, resident: 0 });
    expect(await idsOf(client, 'visit')).toEqual([pending.id, unsentVisit, voided.id].sort());
    expect(await idsOf(client, 'fever_report')).toEqual([refused.id]);
    expect(await idsOf(client, 'checkpoint_entry')).toEqual([unsentEntry]);
    expect(await idsOf(client, 'shift_note')).toEqual([unsentNote]);
    expect(await client.db.outbox.count()).toBe(4);
  });

  it('keeps a record an unsent change names: the moved-out resident an unsent visit checked', async () => {
    const { client } = await signedInClient();
    const household = pulled(aHousehold());
    const checked = pulled(aResident({ householdId: household.id, movedOutOn: addDays(TODAY, -40) }));
    const other = pulled(aResident({ householdId: household.id, name: '李四', movedOutOn: addDays(TODAY, -40) }));
    await store(client, 'household', household);
    await store(client, 'resident', checked, other);
    await client.create('visit', aVisit({ householdId: household.id, visitedAt: daysBefore(35), checks: [{ residentId: checked.id, symptoms: [] }] }));

    const result = await purge(client);

    expect(result?.removed.resident).toBe(1);
    expect(await idsOf(client, 'resident')).toEqual([checked.id]);
    expect(await idsOf(client, 'visit')).toHaveLength(1);
  });

  it('keeps a visit returned for correction until the return is accepted', async () => {
    const { client } = await signedInClient();
    const returned = pulled(aVisit({ visitedAt: daysBefore(40) }));
    const resubmitted = pulled(aVisit({ visitedAt: daysBefore(40) }));
    const accepted = pulled(aVisit({ visitedAt: daysBefore(40) }));
    await store(client, 'visit', returned, resubmitted, accepted);
    const decision = (recordId: string, decision: 'return' | 'resubmit' | 'accept', previousId?: string, days = 35) =>
      pulled(aReview({ recordId, decision, decidedAt: daysBefore(days), ...(previousId ? { previousId } : {}) }));
    const returnOf = (recordId: string) => decision(recordId, 'return');
    const [r1, r2, r3] = [returnOf(returned.id), returnOf(resubmitted.id), returnOf(accepted.id)];
    const s2 = decision(resubmitted.id, 'resubmit', r2!.id, 34);
    const s3 = decision(accepted.id, 'resubmit', r3!.id, 34);
    const a3 = decision(accepted.id, 'accept', s3.id, 33);
    await store(client, 'review', r1!, r2!, r3!, s2, s3, a3);

    await purge(client);

    expect(await idsOf(client, 'visit')).toEqual([returned.id, resubmitted.id].sort());
    // The decisions themselves are not the purge's.
    expect(await client.db.records('review').count()).toBe(6);
  });

  it('keeps the correction sent for an open return, and the fever report an open monitoring started from', async () => {
    const { client } = await signedInClient();
    const returned = pulled(aVisit({ visitedAt: daysBefore(40) }));
    const correction = pulled(aVisit({ visitedAt: daysBefore(38) }));
    await store(client, 'visit', returned, correction);
    const sentBack = pulled(aReview({ recordId: returned.id, decision: 'return', decidedAt: daysBefore(39) }));
    const resubmit = pulled(aReview({ recordId: returned.id, decision: 'resubmit', decidedAt: daysBefore(38), previousId: sentBack.id, correctionId: correction.id }));
    await store(client, 'review', sentBack, resubmit);
    const fromOpen = pulled(aFeverReport({ reportedAt: daysBefore(45) }));
    const fromEnded = pulled(aFeverReport({ reportedAt: daysBefore(45) }));
    await store(client, 'fever_report', fromOpen, fromEnded);
    const start = { startDate: addDays(TODAY, -45), startedAt: daysBefore(45) };
    await store(
      client,
      'home_monitoring',
      pulled(aHomeMonitoring({ ...start, days: 60, feverReportId: fromOpen.id })),
      pulled(aHomeMonitoring({ ...start, feverReportId: fromEnded.id, endedOn: addDays(TODAY, -31), endKind: 'released' })),
    );

    await purge(client);

    expect(await idsOf(client, 'visit')).toEqual([returned.id, correction.id].sort());
    expect(await idsOf(client, 'fever_report')).toEqual([fromOpen.id]);
  });

  it('removes residents who moved out more than 30 days ago once synced, whatever the window', async () => {
    const { client } = await signedInClient();
    const stays = pulled(aResident({ name: '住着' }));
    const movedOut30 = pulled(aResident({ name: '三十天', movedOutOn: addDays(TODAY, -30) }));
    const movedOut31 = pulled(aResident({ name: '三十一天', movedOutOn: addDays(TODAY, -31) }));
    const movedOutLongAgo = pulled(aResident({ name: '很久', movedOutOn: '2020-05-01' }));
    const movedOutUnsent = pulled(aResident({ name: '未发送', movedOutOn: addDays(TODAY, -90) }), 'pending');
    await store(client, 'resident', stays, movedOut30, movedOut31, movedOutLongAgo, movedOutUnsent);

    const result = await purge(client, 7);

    expect(result?.removed.resident).toBe(2);
    expect(await idsOf(client, 'resident')).toEqual([stays.id, movedOut30.id, movedOutUnsent.id].sort());
  });

  it('touches nothing else: households, reviews, monitoring, old daily records stay', async () => {
    const { client } = await signedInClient();
    const household = pulled(aHousehold());
    const monitoring = pulled(aHomeMonitoring({ startDate: addDays(TODAY, -90), startedAt: daysBefore(90) }));
    const review = pulled(aReview({ decidedAt: daysBefore(90) }));
    await store(client, 'household', household);
    await store(client, 'home_monitoring', monitoring);
    await store(client, 'review', review);

    await purge(client);

    expect(await idsOf(client, 'household')).toEqual([household.id]);
    expect(await idsOf(client, 'home_monitoring')).toEqual([monitoring.id]);
    expect(await idsOf(client, 'review')).toEqual([review.id]);
  });

  it('purges nothing for a user who is no longer signed in', async () => {
    const { client } = await signedInClient();
    const old = pulled(aVisit({ visitedAt: daysBefore(60) }));
    await store(client, 'visit', old);

    expect(await purgeExpiredRecords(client.db, { userId: 'someone-else', retentionDays: 30, now: NOW })).toBeNull();
    expect(await idsOf(client, 'visit')).toEqual([old.id]);
  });
});

describe('when a purge is due', () => {
  const last = { at: new Date(NOW).toISOString(), retentionDays: 30, removed: { visit: 0, fever_report: 0, checkpoint_entry: 0, shift_note: 0, resident: 0 } };

  it('is due first, then not again until the interval has passed', () => {
    expect(purgeDue(undefined, NOW, 30)).toBe(true);
    expect(purgeDue(last, NOW + PURGE_INTERVAL_MS - 1, 30)).toBe(false);
    expect(purgeDue(last, NOW + PURGE_INTERVAL_MS, 30)).toBe(true);
  });

  it('is due at once when the server changed the window, or the clock went back', () => {
    expect(purgeDue(last, NOW + 1, 7)).toBe(true);
    expect(purgeDue(last, NOW - DAY, 30)).toBe(true);
  });
});
