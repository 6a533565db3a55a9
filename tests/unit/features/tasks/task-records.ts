/** Records, people and a validating fake client for the tasks screens' tests. */
import { vi } from 'vitest';
import type { LocalRecord } from '../../../../src/data';
import type { EntityData } from '../../../../src/domain/entities/entity-record';
import { createFakeDataClient, demoUser, localRecord, storeCreate, storePatch, type FakeRecords } from '../../../fixtures/fake-data-client';

export const GRID_A = demoUser.gridIds[0]!;
const COMMUNITY = '0192f1b4-0000-7000-8000-0000000000c1';
export const GRID_B = '0192f1b4-0000-7000-8000-0000000000a2';
export const BUILDING_A = '0192f1b4-0000-7000-8000-0000000000b1';
export const BUILDING_B = '0192f1b4-0000-7000-8000-0000000000b2';
export const HOUSEHOLD = '0192f1b4-0000-7000-8000-000000000101';
export const HOUSEHOLD_B = '0192f1b4-0000-7000-8000-000000000201';
export const RESIDENT = '0192f1b4-0000-7000-8000-0000000000e1';
export const NEW_ID = '0192f1b4-9999-7000-8000-000000000001';
export const taskId = (n: number) => `0192f1b4-7777-7000-8000-${String(n).padStart(12, '0')}`;

/** worker1 (王芳, grid A: the demo user), worker2 (李强, grid B) and the secretary. */
export const worker1 = demoUser;
export const worker2 = { ...demoUser, id: '0192f1b4-0000-7000-8000-000000000002', username: 'worker2', displayName: '李强', gridIds: [GRID_B] };
export const secretary = { ...demoUser, id: '0192f1b4-0000-7000-8000-000000000099', username: 'secretary1', displayName: '张书记', role: 'secretary' as const, gridIds: [] };

const HOUR = 3_600_000;
/** An ISO time `hours` from now (negative: before). */
export const fromNow = (hours: number) => new Date(Date.now() + hours * HOUR).toISOString();

function deviceSync(n: number, user: typeof worker1, lastPullAt: string) {
  return localRecord('device_sync', `0192f1b4-5555-7000-8000-00000000000${n}`, {
    userId: user.id,
    userName: user.displayName,
    role: user.role,
    gridIds: user.gridIds,
    deviceId: `phone-${n}`,
    lastPullAt,
  });
}

export function baseRecords(): FakeRecords {
  return {
    grid: [
      localRecord('grid', GRID_A, { communityId: COMMUNITY, name: '第一网格' }),
      localRecord('grid', GRID_B, { communityId: COMMUNITY, name: '第二网格' }),
    ],
    building: [
      localRecord('building', BUILDING_A, { gridId: GRID_A, name: '1栋', units: 2, floors: 6, sealed: false }),
      localRecord('building', BUILDING_B, { gridId: GRID_B, name: '7栋', units: 2, floors: 6, sealed: false }),
    ],
    household: [
      localRecord('household', HOUSEHOLD, { buildingId: BUILDING_A, unit: '2', room: '501', status: 'occupied' }),
      localRecord('household', HOUSEHOLD_B, { buildingId: BUILDING_B, unit: '1', room: '302', status: 'occupied' }),
    ],
    resident: [localRecord('resident', RESIDENT, { householdId: HOUSEHOLD, name: '张三丰', tags: [] })],
    visit: [],
    fever_report: [],
    // Two phones of worker1 (one person in the list) and worker2's; the secretary's own phone is no assignee.
    device_sync: [
      deviceSync(1, worker1, fromNow(-30)),
      deviceSync(2, worker1, fromNow(-1)),
      deviceSync(3, worker2, fromNow(-2)),
      deviceSync(4, secretary, fromNow(-1)),
    ],
    task: [],
  };
}

/** A stored task (open, a visit again of the household for worker1, due in a day) with any field changed. */
export function task(n: number, fields: Partial<EntityData<'task'>> = {}): LocalRecord<'task'> {
  return localRecord('task', taskId(n), {
    kind: 'visit_again',
    targetType: 'household',
    targetId: HOUSEHOLD,
    assigneeId: worker1.id,
    assigneeName: worker1.displayName,
    assignedAt: fromNow(-48),
    dueAt: fromNow(24),
    state: 'open',
    ...fields,
  });
}

/**
 * A fake client over these records (plus `records`) signed in as `user`, whose create and patch
 * validate with the real domain schemas and store the result, as the data layer does.
 */
export function tasksClient(user: typeof worker1 | typeof secretary, records: FakeRecords = {}) {
  const stored: FakeRecords = baseRecords();
  Object.assign(stored, structuredClone(records));
  const client = createFakeDataClient({ records: stored, session: { user } });
  const create = vi.mocked(client.create);
  create.mockImplementation(async (entity, data) => storeCreate(stored, entity, NEW_ID, data).id);
  const patch = vi.mocked(client.patch);
  patch.mockImplementation(async (entity, id, changes) => storePatch(stored, entity, id, changes));
  return { client, create, patch, stored };
}

/** One field of a written record or patch, as the test reads it back from the mock's call. */
export function fieldOf(data: object, name: string): unknown {
  return Object.entries(data).find(([key]) => key === name)?.[1];
}
