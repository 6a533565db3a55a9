/**
 * Issue 11, scope on every reference field, by patch: a record may not be moved by changing the field that
 * places it. building.gridId, household.buildingId (and, issue 13, a help request's building and
 * household) and, issue 14, a task's target are immutable: VALIDATION wherever the patch points, nothing changed. Moving a resident to
 * another household (resident.householdId) is allowed within the writer's scope: push-guards.test.ts.
 * Creates naming a record in a reference field: reference-fields.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSystemRecord } from '../../../src/server/admin/system-records';
import type { MutationResult } from '../../../src/domain/sync-protocol';
import { startTestServer, type TestServer } from '../../fixtures/server-harness';
import { createOf, findRecord, findRecords, patchOf, type ApiClient } from '../../fixtures/server-client';
import { aBuilding, aHelpRequest, aHousehold } from '../../fixtures/domain-records';
import { taskFor } from '../../fixtures/review-task-server';

let server: TestServer;
const clients: Record<string, ApiClient> = {};
const UNKNOWN_ID = '0190a000-0000-7000-8000-00000000cafe';

type Targets = { grid: string; building: string; household: string };
/** Records of worker1's grid; its household's address. */
const own: Targets & { unit: string; room: string } = { grid: '', building: '', household: '', unit: '', room: '' };
/** Records of worker2's grid, in the same community. */
const otherGrid: Targets = { grid: '', building: '', household: '' };
/** Records of another community. */
const elsewhere: Targets = { grid: '', building: '', household: '' };
/** worker1, a task's assignee. */
const worker1 = { id: '', name: '' };

beforeAll(async () => {
  server = await startTestServer();
  for (const username of ['worker1', 'secretary1']) clients[username] = await server.api(username, `device-${username}`);
  const grids: [Targets, string][] = [
    [own, server.demo.gridIds[0]!],
    [otherGrid, server.demo.gridIds[1]!],
  ];
  for (const [targets, grid] of grids) {
    const household = (await findRecords(server.db, 'household', { gridId: grid }))[0]!;
    Object.assign(targets, { grid, building: household.building_id, household: household.id });
    if (targets === own) Object.assign(own, { unit: String(household.data.unit), room: String(household.data.room) });
  }
  const communityId = await createSystemRecord(server.db, 'community', { name: '别的社区' });
  elsewhere.grid = await createSystemRecord(server.db, 'grid', { communityId, name: '别的网格' });
  elsewhere.building = await createSystemRecord(server.db, 'building', aBuilding({ gridId: elsewhere.grid }));
  elsewhere.household = await createSystemRecord(server.db, 'household', aHousehold({ buildingId: elsewhere.building }));
  const { rows } = await server.db.query<{ id: string; display_name: string }>("SELECT id, display_name FROM users WHERE username = 'worker1'");
  Object.assign(worker1, { id: rows[0]!.id, name: rows[0]!.display_name });
});
afterAll(async () => {
  await server?.close();
});

const answer = (r: MutationResult | undefined) => ({ status: r?.status, code: r?.error?.code, fields: r?.error?.fields });

interface PatchCase {
  name: string;
  entity: 'building' | 'household' | 'help_request' | 'task';
  field: string;
  writer: 'worker1' | 'secretary1';
  /** A new record (in the writer's reach) whose reference a patch then tries to change. */
  record: () => Record<string, unknown>;
  /** Where the patch tries to point the field: another community, an unknown id, another grid of the community. */
  targets: () => string[];
}

const PATCH_CASES: PatchCase[] = [
  {
    name: 'building.gridId',
    entity: 'building',
    field: 'gridId',
    writer: 'secretary1',
    record: () => aBuilding({ gridId: own.grid, name: '搬不走的楼' }),
    targets: () => [elsewhere.grid, UNKNOWN_ID, otherGrid.grid],
  },
  {
    name: 'household.buildingId',
    entity: 'household',
    field: 'buildingId',
    writer: 'worker1',
    record: () => aHousehold({ buildingId: own.building, room: '808' }),
    targets: () => [elsewhere.building, UNKNOWN_ID, otherGrid.building],
  },
  {
    name: 'help_request.buildingId',
    entity: 'help_request',
    field: 'buildingId',
    writer: 'worker1',
    record: () => aHelpRequest({ buildingId: own.building, householdId: undefined, unit: '1', room: '101' }),
    targets: () => [elsewhere.building, UNKNOWN_ID, otherGrid.building],
  },
  {
    name: 'help_request.householdId',
    entity: 'help_request',
    field: 'householdId',
    writer: 'worker1',
    record: () => aHelpRequest({ buildingId: own.building, householdId: own.household, unit: own.unit, room: own.room }),
    targets: () => [elsewhere.household, UNKNOWN_ID, otherGrid.household],
  },
  {
    name: 'task.targetId',
    entity: 'task',
    field: 'targetId',
    writer: 'secretary1',
    record: () => taskFor(worker1, { type: 'household', id: own.household }),
    targets: () => [elsewhere.household, UNKNOWN_ID, otherGrid.household],
  },
];

describe('a patch changing a reference field', () => {
  it.each(PATCH_CASES)('$name is immutable: VALIDATION, the same wherever it points, nothing changed ($writer)', async (c) => {
    const client = clients[c.writer]!;
    const create = createOf(c.entity, c.record());
    expect((await client.push([create])).body.results[0]).toMatchObject({ status: 'applied', version: 1 });
    const before = (await findRecord(server.db, create.id))!.data[c.field];

    const res = await client.push(c.targets().map((target) => patchOf(c.entity, create.id, 1, { [c.field]: target })));

    expect(res.body.results).toHaveLength(c.targets().length);
    for (const result of res.body.results) {
      expect(answer(result)).toEqual({ status: 'rejected', code: 'VALIDATION', fields: { [c.field]: 'immutable_field' } });
    }
    const after = await findRecord(server.db, create.id);
    expect(after).toMatchObject({ version: 1, data: { [c.field]: before } });
  });
});
