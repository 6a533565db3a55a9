/**
 * The demo community: 幸福里社区 with 3 grids, 12 buildings (one sealed, with its seal period), about
 * 600 households and 1,500 residents, two checkpoints, the community's settings (report deadline
 * 18:00) and the accounts worker1–3, secretary1 and volunteer1 (assigned to the sealed building, 1栋 of
 * worker1's grid). Above it, the street (demo-street.ts): 武昌区 › 东湖街道 with two neighbouring
 * communities, their secretaries secretary2–3 and the street officer street1.
 * `scale` multiplies the buildings (the benchmark uses ~13 for 20,000 residents); below 1 it
 * keeps 4 buildings with fewer floors, for fast tests.
 */
import { randomUUID } from 'node:crypto';
import type { Database } from '../db/database';
import { createUser } from '../auth/users';
import type { UserRole } from '../../domain/sync-protocol';
import { DEFAULT_REPORT_DEADLINE } from '../../domain/entities/community-settings';
import { uuidv7 } from '../../shared/uuid-v7';
import { insertRecords, metaForAll, type NewRecord } from '../sync/record-store';
import { demoHousehold } from './demo-people';
import { addDemoStreet, type DemoStreet } from './demo-street';
import { Prng } from './prng';

export interface DemoSeedOptions {
  password: string;
  scale?: number;
  /** PRNG seed: the same seed gives the same people. */
  seed?: number;
}

export interface DemoBuilding {
  id: string;
  gridId: string;
  name: string;
  sealed: boolean;
  households: number;
}

export interface DemoUser {
  id: string;
  username: string;
  role: UserRole;
  gridIds: string[];
}

export interface DemoSummary {
  communityId: string;
  gridIds: string[];
  buildings: DemoBuilding[];
  sealedBuildingId: string;
  checkpointIds: string[];
  households: number;
  residents: number;
  users: DemoUser[];
  usernames: string[];
  /** The district, the street and the two neighbouring communities. */
  street: Omit<DemoStreet, 'accounts'>;
}

/** [units, floors, rooms per floor and unit]: 600 households over the first 12 buildings. */
const BUILDING_SPECS: readonly (readonly [number, number, number])[] = [
  [2, 6, 2], [3, 6, 2], [2, 7, 2], [3, 7, 2], [2, 11, 4], [3, 6, 2],
  [2, 7, 3], [3, 7, 2], [2, 11, 4], [3, 6, 3], [2, 11, 3], [3, 6, 3],
];
const GRID_NAMES = ['第一网格', '第二网格', '第三网格'] as const;
/** 1栋, of the first grid (worker1's): the demo's help requests and deliveries start there. */
const SEALED_INDEX = 0;
/** The sealed building's seal began this many days ago (day 7 of 14) for this reason. */
const SEALED_DAYS_AGO = 6;
const SEAL_REASON = '楼内发现确诊病例，封控管理';
const SYSTEM = 'system';

function daysAgo(days: number, now: Date): string {
  return new Date(now.getTime() - days * 86_400_000).toISOString().slice(0, 10);
}

export async function seedDemo(db: Database, options: DemoSeedOptions): Promise<DemoSummary> {
  const scale = options.scale ?? 1;
  const rng = new Prng(options.seed ?? 20200123);
  const now = new Date();
  const records: NewRecord[] = [];
  const streetRecords: NewRecord[] = [];
  const adder = (into: NewRecord[]) => (entity: string, id: string, data: Record<string, unknown>, columns: Partial<NewRecord>) => {
    into.push({
      id,
      entity,
      data,
      fieldMeta: metaForAll(data, 1, SYSTEM),
      createdBy: SYSTEM,
      community_id: null,
      grid_id: null,
      building_id: null,
      household_id: null,
      ...columns,
    });
  };
  const add = adder(records);

  // The community's record is made with its street's id (below), and stored after its street.
  const communityId = uuidv7();
  const gridIds = GRID_NAMES.map((name) => {
    const id = uuidv7();
    add('grid', id, { communityId, name }, { community_id: communityId, grid_id: id });
    return id;
  });
  const checkpointIds = ['东门卡口', '北门卡口'].map((name) => {
    const id = uuidv7();
    add('checkpoint', id, { communityId, name }, { community_id: communityId });
    return id;
  });
  add('community_settings', uuidv7(), { communityId, reportDeadline: DEFAULT_REPORT_DEADLINE }, { community_id: communityId });

  const buildingCount = Math.max(4, Math.round(12 * scale));
  const floorFactor = scale < 1 ? Math.max(0.1, scale * 3) : 1;
  const buildings: DemoBuilding[] = [];
  let residentCount = 0;
  for (let b = 0; b < buildingCount; b++) {
    const [units, specFloors, rooms] = BUILDING_SPECS[b % BUILDING_SPECS.length]!;
    const floors = Math.max(1, Math.round(specFloors * floorFactor));
    const gridId = gridIds[b % gridIds.length]!;
    const id = uuidv7();
    const sealed = b === SEALED_INDEX;
    const name = `${b + 1}栋`;
    add(
      'building',
      id,
      { gridId, name, address: `幸福里小区${name}`, units, floors: specFloors, sealed, ...(sealed ? { sealedSince: daysAgo(SEALED_DAYS_AGO, now) } : {}) },
      { community_id: communityId, grid_id: gridId, building_id: id },
    );
    // The sealed building's seal as a period of its own (the building shows "Day <n> of 14").
    if (sealed) {
      add('seal_period', uuidv7(), { buildingId: id, startDate: daysAgo(SEALED_DAYS_AGO, now), reason: SEAL_REASON }, { community_id: communityId, grid_id: gridId, building_id: id });
    }
    let households = 0;
    for (let unit = 1; unit <= units; unit++) {
      for (let floor = 1; floor <= floors; floor++) {
        for (let room = 1; room <= rooms; room++) {
          const household = demoHousehold(rng, now);
          const householdId = uuidv7();
          const columns = { community_id: communityId, grid_id: gridId, building_id: id, household_id: householdId };
          const { residents, ...fields } = household;
          add('household', householdId, { buildingId: id, unit: String(unit), room: `${floor}${String(room).padStart(2, '0')}`, ...fields }, columns);
          for (const resident of residents) add('resident', uuidv7(), { householdId, ...resident }, columns);
          households++;
          residentCount += residents.length;
        }
      }
    }
    buildings.push({ id, gridId, name, sealed, households });
  }

  // The volunteer is assigned to the sealed building; every account has a phone (the unit posters show the grid worker's).
  const sealedId = buildings[SEALED_INDEX]!.id;
  const households = buildings.reduce((sum, b) => sum + b.households, 0);
  const { accounts: streetAccounts, ...street } = addDemoStreet(adder(streetRecords), rng, { communityId, gridIds, households }, now);
  const communityRecords: NewRecord[] = [];
  adder(communityRecords)('community', communityId, { name: '幸福里社区', streetId: street.streetId, street: '东湖街道', district: '武昌区', city: '武汉市' }, { community_id: communityId });
  const accounts: { username: string; displayName: string; role: UserRole; gridIds: string[]; phone: string; buildingIds?: string[]; communityId: string | null; streetId?: string }[] = [
    { username: 'worker1', displayName: '网格员 李娟', role: 'grid_worker', gridIds: [gridIds[0]!], phone: '13900000001', communityId },
    { username: 'worker2', displayName: '网格员 王磊', role: 'grid_worker', gridIds: [gridIds[1]!], phone: '13900000002', communityId },
    { username: 'worker3', displayName: '网格员 陈静', role: 'grid_worker', gridIds: [gridIds[2]!], phone: '13900000003', communityId },
    { username: 'secretary1', displayName: '社区书记 张建国', role: 'secretary', gridIds: [], phone: '13900000010', communityId },
    { username: 'volunteer1', displayName: '志愿者 刘晨', role: 'volunteer', gridIds: [], phone: '13900000020', buildingIds: [sealedId], communityId },
    ...streetAccounts,
  ];
  const users: DemoUser[] = [];
  await db.transaction(async (tx) => {
    // The street and district first, then the community that names its street, then the rest (feed order).
    const [district, streetRecord, ...streetRest] = streetRecords;
    await insertRecords(tx, [district!, streetRecord!, ...communityRecords, ...records, ...streetRest]);
    for (const account of accounts) {
      const user = await createUser(tx, { id: randomUUID(), ...account, password: options.password });
      users.push({ id: user.id, username: user.username, role: user.role, gridIds: user.gridIds });
    }
  });

  return {
    communityId,
    gridIds,
    buildings,
    sealedBuildingId: sealedId,
    checkpointIds,
    households,
    residents: residentCount,
    users,
    usernames: users.map((u) => u.username),
    street,
  };
}
