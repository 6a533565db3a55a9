/** Records and a validating fake client for the household and resident screen tests. */
import { vi } from 'vitest';
import type { LocalRecord } from '../../../../src/data/data-client';
import { validateCreate, validatePatch } from '../../../../src/data/repositories/validation';
import type { EntityName } from '../../../../src/domain/entities/registry';
import { createFakeDataClient } from '../../../fixtures/fake-data-client';

export const GRID = '0192f1b4-0000-7000-8000-0000000000a1';
export const BUILDING = '0192f1b4-0000-7000-8000-0000000000b1';
export const HOUSEHOLD = '0192f1b4-0000-7000-8000-0000000000c1';
export const NEW_ID = '0192f1b4-9999-7000-8000-000000000001';

export function record(id: string, fields: Record<string, unknown>, sync: LocalRecord['_sync'] = 'synced'): LocalRecord {
  return { id, version: sync === 'synced' ? 1 : 0, _sync: sync, ...fields };
}

export const building = record(BUILDING, { gridId: GRID, name: '3号楼', units: 4, floors: 18, sealed: false });
export const household = record(HOUSEHOLD, { buildingId: BUILDING, unit: '2', room: '501', status: 'occupied', phone: '13800138000' });

/**
 * A fake client over these records whose create and patch validate with the real domain schemas (as
 * the data layer does) and store the result, so a screen opened afterwards reads it back pending.
 */
export function clientWith(records: Partial<Record<EntityName, LocalRecord[]>>) {
  const stored: Partial<Record<EntityName, LocalRecord[]>> = {
    building: [building],
    household: [household],
    resident: [],
    visit: [],
    fever_report: [],
    ...records,
  };
  const client = createFakeDataClient({ records: stored });
  const create = vi.mocked(client.create);
  create.mockImplementation(async (entity, data) => {
    const valid = validateCreate(entity, data);
    (stored[entity] ??= []).push(record(NEW_ID, valid, 'pending'));
    return NEW_ID;
  });
  const patch = vi.mocked(client.patch);
  patch.mockImplementation(async (entity, id, changes) => {
    const list = stored[entity] ?? [];
    const index = list.findIndex((r) => r.id === id);
    const current = list[index];
    if (!current) throw new Error('not found');
    const changed = validatePatch(entity, current, changes);
    const cleared = new Set(Object.keys(changed).filter((key) => changed[key] === null));
    const kept = Object.entries({ ...current, ...changed }).filter(([key]) => !cleared.has(key));
    list[index] = { ...(Object.fromEntries(kept) as LocalRecord), _sync: 'pending' };
  });
  return { client, create, patch };
}
