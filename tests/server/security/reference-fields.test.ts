/**
 * Issue 11, scope on every reference field: for each field of every client-writable entity that names
 * another record, a create naming a record of another community answers exactly as one naming an id that
 * does not exist, one naming a record of another grid is refused where the writer may not write there, and
 * one naming a record in the writer's reach is applied (the control). Patchable entities may not be moved
 * by a patch: reference-fields-patch.test.ts. Issue 12 added the secretary's
 * records: a seal period's building, the community settings' and report's community, the report's grids.
 * Issue 13 added a help request's building and household (the household must be at the request's address)
 * and a delivery's help request (written by a volunteer, who may name only a request they can read).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSystemRecord } from '../../../src/server/admin/system-records';
import { z } from 'zod';
import { entityOps, entitySchemas, ENTITY_NAMES, type EntityName } from '../../../src/domain/entities/registry';
import type { MutationResult } from '../../../src/domain/sync-protocol';
import { startTestServer, type TestServer } from '../../fixtures/server-harness';
import { createOf, findRecord, findRecords, type ApiClient } from '../../fixtures/server-client';
import {
  aBuilding,
  aCheckpointEntry,
  aDelivery,
  aFeverReport,
  aHelpRequest,
  aHousehold,
  aResident,
  aResidentCheckpointEntry,
  aShiftNote,
  aVisit,
} from '../../fixtures/domain-records';

let server: TestServer;
const clients: Record<string, ApiClient> = {};
const UNKNOWN_ID = '0190a000-0000-7000-8000-00000000cafe';

type Kind = 'community' | 'grid' | 'building' | 'household' | 'resident' | 'checkpoint' | 'checkpointEntry' | 'helpRequest';
type Targets = Record<Kind, string>;
/**
 * Records of worker1's grid (and the community, its checkpoint and a gate entry of it); its help request
 * is in the sealed building, of worker1's grid and assigned to volunteer1.
 */
const own: Targets = { community: '', grid: '', building: '', household: '', resident: '', checkpoint: '', checkpointEntry: '', helpRequest: '' };
/** Records of worker2's grid, in the same community. */
const otherGrid: Omit<Targets, 'community' | 'checkpoint' | 'checkpointEntry'> = { grid: '', building: '', household: '', resident: '', helpRequest: '' };
/** Records of another community. */
const elsewhere: Targets = { community: '', grid: '', building: '', household: '', resident: '', checkpoint: '', checkpointEntry: '', helpRequest: '' };
/** Where worker1's household is: a help request naming a household must be at its building, unit and room. */
const ownAddress = { unit: '', room: '' };

beforeAll(async () => {
  server = await startTestServer();
  for (const username of ['worker1', 'secretary1', 'volunteer1']) {
    clients[username] = await server.api(username, `device-${username}`);
  }
  const grids: [Partial<Targets>, string][] = [
    [own, server.demo.gridIds[0]!],
    [otherGrid, server.demo.gridIds[1]!],
  ];
  for (const [targets, grid] of grids) {
    const resident = (await findRecords(server.db, 'resident', { gridId: grid }))[0]!;
    const household = (await findRecord(server.db, String(resident.data.householdId)))!;
    Object.assign(targets, { grid, building: household.building_id, household: household.id, resident: resident.id });
  }
  const ownHousehold = (await findRecord(server.db, own.household))!;
  Object.assign(ownAddress, { unit: String(ownHousehold.data.unit), room: String(ownHousehold.data.room) });
  const request = (buildingId: string) => aHelpRequest({ buildingId, householdId: undefined, unit: '1', room: '101' });
  own.helpRequest = await createSystemRecord(server.db, 'help_request', request(server.demo.sealedBuildingId));
  otherGrid.helpRequest = await createSystemRecord(server.db, 'help_request', request(otherGrid.building));
  own.community = server.demo.communityId;
  own.checkpoint = server.demo.checkpointIds[0]!;
  own.checkpointEntry = await createSystemRecord(server.db, 'checkpoint_entry', aCheckpointEntry({ checkpointId: own.checkpoint }));

  const communityId = await createSystemRecord(server.db, 'community', { name: '别的社区' });
  elsewhere.community = communityId;
  elsewhere.grid = await createSystemRecord(server.db, 'grid', { communityId, name: '别的网格' });
  elsewhere.building = await createSystemRecord(server.db, 'building', aBuilding({ gridId: elsewhere.grid }));
  elsewhere.household = await createSystemRecord(server.db, 'household', aHousehold({ buildingId: elsewhere.building }));
  elsewhere.resident = await createSystemRecord(server.db, 'resident', aResident({ householdId: elsewhere.household, name: '外人' }));
  elsewhere.checkpoint = await createSystemRecord(server.db, 'checkpoint', { communityId, name: '南门卡口' });
  elsewhere.checkpointEntry = await createSystemRecord(server.db, 'checkpoint_entry', aCheckpointEntry({ checkpointId: elsewhere.checkpoint }));
  elsewhere.helpRequest = await createSystemRecord(server.db, 'help_request', request(elsewhere.building));
});
afterAll(async () => {
  await server?.close();
});

const answer = (r: MutationResult | undefined) => ({ status: r?.status, code: r?.error?.code, fields: r?.error?.fields });
/** The error message with the named id taken out (it echoes the id it was given). */
const messageWithout = (r: MutationResult | undefined, id: string) => r?.error?.message.replaceAll(id, '<id>');

const aDailyReport = (gridId: string) => ({
  gridId,
  date: '2026-11-02',
  counts: { doorsKnocked: 40, visited: 31, notHome: 7, refused: 2, residentsChecked: 66, feversFound: 0, feversReported: 0 },
  confirmedAt: '2026-11-02T11:30:00.000Z',
});

interface ReferenceCase {
  /** entity.field as the issue names it. */
  name: string;
  entity: EntityName;
  kind: Kind;
  /** Who writes: a grid worker, or the secretary where a grid worker may not create the entity at all, or the volunteer who delivers. */
  writer: 'worker1' | 'secretary1' | 'volunteer1';
  /** A valid record naming `target` in the field (its other references in the writer's reach). */
  record: (target: string) => Record<string, unknown>;
  /** The field the refusal names. */
  errorField: string;
  /**
   * How naming worker2's grid is refused (NOT_FOUND: a record the writer may not read, answered as an
   * unknown one), or null where the rules allow it (gate duty is community-wide; the secretary writes every grid).
   */
  otherGridCode: 'FORBIDDEN' | 'VALIDATION' | 'NOT_FOUND' | null;
  /** Where the stored record keeps the reference. */
  stored: (data: Record<string, unknown>) => unknown;
}

/** Fields of a schema that name another record (a uuid), also in lists and their objects: `checks[].residentId`. */
function referenceFields(schema: z.core.$ZodType, path = ''): string[] {
  const inner = schema instanceof z.ZodOptional ? schema.unwrap() : schema;
  if (inner instanceof z.ZodUUID) return [path];
  if (inner instanceof z.ZodArray) return referenceFields(inner.element, `${path}[]`);
  if (!(inner instanceof z.ZodObject)) return [];
  return Object.entries(inner.shape).flatMap(([key, value]) => referenceFields(value, path ? `${path}.${key}` : key));
}

const field = (name: string) => (data: Record<string, unknown>) => data[name];
const firstOf = (name: string) => (data: Record<string, unknown>) => z.array(z.string()).parse(data[name])[0];
const aCommunityReport = (communityId: string, grids: { gridsReported?: string[]; gridsMissing?: string[] } = {}) => ({
  communityId,
  date: '2026-11-02',
  counts: { doorsKnocked: 40, visited: 31, notHome: 7, refused: 2, residentsChecked: 66, feversFound: 0, feversReported: 0 },
  gridsReported: grids.gridsReported ?? [own.grid],
  gridsMissing: grids.gridsMissing ?? [],
  confirmedAt: '2026-11-02T18:30:00.000Z',
});
const firstCheck = (data: Record<string, unknown>) => z.array(z.object({ residentId: z.string() })).parse(data.checks)[0]?.residentId;

const CASES: ReferenceCase[] = [
  {
    name: 'building.gridId',
    entity: 'building',
    kind: 'grid',
    writer: 'secretary1',
    record: (gridId) => aBuilding({ gridId, name: '新楼' }),
    errorField: 'gridId',
    otherGridCode: null,
    stored: field('gridId'),
  },
  {
    name: 'household.buildingId',
    entity: 'household',
    kind: 'building',
    writer: 'worker1',
    record: (buildingId) => aHousehold({ buildingId, room: '909' }),
    errorField: 'buildingId',
    otherGridCode: 'FORBIDDEN',
    stored: field('buildingId'),
  },
  {
    name: 'resident.householdId',
    entity: 'resident',
    kind: 'household',
    writer: 'worker1',
    record: (householdId) => aResident({ householdId }),
    errorField: 'householdId',
    otherGridCode: 'FORBIDDEN',
    stored: field('householdId'),
  },
  {
    name: 'visit.householdId',
    entity: 'visit',
    kind: 'household',
    writer: 'worker1',
    record: (householdId) => aVisit({ householdId, outcome: 'not_home', checks: [] }),
    errorField: 'householdId',
    otherGridCode: 'FORBIDDEN',
    stored: field('householdId'),
  },
  {
    name: 'visit.checks[].residentId',
    entity: 'visit',
    kind: 'resident',
    writer: 'worker1',
    record: (residentId) => aVisit({ householdId: own.household, checks: [{ residentId, temperature: 36.5, symptoms: [] }] }),
    errorField: 'checks',
    // A resident of another grid is no resident of the visited household.
    otherGridCode: 'VALIDATION',
    stored: firstCheck,
  },
  {
    name: 'fever_report.householdId',
    entity: 'fever_report',
    kind: 'household',
    writer: 'worker1',
    record: (householdId) => aFeverReport({ householdId, residentId: undefined }),
    errorField: 'householdId',
    otherGridCode: 'FORBIDDEN',
    stored: field('householdId'),
  },
  {
    name: 'fever_report.residentId',
    entity: 'fever_report',
    kind: 'resident',
    writer: 'worker1',
    record: (residentId) => aFeverReport({ householdId: undefined, residentId }),
    errorField: 'residentId',
    otherGridCode: 'FORBIDDEN',
    stored: field('residentId'),
  },
  {
    name: 'fever_report.checkpointEntryId',
    entity: 'fever_report',
    kind: 'checkpointEntry',
    writer: 'worker1',
    record: (checkpointEntryId) => aFeverReport({ householdId: undefined, residentId: undefined, name: '李四', checkpointEntryId }),
    errorField: 'checkpointEntryId',
    otherGridCode: null,
    stored: field('checkpointEntryId'),
  },
  {
    name: 'checkpoint_entry.checkpointId',
    entity: 'checkpoint_entry',
    kind: 'checkpoint',
    writer: 'worker1',
    record: (checkpointId) => aCheckpointEntry({ checkpointId }),
    errorField: 'checkpointId',
    otherGridCode: null,
    stored: field('checkpointId'),
  },
  {
    name: 'checkpoint_entry.residentId',
    entity: 'checkpoint_entry',
    kind: 'resident',
    writer: 'worker1',
    record: (residentId) => aResidentCheckpointEntry({ checkpointId: own.checkpoint, residentId, householdId: undefined }),
    errorField: 'residentId',
    otherGridCode: null,
    stored: field('residentId'),
  },
  {
    name: 'checkpoint_entry.householdId',
    entity: 'checkpoint_entry',
    kind: 'household',
    writer: 'worker1',
    record: (householdId) => aCheckpointEntry({ checkpointId: own.checkpoint, householdId }),
    errorField: 'householdId',
    otherGridCode: null,
    stored: field('householdId'),
  },
  {
    name: 'daily_report.gridId',
    entity: 'daily_report',
    kind: 'grid',
    writer: 'worker1',
    record: aDailyReport,
    errorField: 'gridId',
    otherGridCode: 'FORBIDDEN',
    stored: field('gridId'),
  },
  {
    name: 'shift_note.checkpointId',
    entity: 'shift_note',
    kind: 'checkpoint',
    writer: 'worker1',
    record: (checkpointId) => aShiftNote({ checkpointId }),
    errorField: 'checkpointId',
    otherGridCode: null,
    stored: field('checkpointId'),
  },
  {
    name: 'seal_period.buildingId',
    entity: 'seal_period',
    kind: 'building',
    writer: 'secretary1',
    record: (buildingId) => ({ buildingId, startDate: '2026-11-20', reason: '密接者居住' }),
    errorField: 'buildingId',
    otherGridCode: null,
    stored: field('buildingId'),
  },
  {
    name: 'community_settings.communityId',
    entity: 'community_settings',
    kind: 'community',
    writer: 'secretary1',
    record: (communityId) => ({ communityId, reportDeadline: '18:00' }),
    errorField: 'communityId',
    otherGridCode: null,
    stored: field('communityId'),
  },
  {
    name: 'community_report.communityId',
    entity: 'community_report',
    kind: 'community',
    writer: 'secretary1',
    record: (communityId) => aCommunityReport(communityId),
    errorField: 'communityId',
    otherGridCode: null,
    stored: field('communityId'),
  },
  {
    name: 'community_report.gridsReported[]',
    entity: 'community_report',
    kind: 'grid',
    writer: 'secretary1',
    record: (gridId) => aCommunityReport(own.community, { gridsReported: [gridId] }),
    errorField: 'gridsReported',
    otherGridCode: null,
    stored: firstOf('gridsReported'),
  },
  {
    name: 'community_report.gridsMissing[]',
    entity: 'community_report',
    kind: 'grid',
    writer: 'secretary1',
    record: (gridId) => aCommunityReport(own.community, { gridsMissing: [gridId] }),
    errorField: 'gridsMissing',
    otherGridCode: null,
    stored: firstOf('gridsMissing'),
  },
  {
    name: 'help_request.buildingId',
    entity: 'help_request',
    kind: 'building',
    writer: 'worker1',
    record: (buildingId) => aHelpRequest({ buildingId, householdId: undefined, unit: '1', room: '102' }),
    errorField: 'buildingId',
    otherGridCode: 'FORBIDDEN',
    stored: field('buildingId'),
  },
  {
    name: 'help_request.householdId',
    entity: 'help_request',
    kind: 'household',
    writer: 'worker1',
    record: (householdId) => aHelpRequest({ buildingId: own.building, householdId, ...ownAddress }),
    errorField: 'householdId',
    // A household of another grid is not at the request's address (worker1's building).
    otherGridCode: 'VALIDATION',
    stored: field('householdId'),
  },
  {
    name: 'delivery.helpRequestId',
    entity: 'delivery',
    kind: 'helpRequest',
    writer: 'volunteer1',
    record: (helpRequestId) => aDelivery({ helpRequestId }),
    errorField: 'helpRequestId',
    // A request of a building not assigned to the volunteer is one they cannot read.
    otherGridCode: 'NOT_FOUND',
    stored: field('helpRequestId'),
  },
];

/** Uuid fields that name a user, not a record: a client never sets them on a create (help-requests.test.ts). */
const USER_FIELDS = ['help_request.claimedBy'];

describe('a create naming a record in a reference field', () => {
  it.each(CASES)('$name ($writer)', async (c) => {
    const foreign = createOf(c.entity, c.record(elsewhere[c.kind]));
    const unknown = createOf(c.entity, c.record(UNKNOWN_ID));
    const sameCommunity = c.kind === 'community' || c.kind === 'checkpoint' || c.kind === 'checkpointEntry' ? null : otherGrid[c.kind];
    const otherGridCreate = c.otherGridCode && sameCommunity ? createOf(c.entity, c.record(sameCommunity)) : null;
    const inScope = createOf(c.entity, c.record(own[c.kind]));

    const res = await clients[c.writer]!.push([foreign, unknown, ...(otherGridCreate ? [otherGridCreate] : []), inScope]);
    expect(res.status).toBe(200);
    const results = res.body.results;
    const [foreignResult, unknownResult] = results;
    const applied = results[results.length - 1];

    // 1. Another community's record: refused, answered exactly as an id that does not exist.
    expect(answer(foreignResult)).toEqual({ status: 'rejected', code: 'NOT_FOUND', fields: { [c.errorField]: 'not_found' } });
    expect(answer(unknownResult)).toEqual(answer(foreignResult));
    expect(messageWithout(foreignResult, elsewhere[c.kind])).toBe(messageWithout(unknownResult, UNKNOWN_ID));

    // 2. Another grid of the same community, where the writer may not write there: refused.
    if (otherGridCreate) {
      const otherGridResult = results[2];
      expect(otherGridResult).toMatchObject({ status: 'rejected', error: { code: c.otherGridCode } });
      expect(await findRecord(server.db, otherGridCreate.id)).toBeNull();
    }
    for (const refused of [foreign, unknown]) expect(await findRecord(server.db, refused.id)).toBeNull();

    // 3. In the writer's reach: applied (the control).
    expect(applied).toMatchObject({ mutationId: inScope.mutationId, status: 'applied', version: 1 });
    const stored = await findRecord(server.db, inScope.id);
    expect(stored && c.stored(stored.data)).toBe(own[c.kind]);
  });

  it('covers every reference field (a uuid, also inside a list) of every entity a client may create', () => {
    const creatable = ENTITY_NAMES.filter((entity) => entityOps[entity].includes('create'));
    const fields = creatable.flatMap((entity) => referenceFields(entitySchemas[entity]).map((name) => `${entity}.${name}`));
    expect(CASES.map((c) => c.name).sort()).toEqual(fields.filter((name) => !USER_FIELDS.includes(name)).sort());
  });
});

// A patch changing a reference field (immutable): reference-fields-patch.test.ts.
