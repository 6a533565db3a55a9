/**
 * The campaign bench's testing campaign (issue 17), inserted on the server before the secretary signs
 * in: a 10-in-1 campaign over every building of the demo community, at one site, and samplings of the
 * residents of every other household of the big building (so its "Not tested" holds about half of it).
 */
import type { Database } from '../../../src/server/db/database';
import { insertRecords, metaForAll, type NewRecord } from '../../../src/server/sync/record-store';
import { todayIn } from '../../../src/shared/local-date';
import { uuidv7 } from '../../../src/shared/uuid-v7';
import type { BigBuilding } from './big-building';

const SYSTEM = 'system';

export interface SeededCampaign {
  id: string;
  name: string;
  siteId: string;
  /** Residents of the big building sampled by the seed. */
  sampled: number;
  /** Residents of the big building still to test. */
  notTested: number;
}

function record(entity: string, data: Record<string, unknown>, columns: Omit<NewRecord, 'id' | 'entity' | 'data' | 'fieldMeta' | 'createdBy'>): NewRecord {
  return { id: uuidv7(), entity, data, fieldMeta: metaForAll(data, 1, SYSTEM), createdBy: SYSTEM, ...columns };
}

export async function seedCampaign(db: Database, communityId: string, building: BigBuilding): Promise<SeededCampaign> {
  const today = todayIn('Asia/Shanghai');
  const siteId = uuidv7();
  const name = '全员核酸（测速）';
  const campaign = record(
    'testing_campaign',
    { communityId, name, startDate: today, endDate: today, sites: [{ id: siteId, name: '小区广场' }], poolSize: 10 },
    { community_id: communityId, grid_id: null, building_id: null, household_id: null },
  );
  const { rows } = await db.query<{ id: string; household_id: string; grid_id: string; moved: boolean }>(
    `SELECT id, household_id, grid_id, data ? 'movedOutOn' AS moved FROM records WHERE entity = 'resident' AND building_id = $1 ORDER BY household_id, id`,
    [building.id],
  );
  const samplings: NewRecord[] = [];
  let notTested = 0;
  const households = [...new Set(rows.map((row) => row.household_id))];
  const sampledHouseholds = new Set(households.filter((_, n) => n % 2 === 0));
  const sampledAt = new Date().toISOString();
  for (const resident of rows) {
    if (resident.moved) continue;
    if (!sampledHouseholds.has(resident.household_id)) {
      notTested += 1;
      continue;
    }
    const tubeNumber = `BENCH-${String(Math.floor(samplings.length / 10)).padStart(5, '0')}`;
    samplings.push(
      record(
        'sampling',
        { campaignId: campaign.id, residentId: resident.id, householdId: resident.household_id, sampledAt, siteId, atHome: false, tubeNumber },
        { community_id: communityId, grid_id: resident.grid_id, building_id: building.id, household_id: resident.household_id },
      ),
    );
  }
  await db.transaction((tx) => insertRecords(tx, [campaign, ...samplings]));
  return { id: campaign.id, name, siteId, sampled: samplings.length, notTested };
}
