/**
 * Fixed records for the conflict tests. 3号楼 with household 1-101 and its resident 张伟. Four
 * conflicts, newest first: the household's notes (earlier empty, the record holds the later value),
 * its phone (the record holds the later 139…), the building's name (the record holds neither: renamed
 * since) and the resident's name (already seen, 张伟 kept).
 */
import type { LocalRecord } from '../../../../src/data';
import { localRecord, type FakeRecords } from '../../../fixtures/fake-data-client';

export const GRID = '0192f1b4-0000-7000-8000-0000000000a1';
export const BUILDING = '0192f1b4-0000-7000-8000-0000000000b1';
export const HOUSEHOLD = '0192f1b4-0000-7000-8000-000000000101';
export const RESIDENT = '0192f1b4-0000-7000-8000-0000000002e1';
export const NOTES = '0192f1b4-0000-7000-8000-0000000006c1';
export const PHONE = '0192f1b4-0000-7000-8000-0000000006c2';
export const NAME = '0192f1b4-0000-7000-8000-0000000006c3';
export const SEEN = '0192f1b4-0000-7000-8000-0000000006c4';

type ConflictFields = Omit<LocalRecord<'conflict'>, 'id' | 'version' | '_sync'>;

export function conflict(id: string, fields: Partial<ConflictFields> & Pick<ConflictFields, 'entity' | 'recordId' | 'field' | 'serverValue' | 'clientValue' | 'at'>): LocalRecord<'conflict'> {
  return localRecord('conflict', id, { userId: '0192f1b4-0000-7000-8000-000000000002', userName: '李强', deviceId: 'phone-2', ...fields });
}

export function conflictRecords(): FakeRecords {
  return {
    building: [localRecord('building', BUILDING, { gridId: GRID, name: '3栋', units: 2, floors: 6, sealed: false })],
    household: [localRecord('household', HOUSEHOLD, { buildingId: BUILDING, unit: '1', room: '101', status: 'occupied', phone: '13900139000', notes: '独居老人' })],
    resident: [localRecord('resident', RESIDENT, { householdId: HOUSEHOLD, name: '张伟', tags: [] })],
    conflict: [
      conflict(PHONE, { entity: 'household', recordId: HOUSEHOLD, field: 'phone', serverValue: '13800138000', clientValue: '13900139000', at: '2026-11-25T01:00:00.000Z' }),
      conflict(NAME, { entity: 'building', recordId: BUILDING, field: 'name', serverValue: '3号楼', clientValue: '三号楼', at: '2026-11-24T08:00:00.000Z', userName: '王芳' }),
      conflict(NOTES, { entity: 'household', recordId: HOUSEHOLD, field: 'notes', serverValue: null, clientValue: '独居老人', at: '2026-11-25T02:00:00.000Z' }),
      conflict(SEEN, {
        entity: 'resident',
        recordId: RESIDENT,
        field: 'name',
        serverValue: '张伟',
        clientValue: '张玮',
        at: '2026-11-23T08:00:00.000Z',
        seenAt: '2026-11-23T09:00:00.000Z',
        kept: 'earlier',
      }),
    ],
  };
}
