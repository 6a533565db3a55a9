/**
 * Help requests for the demo started by `npm start` (not for tests, which make their own): in the
 * sealed building, three open ones a grid worker took (medicine urgent, groceries, medical) and one a
 * resident sent through the unit poster, waiting for worker1 to confirm it. Written as the grid worker
 * (the resident's as 'resident'), scoped by their household like pushed requests.
 */
import type { Database } from '../db/database';
import { uuidv7 } from '../../shared/uuid-v7';
import { insertRecords, metaForAll, type NewRecord } from '../sync/record-store';

interface HouseholdRow {
  id: string;
  community_id: string;
  grid_id: string;
  building_id: string;
  unit: string;
  room: string;
  phone: string | null;
}

const REQUESTS = [
  { kind: 'medicine', needs: '降压药（硝苯地平缓释片）一盒，老人明天就吃完了', urgent: true, contactName: '王秀英', askedBy: 'grid_worker', state: 'open' },
  { kind: 'groceries', needs: '大米 5 斤、鸡蛋 1 盒、青菜', urgent: false, contactName: '刘建华', askedBy: 'grid_worker', state: 'open' },
  { kind: 'medical', needs: '透析患者，周四上午需要送医院', urgent: false, contactName: '陈桂兰', askedBy: 'grid_worker', state: 'open' },
  { kind: 'groceries', needs: '婴儿奶粉一罐（一段）', urgent: true, contactName: '赵敏', askedBy: 'resident', state: 'unconfirmed' },
] as const;

export async function seedDemoRequests(db: Database, sealedBuildingId: string, workerId: string): Promise<number> {
  const { rows } = await db.query<HouseholdRow>(
    `SELECT id, community_id, grid_id, building_id, data->>'unit' AS unit, data->>'room' AS room, data->>'phone' AS phone
       FROM records WHERE entity = 'household' AND building_id = $1 AND data->>'status' = 'occupied'
      ORDER BY data->>'unit', data->>'room' LIMIT $2`,
    [sealedBuildingId, REQUESTS.length],
  );
  const records: NewRecord[] = rows.map((household, n) => {
    const request = REQUESTS[n]!;
    const createdBy = request.askedBy === 'resident' ? 'resident' : workerId;
    const data = {
      buildingId: household.building_id,
      householdId: household.id,
      unit: household.unit,
      room: household.room,
      ...request,
      contactPhone: household.phone ?? `1390000${String(1000 + n)}`,
    };
    return {
      id: uuidv7(),
      entity: 'help_request',
      data,
      fieldMeta: metaForAll(data, 1, createdBy),
      createdBy,
      community_id: household.community_id,
      grid_id: household.grid_id,
      building_id: household.building_id,
      household_id: household.id,
    };
  });
  await db.transaction((tx) => insertRecords(tx, records));
  return records.length;
}
