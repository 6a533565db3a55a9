/**
 * Places, people and a testing campaign (10-in-1 pools) for the campaign screens' tests, and a fake
 * client whose creates, patches and voids validate with the real domain schemas and are stored, as the
 * data layer does. Grid A (the demo worker's) has 2号楼 and 10号楼, grid B has 7栋. Instants are
 * written with +08:00 (China).
 */
import { vi } from 'vitest';
import type { LocalRecord } from '../../../../src/data';
import type { EntityData } from '../../../../src/domain/entities/entity-record';
import { createFakeDataClient, demoUser, localRecord, storeCreate, storePatch, type FakeRecords } from '../../../fixtures/fake-data-client';

export const COMMUNITY = demoUser.communityId ?? '';
export const GRID_A = demoUser.gridIds[0] ?? '';
export const GRID_B = '0192f1b4-0000-7000-8000-0000000000a2';
export const B2 = '0192f1b4-0000-7000-8000-0000000000b2';
export const B10 = '0192f1b4-0000-7000-8000-0000000000ba';
export const B7 = '0192f1b4-0000-7000-8000-0000000000b7';
export const CHECKPOINT = '0192f1b4-0000-7000-8000-0000000000d1';
export const CAMPAIGN_ID = '0192f1b4-0000-7000-8000-0000000005c1';
export const SITE_ID = '0192f1b4-0000-7000-8000-0000000005d1';
export const TODAY = '2026-11-26';
export const MORNING = new Date('2026-11-26T09:30:00+08:00');

const hh = (n: number) => `0192f1b4-0000-7000-8000-0000000001${String(n).padStart(2, '0')}`;
const rr = (n: number) => `0192f1b4-0000-7000-8000-0000000002${String(n).padStart(2, '0')}`;
/** Ids the fake client gives new records, in order. */
export const newId = (n: number) => `0192f1b4-9999-7000-8000-${String(n).padStart(12, '0')}`;

/** Who lives where: resident, name, household, building, unit, room and tags. */
export const people = {
  /** 2号楼 1-101 */
  zhang: { resident: rr(1), name: '张三', household: hh(1), building: B2, unit: '1', room: '101', tags: [] },
  /** 2号楼 1-101 */
  li: { resident: rr(2), name: '李四', household: hh(1), building: B2, unit: '1', room: '101', tags: [] },
  /** 2号楼 1-302, elderly living alone */
  wang: { resident: rr(3), name: '王五', household: hh(2), building: B2, unit: '1', room: '302', tags: ['elderly_alone'] },
  /** 2号楼 2-201 */
  zhao: { resident: rr(4), name: '赵六', household: hh(3), building: B2, unit: '2', room: '201', tags: [] },
  /** 10号楼 1-101 */
  qian: { resident: rr(5), name: '钱七', household: hh(4), building: B10, unit: '1', room: '101', tags: [] },
  /** 10号楼 1-502, under home monitoring */
  sun: { resident: rr(6), name: '孙八', household: hh(5), building: B10, unit: '1', room: '502', tags: ['home_monitoring'] },
  /** 7栋 1-302 (grid B) */
  zhou: { resident: rr(7), name: '周九', household: hh(6), building: B7, unit: '1', room: '302', tags: [] },
} as const;
export type Person = (typeof people)[keyof typeof people];

export function placeRecords(): FakeRecords {
  const all = Object.values(people);
  const households = new Map(all.map((p) => [p.household, p]));
  return {
    grid: [
      localRecord('grid', GRID_A, { communityId: COMMUNITY, name: '第一网格' }),
      localRecord('grid', GRID_B, { communityId: COMMUNITY, name: '第二网格' }),
    ],
    checkpoint: [localRecord('checkpoint', CHECKPOINT, { communityId: COMMUNITY, name: '南门' })],
    building: [
      localRecord('building', B10, { gridId: GRID_A, name: '10号楼', units: 2, floors: 6, sealed: false }),
      localRecord('building', B2, { gridId: GRID_A, name: '2号楼', units: 2, floors: 6, sealed: false }),
      localRecord('building', B7, { gridId: GRID_B, name: '7栋', units: 2, floors: 6, sealed: false }),
    ],
    household: [...households.values()].map((p) => localRecord('household', p.household, { buildingId: p.building, unit: p.unit, room: p.room, status: 'occupied' })),
    resident: all.map((p) => localRecord('resident', p.resident, { householdId: p.household, name: p.name, tags: [...p.tags] })),
    testing_campaign: [],
    sampling: [],
    campaign_exemption: [],
    test_result: [],
    seal_period: [],
  };
}

/** The campaign: 26–27 Nov, one site at the south gate, 10-in-1 pools, every building. */
export function aCampaign(fields: Partial<EntityData<'testing_campaign'>> = {}): LocalRecord<'testing_campaign'> {
  return localRecord('testing_campaign', CAMPAIGN_ID, {
    communityId: COMMUNITY,
    name: '第一轮全员核酸',
    startDate: TODAY,
    endDate: '2026-11-27',
    sites: [{ id: SITE_ID, name: '南门采样点', checkpointId: CHECKPOINT }],
    poolSize: 10,
    ...fields,
  });
}

let nextRecord = 0;
const recordId = () => {
  nextRecord += 1;
  return `0192f1b4-0000-7000-8000-0000000006${String(nextRecord).padStart(2, '0')}`;
};

/** A sampling of `person` at the site (or at home) in `tube`. */
export function aSampling(person: Person, tubeNumber: string, fields: Partial<EntityData<'sampling'>> = {}): LocalRecord<'sampling'> {
  const atHome = fields.atHome ?? false;
  return localRecord('sampling', recordId(), {
    campaignId: CAMPAIGN_ID,
    residentId: person.resident,
    householdId: person.household,
    sampledAt: '2026-11-26T08:30:00+08:00',
    ...(atHome ? {} : { siteId: SITE_ID }),
    atHome,
    tubeNumber,
    ...fields,
  });
}

export function anExemption(person: Person, kind: 'away' | 'home_sampling', fields: Partial<EntityData<'campaign_exemption'>> = {}): LocalRecord<'campaign_exemption'> {
  return localRecord('campaign_exemption', recordId(), { campaignId: CAMPAIGN_ID, residentId: person.resident, householdId: person.household, kind, ...fields });
}

export function aResult(tubeNumber: string, result: 'negative' | 'positive' | 'invalid', fields: Partial<EntityData<'test_result'>> = {}): LocalRecord<'test_result'> {
  return localRecord('test_result', recordId(), { campaignId: CAMPAIGN_ID, tubeNumber, result, resultAt: '2026-11-26T20:00:00+08:00', ...fields });
}

/**
 * A fake client over the places plus `records`; create / createMany (ids newId(1), newId(2)… in order),
 * patch and void validate and store; sealBuilding is recorded.
 */
export function campaignClient(records: FakeRecords = {}, user = demoUser) {
  const stored: FakeRecords = { ...placeRecords(), ...records };
  const client = createFakeDataClient({ records: stored, session: { user } });
  let created = 0;
  const create = vi.mocked(client.create);
  create.mockImplementation(async (entity, data) => {
    created += 1;
    return storeCreate(stored, entity, newId(created), data).id;
  });
  const createMany = vi.mocked(client.createMany);
  createMany.mockImplementation(async (entity, list) =>
    list.map((data) => {
      created += 1;
      return storeCreate(stored, entity, newId(created), data).id;
    }),
  );
  const patch = vi.mocked(client.patch);
  patch.mockImplementation(async (entity, id, changes) => storePatch(stored, entity, id, changes));
  const voidRecord = vi.mocked(client.voidRecord);
  voidRecord.mockImplementation(async (entity, id, reason) => {
    const list: { id: string; voidedAt?: string; voidReason?: string }[] | undefined = stored[entity];
    const record = list?.find((r) => r.id === id);
    if (!record) throw new Error(`no ${entity} ${id} to void`);
    record.voidedAt = new Date().toISOString();
    record.voidReason = reason;
  });
  return { client, create, createMany, patch, voidRecord, stored };
}

/** The community's secretary (no grid of their own): their phone holds the whole community. */
export const secretaryUser: typeof demoUser = {
  ...demoUser,
  id: '0192f1b4-0000-7000-8000-000000000009',
  username: 'secretary1',
  displayName: '刘书记',
  role: 'secretary',
  gridIds: [],
};

/**
 * Makes the fake's reads follow its writes, as Dexie's live queries do: after each create or void the
 * fake announces a pull starting and ending, and every open screen reads again.
 */
export function followWrites(fake: ReturnType<typeof campaignClient>): ReturnType<typeof campaignClient> {
  const reread = async () => {
    fake.client.setSyncProgress({ direction: 'pull', done: 0, total: 1, secondsLeft: null });
    await new Promise((resolve) => setTimeout(resolve, 10));
    fake.client.setSyncProgress(null);
  };
  const create = fake.create.getMockImplementation();
  const voidRecord = fake.voidRecord.getMockImplementation();
  if (create) fake.create.mockImplementation(async (...args) => {
    const id = await create(...args);
    void reread();
    return id;
  });
  if (voidRecord) fake.voidRecord.mockImplementation(async (...args) => {
    await voidRecord(...args);
    void reread();
  });
  return fake;
}
