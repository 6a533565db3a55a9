import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GridwalkDb } from '../../../../src/data/db/schema';
import { householdCountsByBuilding } from '../../../../src/data/queries/record-ids-query';
import { runCountsQuery } from '../../../../src/data/queries/run-ids-query';
import { createFakeDataClient, localRecord } from '../../../fixtures/fake-data-client';

const [A, B, EMPTY] = ['0192f1b4-0000-7000-8000-0000000000b1', '0192f1b4-0000-7000-8000-0000000000b2', '0192f1b4-0000-7000-8000-0000000000b3'];
const household = (n: number, buildingId: string) =>
  localRecord('household', `0192f1b4-0000-7000-8000-${String(n).padStart(12, '0')}`, { buildingId, unit: '1', room: String(100 + n), status: 'occupied' });
const households = [household(1, A), household(2, A), household(3, A), household(4, B)];

let db: GridwalkDb;
beforeEach(async () => {
  db = new GridwalkDb(`counts-${crypto.randomUUID()}`);
  await db.records('household').bulkPut(households);
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

describe('household counts by building', () => {
  it('counts each named building’s households on the index, a building without households as 0', async () => {
    const counts = await runCountsQuery(db, householdCountsByBuilding([B, A, EMPTY]));
    expect(Object.fromEntries(counts)).toEqual({ [A]: 3, [B]: 1, [EMPTY]: 0 });
  });

  it('answers the same on the in-memory client of the component tests', async () => {
    const client = createFakeDataClient({ records: { household: households } });
    expect(Object.fromEntries(await client.countByValue(householdCountsByBuilding([A, B, EMPTY])))).toEqual({ [A]: 3, [B]: 1, [EMPTY]: 0 });
  });
});
