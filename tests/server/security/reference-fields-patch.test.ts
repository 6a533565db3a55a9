/**
 * Issue 11, scope on every reference field, by patch: a record may not be moved by changing the field that
 * places it. building.gridId, household.buildingId (and, issue 13, a help request's building and
 * household), issue 14, a task's target and, issue 16, a home monitoring's household, resident and fever report
 * are immutable: VALIDATION wherever the patch points, nothing changed. Moving a resident to
 * another household (resident.householdId) is allowed within the writer's scope: push-guards.test.ts.
 * Issue 17: a testing campaign's community is immutable; its sites' checkpoints and its buildings may be
 * changed, to the community's only (another community's or an unknown one: NOT_FOUND alike, as on create).
 * Creates naming a record in a reference field: reference-fields.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSystemRecord } from '../../../src/server/admin/system-records';
import type { MutationResult } from '../../../src/domain/sync-protocol';
import { startTestServer, type TestServer } from '../../fixtures/server-harness';
import { createOf, findRecord, findRecords, patchOf, type ApiClient } from '../../fixtures/server-client';
import { aBuilding, aFeverReport, aHelpRequest, aHomeMonitoring, aHousehold, aResident } from '../../fixtures/domain-records';
import { taskFor } from '../../fixtures/review-task-server';
import { addDays, todayIn } from '../../../src/shared/local-date';
import { campaignOf } from './reference-cases-campaigns';

let server: TestServer;
const clients: Record<string, ApiClient> = {};
const UNKNOWN_ID = '0190a000-0000-7000-8000-00000000cafe';

type Targets = { grid: string; building: string; household: string; resident: string; feverReport: string };
/** Records of worker1's grid; its household's address. */
const own: Targets & { unit: string; room: string } = { grid: '', building: '', household: '', resident: '', feverReport: '', unit: '', room: '' };
/** Records of worker2's grid, in the same community. */
const otherGrid: Targets = { grid: '', building: '', household: '', resident: '', feverReport: '' };
/** Records of another community. */
const elsewhere: Targets = { grid: '', building: '', household: '', resident: '', feverReport: '' };
/** Residents of worker1's grid, one for each monitoring case (one open monitoring per resident), with their fever report. */
const monitored: { residentId: string; householdId: string; feverReportId: string }[] = [];
/** Another community's own records (not in a grid): itself and a checkpoint of it. */
const foreign = { community: '', checkpoint: '' };
/** worker1, a task's assignee. */
const worker1 = { id: '', name: '' };

beforeAll(async () => {
  server = await startTestServer();
  for (const username of ['worker1', 'secretary1']) clients[username] = await server.api(username, `device-${username}`);
  const grids: [Targets, string][] = [
    [own, server.demo.gridIds[0]!],
    [otherGrid, server.demo.gridIds[1]!],
  ];
  const report = (residentId: string, householdId: string) => createSystemRecord(server.db, 'fever_report', aFeverReport({ residentId, householdId }));
  for (const [targets, grid] of grids) {
    const household = (await findRecords(server.db, 'household', { gridId: grid }))[0]!;
    const resident = (await findRecords(server.db, 'resident', { gridId: grid }))[0]!;
    Object.assign(targets, { grid, building: household.building_id, household: household.id, resident: resident.id });
    targets.feverReport = await report(resident.id, String(resident.data.householdId));
    if (targets === own) Object.assign(own, { unit: String(household.data.unit), room: String(household.data.room) });
  }
  for (const resident of (await findRecords(server.db, 'resident', { gridId: own.grid })).slice(1, 4)) {
    const householdId = String(resident.data.householdId);
    monitored.push({ residentId: resident.id, householdId, feverReportId: await report(resident.id, householdId) });
  }
  const communityId = await createSystemRecord(server.db, 'community', { name: '别的社区' });
  elsewhere.grid = await createSystemRecord(server.db, 'grid', { communityId, name: '别的网格' });
  elsewhere.building = await createSystemRecord(server.db, 'building', aBuilding({ gridId: elsewhere.grid }));
  elsewhere.household = await createSystemRecord(server.db, 'household', aHousehold({ buildingId: elsewhere.building }));
  elsewhere.resident = await createSystemRecord(server.db, 'resident', aResident({ householdId: elsewhere.household, name: '外人' }));
  elsewhere.feverReport = await report(elsewhere.resident, elsewhere.household);
  foreign.community = communityId;
  foreign.checkpoint = await createSystemRecord(server.db, 'checkpoint', { communityId, name: '南门卡口' });
  const { rows } = await server.db.query<{ id: string; display_name: string }>("SELECT id, display_name FROM users WHERE username = 'worker1'");
  Object.assign(worker1, { id: rows[0]!.id, name: rows[0]!.display_name });
});
afterAll(async () => {
  await server?.close();
});

const answer = (r: MutationResult | undefined) => ({ status: r?.status, code: r?.error?.code, fields: r?.error?.fields });

interface PatchCase {
  name: string;
  entity: 'building' | 'household' | 'help_request' | 'task' | 'home_monitoring' | 'testing_campaign';
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
  ...(['householdId', 'residentId', 'feverReportId'] as const).map(
    (field, n): PatchCase => ({
      name: `home_monitoring.${field}`,
      entity: 'home_monitoring',
      field,
      writer: 'worker1',
      record: () => aMonitoring(monitored[n]!),
      targets: () => {
        const target = ({ householdId: 'household', residentId: 'resident', feverReportId: 'feverReport' } as const)[field];
        return [elsewhere[target], UNKNOWN_ID, otherGrid[target]];
      },
    }),
  ),
  {
    name: 'testing_campaign.communityId',
    entity: 'testing_campaign',
    field: 'communityId',
    writer: 'secretary1',
    record: () => campaignOf(server.demo.communityId),
    targets: () => [foreign.community, UNKNOWN_ID],
  },
];

/** A monitoring started yesterday after the resident's fever report. */
function aMonitoring(who: { residentId: string; householdId: string; feverReportId: string }) {
  return aHomeMonitoring({ ...who, startDate: addDays(todayIn('Asia/Shanghai'), -1), startedAt: new Date(Date.now() - 86_400_000).toISOString() });
}

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

describe('a patch changing where a testing campaign samples or whom it expects (issue 17)', () => {
  const site = (checkpointId: string) => ({ sites: [{ id: '0190a000-0000-7000-8000-0000000051e0', name: '采样点', checkpointId }] });
  const cases = [
    { name: 'sites[].checkpointId', field: 'sites', patch: site, foreign: () => foreign.checkpoint, ownTarget: () => server.demo.checkpointIds[0]! },
    { name: 'buildingIds[]', field: 'buildingIds', patch: (id: string) => ({ buildingIds: [id] }), foreign: () => elsewhere.building, ownTarget: () => otherGrid.building },
  ];
  it.each(cases)('$name: another community’s or an unknown one is NOT_FOUND alike, nothing changed; the community’s is applied', async (c) => {
    const client = clients.secretary1!;
    const create = createOf('testing_campaign', campaignOf(server.demo.communityId));
    expect((await client.push([create])).body.results[0]).toMatchObject({ status: 'applied', version: 1 });

    const res = await client.push([patchOf('testing_campaign', create.id, 1, c.patch(c.foreign())), patchOf('testing_campaign', create.id, 1, c.patch(UNKNOWN_ID))]);
    for (const result of res.body.results) expect(answer(result)).toEqual({ status: 'rejected', code: 'NOT_FOUND', fields: { [c.field]: 'not_found' } });
    expect((await findRecord(server.db, create.id))!.version).toBe(1);

    const applied = await client.push([patchOf('testing_campaign', create.id, 1, c.patch(c.ownTarget()))]);
    expect(answer(applied.body.results[0])).toEqual({ status: 'applied', code: undefined, fields: undefined });
    expect((await findRecord(server.db, create.id))!.data).toMatchObject(c.patch(c.ownTarget()));
  });
});
