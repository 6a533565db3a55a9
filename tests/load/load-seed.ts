/**
 * The world the phones work in: communities with a checkpoint, grids and buildings (through the admin
 * command's code, as an operator sets them up), households and residents with the demo seed's
 * plausible people (pushed over HTTP by an admin account), and one grid worker account per phone.
 * Phones are dealt round the communities, then round the grids of each: several phones share a
 * community, and a grid when there are more phones than grids, so they contend for the same records.
 */
import { randomBytes } from 'node:crypto';
import { createSystemRecord } from '../../src/server/admin/system-records';
import { createUser } from '../../src/server/auth/users';
import type { Database } from '../../src/server/db/database';
import { demoHousehold } from '../../src/server/seed/demo-people';
import type { Prng } from '../../src/server/seed/prng';
import { MAX_MUTATIONS_PER_PUSH, type Mutation } from '../../src/domain/sync-protocol';
import { uuidv7 } from '../../src/shared/uuid-v7';
import type { LocalHttp } from './load-http';
import type { LoadOptions } from './load-options';

export interface SeededResident {
  id: string;
  name: string;
}

export interface SeededHousehold {
  id: string;
  buildingId: string;
  residents: SeededResident[];
}

export interface SeededGrid {
  id: string;
  communityId: string;
  buildingIds: string[];
  /** Occupied households with at least one resident: the doors a worker knocks on. */
  households: SeededHousehold[];
}

export interface PhoneAccount {
  index: number;
  username: string;
  userId: string;
  deviceId: string;
  communityId: string;
  grid: SeededGrid;
}

export interface SeededWorld {
  password: string;
  grids: SeededGrid[];
  phones: PhoneAccount[];
  counts: { communities: number; grids: number; buildings: number; households: number; residents: number };
}

const UNITS = 2;
const ROOMS_PER_FLOOR = 2;

interface CommunityWork {
  grids: SeededGrid[];
  mutations: Mutation[];
  households: number;
  residents: number;
}

function createMutation(entity: string, id: string, data: Record<string, unknown>): Mutation {
  return { mutationId: uuidv7(), entity, op: 'create', id, data, recordedAt: new Date().toISOString() };
}

/** Households and residents of one building, as pushes; the knockable ones are added to the grid. */
function peopleOf(grid: SeededGrid, buildingId: string, floors: number, rng: Prng, now: Date, work: CommunityWork): void {
  for (let unit = 1; unit <= UNITS; unit++) {
    for (let floor = 1; floor <= floors; floor++) {
      for (let room = 1; room <= ROOMS_PER_FLOOR; room++) {
        const { residents, ...fields } = demoHousehold(rng, now);
        const householdId = uuidv7();
        const roomLabel = `${floor}${String(room).padStart(2, '0')}`;
        work.mutations.push(createMutation('household', householdId, { buildingId, unit: String(unit), room: roomLabel, ...fields }));
        work.households += 1;
        const seeded: SeededResident[] = [];
        for (const resident of residents) {
          const id = uuidv7();
          work.mutations.push(createMutation('resident', id, { householdId, ...resident }));
          seeded.push({ id, name: resident.name });
        }
        work.residents += residents.length;
        if (fields.status === 'occupied' && seeded.length > 0) grid.households.push({ id: householdId, buildingId, residents: seeded });
      }
    }
  }
}

async function setUpCommunity(db: Database, c: number, options: LoadOptions, rng: Prng): Promise<CommunityWork> {
  const now = new Date();
  const communityId = await createSystemRecord(db, 'community', {
    name: `负载测试${c + 1}社区`,
    street: '东湖街道',
    district: '武昌区',
    city: '武汉市',
  });
  await createSystemRecord(db, 'checkpoint', { communityId, name: '东门卡口' });
  const work: CommunityWork = { grids: [], mutations: [], households: 0, residents: 0 };
  for (let g = 0; g < options.gridsPerCommunity; g++) {
    const gridId = await createSystemRecord(db, 'grid', { communityId, name: `第${g + 1}网格` });
    const grid: SeededGrid = { id: gridId, communityId, buildingIds: [], households: [] };
    for (let b = 0; b < options.buildingsPerGrid; b++) {
      const name = `${g + 1}-${b + 1}栋`;
      const buildingId = await createSystemRecord(db, 'building', {
        gridId,
        name,
        address: `负载小区${name}`,
        units: UNITS,
        floors: options.floors,
        sealed: false,
      });
      grid.buildingIds.push(buildingId);
      peopleOf(grid, buildingId, options.floors, rng, now, work);
    }
    work.grids.push(grid);
  }
  return work;
}

/** Pushes one community's households and residents as the admin; every one must be applied. */
async function pushPeople(http: LocalHttp, token: string, mutations: Mutation[]): Promise<void> {
  for (let start = 0; start < mutations.length; start += MAX_MUTATIONS_PER_PUSH) {
    const batch = mutations.slice(start, start + MAX_MUTATIONS_PER_PUSH);
    const { results } = await http.push(token, { deviceId: 'load-seed', mutations: batch });
    const refused = results.find((result) => result.status !== 'applied');
    if (refused || results.length !== batch.length) {
      throw new Error(`seeding: a push was not applied: ${JSON.stringify(refused ?? { answered: results.length, sent: batch.length })}`);
    }
  }
}

async function createPhones(db: Database, grids: SeededGrid[][], options: LoadOptions, password: string): Promise<PhoneAccount[]> {
  const phones: PhoneAccount[] = [];
  for (let index = 0; index < options.phones; index++) {
    const communityGrids = grids[index % grids.length]!;
    const grid = communityGrids[Math.floor(index / grids.length) % communityGrids.length]!;
    const username = `load-phone-${index + 1}`;
    phones.push({ index, username, userId: '', deviceId: `load-device-${index + 1}`, communityId: grid.communityId, grid });
  }
  // scrypt runs on libuv's thread pool: a few at a time.
  for (let start = 0; start < phones.length; start += 8) {
    await Promise.all(
      phones.slice(start, start + 8).map(async (phone) => {
        const user = await createUser(db, {
          username: phone.username,
          displayName: `网格员 ${phone.index + 1}`,
          role: 'grid_worker',
          communityId: phone.communityId,
          gridIds: [phone.grid.id],
          password,
        });
        phone.userId = user.id;
      }),
    );
  }
  return phones;
}

export async function seedWorld(db: Database, http: LocalHttp, options: LoadOptions, rng: Prng): Promise<SeededWorld> {
  const password = randomBytes(12).toString('base64url');
  await createUser(db, { username: 'load-admin', displayName: '负载测试管理员', role: 'admin', communityId: null, password });
  const admin = await http.login('load-admin', password, 'load-seed');

  const communities: CommunityWork[] = [];
  for (let c = 0; c < options.communities; c++) communities.push(await setUpCommunity(db, c, options, rng));
  await Promise.all(communities.map((work) => pushPeople(http, admin.accessToken, work.mutations)));

  const grids = communities.map((work) => work.grids);
  const phones = await createPhones(db, grids, options, password);
  return {
    password,
    grids: grids.flat(),
    phones,
    counts: {
      communities: communities.length,
      grids: communities.length * options.gridsPerCommunity,
      buildings: communities.length * options.gridsPerCommunity * options.buildingsPerGrid,
      households: communities.reduce((sum, work) => sum + work.households, 0),
      residents: communities.reduce((sum, work) => sum + work.residents, 0),
    },
  };
}
