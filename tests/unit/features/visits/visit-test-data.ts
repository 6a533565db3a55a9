/** A small building for the visit tests, and a fake data client whose writes validate and are read back. */
import { vi } from 'vitest';
import { createFakeDataClient, localRecord, storeCreate, type FakeRecords } from '../../../fixtures/fake-data-client';

export const ids = {
  grid: '0192f1b4-0000-7000-8000-0000000000a1',
  building: '0192f1b4-0000-7000-8000-0000000000b1',
  h101: '0192f1b4-0000-7000-8000-000000000101',
  h102: '0192f1b4-0000-7000-8000-000000000102',
  h201: '0192f1b4-0000-7000-8000-000000000201',
  zhang: '0192f1b4-0000-7000-8000-0000000000e1',
  li: '0192f1b4-0000-7000-8000-0000000000e2',
  wang: '0192f1b4-0000-7000-8000-0000000000e3',
  visit: '0192f1b4-0000-7000-8000-0000000000f1',
  report: '0192f1b4-0000-7000-8000-0000000000f2',
} as const;

function household(id: string, room: string) {
  return localRecord('household', id, { buildingId: ids.building, unit: '1', room, status: 'occupied' });
}

export function baseRecords(): FakeRecords {
  return {
    building: [localRecord('building', ids.building, { gridId: ids.grid, name: '3号楼', units: 2, floors: 6, sealed: false })],
    // Stored out of walking order on purpose.
    household: [household(ids.h201, '201'), household(ids.h101, '101'), household(ids.h102, '102')],
    resident: [
      localRecord('resident', ids.zhang, { householdId: ids.h101, name: '张三', tags: [] }),
      localRecord('resident', ids.li, { householdId: ids.h101, name: '李四', tags: [] }),
      localRecord('resident', ids.wang, { householdId: ids.h101, name: '王五', tags: [], movedOutOn: '2026-01-05' }),
    ],
    visit: [],
    fever_report: [],
  };
}

/**
 * A fake client over `records`: create validates with the real domain schemas (as the data layer
 * does) and stores the record as pending, so the screens can read it back; ids are handed out in order.
 */
export function visitClient(records: FakeRecords = baseRecords()) {
  const client = createFakeDataClient({ records });
  let n = 0;
  const create = vi.mocked(client.create);
  create.mockImplementation(async (entity, data) => {
    n += 1;
    const id = `0192f1b4-0000-7000-8000-${String(n).padStart(12, '9')}`;
    storeCreate(records, entity, id, data);
    return id;
  });
  return { client, create, records };
}
