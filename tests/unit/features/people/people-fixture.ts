/** People of 幸福里社区 for the People screen's tests: buildings and grids on the secretary's phone, and accounts on the server. */
import type { Person } from '../../../../src/domain/api/people';
import { createFakeDataClient, demoUser, localRecord, type FakeDataClient } from '../../../fixtures/fake-data-client';

export const GRID_1 = '0192f1b4-0000-7000-8000-0000000000a1';
export const GRID_2 = '0192f1b4-0000-7000-8000-0000000000a2';
export const BUILDING_1 = '0192f1b4-0000-7000-8000-0000000000b1';
export const BUILDING_2 = '0192f1b4-0000-7000-8000-0000000000b2';
export const BUILDING_3 = '0192f1b4-0000-7000-8000-0000000000b3';
const COMMUNITY = demoUser.communityId ?? '0192f1b4-0000-7000-8000-0000000000c1';

export function aPerson(fields: Partial<Person> & Pick<Person, 'id' | 'name'>): Person {
  return {
    username: '13800000000',
    phone: '13800000000',
    role: 'volunteer',
    buildingIds: [],
    gridIds: [],
    endsAt: null,
    ended: false,
    lastSyncAt: null,
    codePending: false,
    ...fields,
  };
}

export const volunteer = aPerson({
  id: '0192f1b4-0000-7000-8000-000000000201',
  name: '王五',
  username: '13812341234',
  phone: '13812341234',
  role: 'volunteer',
  buildingIds: [BUILDING_1],
  endsAt: '2026-12-09T16:00:00.000Z',
  lastSyncAt: '2026-11-25T02:30:00.000Z',
});

export const newWorker = aPerson({
  id: '0192f1b4-0000-7000-8000-000000000202',
  name: '赵六',
  username: '13900001111',
  phone: '13900001111',
  role: 'grid_worker',
  gridIds: [GRID_2],
  endsAt: '2026-12-09T16:00:00.000Z',
  codePending: true,
});

export const endedVolunteer = aPerson({
  id: '0192f1b4-0000-7000-8000-000000000203',
  name: '孙七',
  username: '13700002222',
  phone: '13700002222',
  role: 'volunteer',
  buildingIds: [BUILDING_2],
  ended: true,
  endsAt: '2026-11-20T16:00:00.000Z',
  lastSyncAt: '2026-11-19T08:00:00.000Z',
});

export const secretary = aPerson({
  id: '0192f1b4-0000-7000-8000-000000000204',
  name: '李书记',
  username: 'secretary1',
  phone: null,
  role: 'secretary',
});

/** A secretary's phone holding the community's three buildings and two grids. */
export function secretaryClient(people: Person[] = [volunteer, newWorker, endedVolunteer, secretary]): FakeDataClient {
  const client = createFakeDataClient({
    session: { user: { ...demoUser, username: 'secretary1', displayName: '李书记', role: 'secretary' } },
    records: {
      building: [
        localRecord('building', BUILDING_1, { gridId: GRID_1, name: '1栋', units: 2, floors: 6, sealed: true }),
        localRecord('building', BUILDING_2, { gridId: GRID_1, name: '2栋', units: 2, floors: 6, sealed: false }),
        localRecord('building', BUILDING_3, { gridId: GRID_2, name: '3栋', units: 3, floors: 18, sealed: false }),
      ],
      grid: [
        localRecord('grid', GRID_1, { communityId: COMMUNITY, name: '第一网格' }),
        localRecord('grid', GRID_2, { communityId: COMMUNITY, name: '第二网格' }),
      ],
    },
  });
  client.listPeople.mockResolvedValue(people);
  return client;
}
