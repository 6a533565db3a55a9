/** Records, people and a fake client for the review screens' tests. */
import type { LocalRecord } from '../../../../src/data';
import type { EntityData, NewRecord, RecordMeta } from '../../../../src/domain/entities/entity-record';
import { aCheckpointEntry, aFeverReport, aReview, aVisit } from '../../../fixtures/domain-records';
import { createFakeDataClient, demoUser, localRecord, type FakeRecords } from '../../../fixtures/fake-data-client';

export const GRID = demoUser.gridIds[0]!;
export const OTHER_GRID = '0192f1b4-0000-7000-8000-0000000000a2';
export const BUILDING = '0192f1b4-0000-7000-8000-0000000000b1';
export const OTHER_BUILDING = '0192f1b4-0000-7000-8000-0000000000b2';
export const HOUSEHOLD = '0192f1b4-0000-7000-8000-0000000000c1';
export const OTHER_HOUSEHOLD = '0192f1b4-0000-7000-8000-0000000000c2';
export const RESIDENT = '0192f1b4-0000-7000-8000-0000000000d1';
export const CHECKPOINT = '0192f1b4-0000-7000-8000-0000000000e1';
export const WORKER = demoUser.id;
export const OTHER_WORKER = '0192f1b4-0000-7000-8000-000000000002';

export const worker = demoUser;
export const secretary = { ...demoUser, id: '0192f1b4-0000-7000-8000-000000000099', username: 'secretary1', displayName: '张书记', role: 'secretary' as const, gridIds: [] };

export const recordId = (n: number) => `0192f1b4-5555-7000-8000-${String(n).padStart(12, '0')}`;
export const reviewId = (n: number) => `0192f1b4-6666-7000-8000-${String(n).padStart(12, '0')}`;

/** An ISO time `hours` before now (records and reviews of the last days, inside the queue's window). */
export function hoursAgo(hours: number): string {
  return new Date(Date.now() - hours * 3_600_000).toISOString();
}

type Meta = Partial<RecordMeta>;

export function visit(n: number, fields: Partial<EntityData<'visit'>> & Meta = {}): LocalRecord<'visit'> {
  return localRecord('visit', recordId(n), { ...aVisit({ householdId: HOUSEHOLD, checks: [{ residentId: RESIDENT, symptoms: [] }] }), createdBy: WORKER, ...fields });
}

export function feverReport(n: number, fields: Partial<EntityData<'fever_report'>> & Meta = {}): LocalRecord<'fever_report'> {
  return localRecord('fever_report', recordId(n), { ...aFeverReport({ householdId: HOUSEHOLD, residentId: RESIDENT }), createdBy: WORKER, ...fields });
}

export function gateEntry(n: number, fields: Partial<EntityData<'checkpoint_entry'>> & Meta = {}): LocalRecord<'checkpoint_entry'> {
  return localRecord('checkpoint_entry', recordId(n), { ...aCheckpointEntry({ checkpointId: CHECKPOINT }), createdBy: WORKER, ...fields });
}

/** A review of record n (a return by the secretary unless overridden). */
export function review(n: number, of: number, fields: Partial<EntityData<'review'>> = {}): LocalRecord<'review'> {
  return localRecord('review', reviewId(n), {
    ...aReview({ recordId: recordId(of), recordBy: WORKER, deciderName: '张书记' }),
    ...fields,
  });
}

export const places: FakeRecords = {
  grid: [
    localRecord('grid', GRID, { communityId: demoUser.communityId ?? '', name: '一网格' }),
    localRecord('grid', OTHER_GRID, { communityId: demoUser.communityId ?? '', name: '二网格' }),
  ],
  building: [
    localRecord('building', BUILDING, { gridId: GRID, name: '1栋', units: 2, floors: 6, sealed: false }),
    localRecord('building', OTHER_BUILDING, { gridId: OTHER_GRID, name: '9栋', units: 2, floors: 6, sealed: false }),
  ],
  household: [
    localRecord('household', HOUSEHOLD, { buildingId: BUILDING, unit: '2', room: '501', status: 'occupied' }),
    localRecord('household', OTHER_HOUSEHOLD, { buildingId: OTHER_BUILDING, unit: '1', room: '101', status: 'occupied' }),
  ],
  resident: [localRecord('resident', RESIDENT, { householdId: HOUSEHOLD, name: '张三丰', tags: [] })],
  checkpoint: [localRecord('checkpoint', CHECKPOINT, { communityId: demoUser.communityId ?? '', name: '东门' })],
  device_sync: [
    localRecord('device_sync', '0192f1b4-0000-7000-8000-0000000000f1', { userId: WORKER, userName: '王芳', role: 'grid_worker', gridIds: [GRID], deviceId: 'phone-1' }),
    localRecord('device_sync', '0192f1b4-0000-7000-8000-0000000000f2', { userId: OTHER_WORKER, userName: '李强', role: 'grid_worker', gridIds: [OTHER_GRID], deviceId: 'phone-2' }),
  ],
};

/** A fake client over the places and these records, signed in as `user`. */
export function clientWith(records: FakeRecords, user: typeof worker | typeof secretary = secretary) {
  const stored: FakeRecords = { visit: [], fever_report: [], checkpoint_entry: [], review: [], ...structuredClone(places), ...structuredClone(records) };
  return createFakeDataClient({ records: stored, session: { user } });
}

/** The reviews a createMany call wrote (the mock's list is typed as any kind's). */
export function reviewsIn(list: readonly object[]): NewRecord<'review'>[] {
  return list.filter((record): record is NewRecord<'review'> => 'decision' in record && 'recordId' in record);
}
