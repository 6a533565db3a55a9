/**
 * Places, people, home monitorings and checks for the monitoring screens' tests, on a clock fixed in
 * China's time (instants written with +08:00), and a fake client whose creates and patches validate
 * with the real domain schemas and are stored, as the data layer does.
 */
import { vi } from 'vitest';
import type { LocalRecord } from '../../../../src/data';
import type { EntityData } from '../../../../src/domain/entities/entity-record';
import { createFakeDataClient, demoUser, localRecord, storeCreate, storePatch, type FakeRecords } from '../../../fixtures/fake-data-client';

export const COMMUNITY = demoUser.communityId ?? '';
export const GRID_A = demoUser.gridIds[0] ?? '';
export const GRID_B = '0192f1b4-0000-7000-8000-0000000000a2';
export const B2 = '0192f1b4-0000-7000-8000-0000000000b2';
export const B10 = '0192f1b4-0000-7000-8000-0000000000ba';
export const B7 = '0192f1b4-0000-7000-8000-0000000000b7';
export const NEW_ID = '0192f1b4-9999-7000-8000-000000000001';

/** Today 2026-11-26, 12:30 in China: the morning slot has ended, the afternoon one runs. */
export const TODAY = '2026-11-26';
export const NOON_30 = new Date('2026-11-26T12:30:00+08:00');

const hh = (n: number) => `0192f1b4-0000-7000-8000-0000000001${String(n).padStart(2, '0')}`;
const rr = (n: number) => `0192f1b4-0000-7000-8000-0000000002${String(n).padStart(2, '0')}`;
export const monitoringId = (n: number) => `0192f1b4-0000-7000-8000-0000000003${String(n).padStart(2, '0')}`;
const checkId = (n: number) => `0192f1b4-0000-7000-8000-0000000004${String(n).padStart(2, '0')}`;

/** Who lives where: resident, name, household, building, unit and room. */
export const people = {
  /** 10号楼 1-101 */
  zhao: { resident: rr(1), name: '赵一', household: hh(1), building: B10, unit: '1', room: '101' },
  /** 2号楼 2-301 */
  qian: { resident: rr(2), name: '钱二', household: hh(2), building: B2, unit: '2', room: '301' },
  /** 2号楼 1-502 */
  sun: { resident: rr(3), name: '孙三', household: hh(3), building: B2, unit: '1', room: '502' },
  /** 10号楼 1-201 */
  li: { resident: rr(4), name: '李四', household: hh(4), building: B10, unit: '1', room: '201' },
  /** 7栋 1-302 (grid B) */
  zhou: { resident: rr(5), name: '周五', household: hh(5), building: B7, unit: '1', room: '302' },
  /** 2号楼 1-101 */
  wu: { resident: rr(6), name: '吴六', household: hh(6), building: B2, unit: '1', room: '101' },
} as const;
export type Person = (typeof people)[keyof typeof people];

export function placeRecords(): FakeRecords {
  const all = Object.values(people);
  return {
    grid: [
      localRecord('grid', GRID_A, { communityId: COMMUNITY, name: '第一网格' }),
      localRecord('grid', GRID_B, { communityId: COMMUNITY, name: '第二网格' }),
    ],
    building: [
      localRecord('building', B10, { gridId: GRID_A, name: '10号楼', units: 2, floors: 6, sealed: false }),
      localRecord('building', B2, { gridId: GRID_A, name: '2号楼', units: 2, floors: 6, sealed: false }),
      localRecord('building', B7, { gridId: GRID_B, name: '7栋', units: 2, floors: 6, sealed: false }),
    ],
    household: all.map((p) => localRecord('household', p.household, { buildingId: p.building, unit: p.unit, room: p.room, status: 'occupied' })),
    resident: all.map((p) => localRecord('resident', p.resident, { householdId: p.household, name: p.name, tags: [] })),
    community_settings: [],
    fever_report: [],
    home_monitoring: [],
    monitoring_check: [],
  };
}

/** An open monitoring of `person`: 14 days from `startDate`, twice a day, started at 09:00 that day. */
export function monitoring(n: number, person: Person, startDate: string, fields: Partial<EntityData<'home_monitoring'>> = {}): LocalRecord<'home_monitoring'> {
  return localRecord('home_monitoring', monitoringId(n), {
    residentId: person.resident,
    householdId: person.household,
    reason: 'returnee',
    startDate,
    startedAt: `${startDate}T09:00:00+08:00`,
    days: 14,
    checksPerDay: 2,
    ...fields,
  });
}

let nextCheck = 0;
/** A check of `m` at `checkedAt` (written with +08:00). */
export function check(m: LocalRecord<'home_monitoring'>, checkedAt: string, temperature = 36.5): LocalRecord<'monitoring_check'> {
  nextCheck += 1;
  return localRecord('monitoring_check', checkId(nextCheck), {
    monitoringId: m.id,
    residentId: m.residentId,
    householdId: m.householdId,
    checkedAt,
    temperature,
    symptoms: [],
  });
}

/** A fake client over the places plus `records`; create (ids NEW_ID) and patch validate and store. */
export function monitoringClient(records: FakeRecords = {}, user = demoUser) {
  const stored: FakeRecords = { ...placeRecords(), ...records };
  const client = createFakeDataClient({ records: stored, session: { user } });
  const create = vi.mocked(client.create);
  create.mockImplementation(async (entity, data) => storeCreate(stored, entity, NEW_ID, data).id);
  const patch = vi.mocked(client.patch);
  patch.mockImplementation(async (entity, id, changes) => storePatch(stored, entity, id, changes));
  return { client, create, patch, stored };
}
