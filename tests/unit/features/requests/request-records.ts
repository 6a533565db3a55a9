/** Records and a validating fake client for the help request screens' tests. */
import { vi } from 'vitest';
import type { LocalRecord } from '../../../../src/data';
import type { EntityData } from '../../../../src/domain/entities/entity-record';
import { aHelpRequest } from '../../../fixtures/domain-records';
import { createFakeDataClient, demoUser, localRecord, storeCreate, storePatch, type FakeRecords } from '../../../fixtures/fake-data-client';

export const GRID = demoUser.gridIds[0]!;
export const BUILDING = '0192f1b4-0000-7000-8000-0000000000b1';
export const HOUSEHOLD = '0192f1b4-0000-7000-8000-0000000000c1';
export const RESIDENT = '0192f1b4-0000-7000-8000-0000000000d1';
export const NEW_ID = '0192f1b4-9999-7000-8000-000000000001';
export const VOLUNTEER = '0192f1b4-0000-7000-8000-0000000000f1';
export const requestId = (n: number) => `0192f1b4-7777-7000-8000-${String(n).padStart(12, '0')}`;

export const secretary = { ...demoUser, id: '0192f1b4-0000-7000-8000-000000000099', username: 'secretary1', displayName: '张书记', role: 'secretary' as const, gridIds: [] };

export const building = localRecord('building', BUILDING, { gridId: GRID, name: '1栋', units: 2, floors: 6, sealed: true, sealedSince: '2026-11-20' });
export const household = localRecord('household', HOUSEHOLD, { buildingId: BUILDING, unit: '2', room: '501', status: 'occupied', phone: '13800138000' });
export const resident = localRecord('resident', RESIDENT, { householdId: HOUSEHOLD, name: '张三丰', tags: [] });

/** A stored help request of the household (override any field, e.g. a resident's request of another room). */
export function helpRequest(n: number, fields: Partial<EntityData<'help_request'>> & { createdAt?: string; updatedAt?: string; createdBy?: string } = {}, sync: 'synced' | 'pending' = 'synced'): LocalRecord<'help_request'> {
  return localRecord('help_request', requestId(n), { ...aHelpRequest({ buildingId: BUILDING, householdId: HOUSEHOLD }), ...fields }, sync);
}

/**
 * A fake client over these records whose create and patch validate with the real domain schemas (as
 * the data layer does) and store the result, so a screen read afterwards shows it pending.
 */
export function clientWith(records: FakeRecords = {}, session: Parameters<typeof createFakeDataClient>[0] = {}) {
  const stored: FakeRecords = { building: [building], household: [household], resident: [resident], visit: [], fever_report: [], help_request: [], delivery: [], seal_period: [] };
  // Copies: a test's writes land in its own lists, never in the shared arrays the tests start from.
  Object.assign(stored, structuredClone(records));
  const client = createFakeDataClient({ records: stored, ...session });
  const create = vi.mocked(client.create);
  create.mockImplementation(async (entity, data) => storeCreate(stored, entity, NEW_ID, data).id);
  const patch = vi.mocked(client.patch);
  patch.mockImplementation(async (entity, id, changes) => storePatch(stored, entity, id, changes));
  return { client, create, patch, stored };
}
