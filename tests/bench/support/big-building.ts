/**
 * The bench's one big building (not part of the demo seed): 2,000 households by default
 * (4 units × 50 floors × 10 rooms, rooms "101" … "5010"), each with demo residents, inserted into the
 * server's database like seedDemo does, so the browser receives it through its normal first pull.
 */
import type { Database } from '../../../src/server/db/database';
import { demoHousehold } from '../../../src/server/seed/demo-people';
import { Prng } from '../../../src/server/seed/prng';
import { insertRecords, metaForAll, type NewRecord, type ScopeColumns } from '../../../src/server/sync/record-store';
import { uuidv7 } from '../../../src/shared/uuid-v7';

export interface BigBuildingSpec {
  communityId: string;
  gridId: string;
  name?: string;
  units?: number;
  floors?: number;
  roomsPerFloor?: number;
  seed?: number;
}

export interface BigBuilding {
  id: string;
  name: string;
  households: number;
  residents: number;
}

const SYSTEM = 'system';

export async function addBigBuilding(db: Database, spec: BigBuildingSpec): Promise<BigBuilding> {
  const { communityId, gridId, name = '综合楼', units = 4, floors = 50, roomsPerFloor = 10 } = spec;
  const rng = new Prng(spec.seed ?? 4_2000);
  const now = new Date();
  const records: NewRecord[] = [];
  const add = (entity: string, id: string, data: Record<string, unknown>, columns: ScopeColumns) => {
    records.push({ id, entity, data, fieldMeta: metaForAll(data, 1, SYSTEM), createdBy: SYSTEM, ...columns });
  };
  const id = uuidv7();
  add(
    'building',
    id,
    { gridId, name, address: `幸福里小区${name}`, units, floors, sealed: false },
    { community_id: communityId, grid_id: gridId, building_id: id, household_id: null },
  );
  let households = 0;
  let residents = 0;
  for (let unit = 1; unit <= units; unit++) {
    for (let floor = 1; floor <= floors; floor++) {
      for (let room = 1; room <= roomsPerFloor; room++) {
        const householdId = uuidv7();
        const columns = { community_id: communityId, grid_id: gridId, building_id: id, household_id: householdId };
        const { residents: people, ...fields } = demoHousehold(rng, now);
        add('household', householdId, { buildingId: id, unit: String(unit), room: `${floor}${String(room).padStart(2, '0')}`, ...fields }, columns);
        for (const person of people) add('resident', uuidv7(), { householdId, ...person }, columns);
        households++;
        residents += people.length;
      }
    }
  }
  await db.transaction((tx) => insertRecords(tx, records));
  return { id, name, households, residents };
}
