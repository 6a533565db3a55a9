/** Records and a validating fake client for the household and resident screen tests. */
import { vi } from 'vitest';
import { createFakeDataClient, localRecord, storeCreate, storePatch, type FakeRecords } from '../../../fixtures/fake-data-client';

export const GRID = '0192f1b4-0000-7000-8000-0000000000a1';
export const BUILDING = '0192f1b4-0000-7000-8000-0000000000b1';
export const HOUSEHOLD = '0192f1b4-0000-7000-8000-0000000000c1';
export const NEW_ID = '0192f1b4-9999-7000-8000-000000000001';

export const building = localRecord('building', BUILDING, { gridId: GRID, name: '3号楼', units: 4, floors: 18, sealed: false });
export const household = localRecord('household', HOUSEHOLD, { buildingId: BUILDING, unit: '2', room: '501', status: 'occupied', phone: '13800138000' });

/**
 * A fake client over these records whose create and patch validate with the real domain schemas (as
 * the data layer does) and store the result, so a screen opened afterwards reads it back pending.
 */
export function clientWith(records: FakeRecords) {
  const stored: FakeRecords = { building: [building], household: [household], resident: [], visit: [], fever_report: [], ...records };
  const client = createFakeDataClient({ records: stored });
  const create = vi.mocked(client.create);
  create.mockImplementation(async (entity, data) => storeCreate(stored, entity, NEW_ID, data).id);
  const patch = vi.mocked(client.patch);
  patch.mockImplementation(async (entity, id, changes) => storePatch(stored, entity, id, changes));
  return { client, create, patch };
}
