/**
 * Issue 11, scope on every reference field: for each field of every client-writable entity that names
 * another record, a create naming a record of another community answers exactly as one naming an id that
 * does not exist, one naming a record of another grid is refused where the writer may not write there, and
 * one naming a record in the writer's reach is applied (the control). Patchable entities may not be moved
 * by a patch: reference-fields-patch.test.ts. Issue 12 added the secretary's
 * records: a seal period's building, the community settings' and report's community, the report's grids.
 * Issue 13 added a help request's building and household (the household must be at the request's address)
 * and a delivery's help request (written by a volunteer, who may name only a request they can read).
 * Issue 14 added a review's record, previous review and correction, and a task's target: a task's target
 * outside the community is VALIDATION target_outside_community (known or not, told alike), a previous review
 * not of the record VALIDATION not_found, a correction not the author's record of the same kind
 * VALIDATION correction_invalid (review.test.ts and tasks.test.ts for the rest of their rules).
 * Issue 16 added a home monitoring's household, resident and fever report and a check's monitoring, resident,
 * household and visit, and a fever report's check (reference-cases-monitoring.ts; home-monitoring.test.ts for
 * the rest of their rules).
 * Issue 17 added a testing campaign's community, sites' checkpoints and buildings, an exemption's and a
 * sampling's campaign, household, resident (and a sampling's site, not a record: site_unknown) and a lab
 * result's campaign (reference-cases-campaigns.ts; testing-campaigns.test.ts for the rest of their rules).
 * Issue 19 added a fever report's community (reference-cases-street.ts).
 * The cases and their targets: reference-cases.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSystemRecord } from '../../../src/server/admin/system-records';
import { z } from 'zod';
import { entityOps, entitySchemas, ENTITY_NAMES } from '../../../src/domain/entities/registry';
import type { MutationResult } from '../../../src/domain/sync-protocol';
import { todayIn } from '../../../src/shared/local-date';
import { startTestServer, type TestServer } from '../../fixtures/server-harness';
import { findRecord, findRecords, createOf, type ApiClient } from '../../fixtures/server-client';
import { addAccount, decision, pushed, visitBy, type Account } from '../../fixtures/review-task-server';
import { aBuilding, aCheckpointEntry, aFeverReport, aHelpRequest, aHousehold, aResident } from '../../fixtures/domain-records';
import { CASES as EARLIER_CASES, elsewhere, NOT_ON_CREATE, otherGrid, own, ownAddress, reviews, USER_FIELDS, type Targets } from './reference-cases';
import { check, MONITORING_CASES, monitored, monitoring } from './reference-cases-monitoring';
import { CAMPAIGN_CASES, campaignTargets, OWN_IDS } from './reference-cases-campaigns';
import { STREET_CASES } from './reference-cases-street';

const CASES = [...EARLIER_CASES, ...MONITORING_CASES, ...CAMPAIGN_CASES, ...STREET_CASES];

let server: TestServer;
const clients: Record<string, ApiClient> = {};
const UNKNOWN_ID = '0190a000-0000-7000-8000-00000000cafe';

beforeAll(async () => {
  server = await startTestServer();
  for (const username of ['worker1', 'worker2', 'secretary1', 'volunteer1']) {
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

  // Visits by each grid's worker, returned by their community's secretary.
  const account = async (username: string): Promise<Account> => {
    const { rows } = await server.db.query<{ id: string; display_name: string }>('SELECT id, display_name FROM users WHERE username = $1', [username]);
    return { id: rows[0]!.id, name: rows[0]!.display_name, api: clients[username]! };
  };
  const [worker1, worker2, secretary1] = [await account('worker1'), await account('worker2'), await account('secretary1')];
  const worker9 = await addAccount(server, 'worker9', 'grid_worker', { communityId, gridIds: [elsewhere.grid] });
  const secretary9 = await addAccount(server, 'secretary9', 'secretary', { communityId });
  reviews.worker1 = worker1.id;
  const returned = async (worker: Account, secretary: Account, householdId: string) => {
    const visit = await visitBy(worker, householdId);
    return { visit, review: await pushed(secretary.api, 'review', decision('return', { id: visit, by: worker.id })) };
  };
  const first = await returned(worker1, secretary1, own.household);
  const second = await returned(worker1, secretary1, own.household);
  Object.assign(own, { visit: first.visit, review: second.review });
  Object.assign(reviews, { ownReturn: first.review, secondVisit: second.visit });
  Object.assign(otherGrid, await returned(worker2, secretary1, otherGrid.household));
  Object.assign(elsewhere, await returned(worker9, secretary9, elsewhere.household));
  await monitoringTargets(worker1, worker2);
  await campaignTargets(server.db, clients.secretary1!);
});

/**
 * Home monitoring (one open per resident): a second resident of own.household; a fever report by each
 * grid's worker (own.feverReport about a resident of another household of worker1's grid) and one of another
 * community; a monitoring in each (own.monitoring about own.resident, ended today: it is not open, its
 * checks of today count) and a check of each monitoring (for a fever report's monitoringCheckId).
 */
async function monitoringTargets(worker1: Account, worker2: Account): Promise<void> {
  monitored.householdMate = await createSystemRecord(server.db, 'resident', aResident({ householdId: own.household, name: '同住人' }));
  const reported = (await findRecords(server.db, 'resident', { gridId: own.grid })).find((r) => r.data.householdId !== own.household)!;
  const people = {
    own: { residentId: own.resident, householdId: own.household },
    otherGrid: { residentId: otherGrid.resident, householdId: otherGrid.household },
    elsewhere: { residentId: elsewhere.resident, householdId: elsewhere.household },
    reported: { residentId: reported.id, householdId: String(reported.data.householdId) },
  };
  for (const who of [people.own, people.otherGrid, people.elsewhere]) monitored.residentOf.set(who.householdId, who.residentId);
  monitored.residentOf.set(own.household, monitored.householdMate);
  const report = (who: { residentId: string; householdId: string }) => aFeverReport({ ...who, reportedAt: new Date().toISOString() });
  own.feverReport = await pushed(worker1.api, 'fever_report', report(people.reported));
  otherGrid.feverReport = await pushed(worker2.api, 'fever_report', report(people.otherGrid));
  elsewhere.feverReport = await createSystemRecord(server.db, 'fever_report', report(people.elsewhere));
  own.monitoring = await createSystemRecord(server.db, 'home_monitoring', { ...monitoring(people.own), endedOn: todayIn('Asia/Shanghai'), endKind: 'error', endNote: '登记错误' });
  otherGrid.monitoring = await pushed(worker2.api, 'home_monitoring', monitoring(people.otherGrid));
  elsewhere.monitoring = await createSystemRecord(server.db, 'home_monitoring', monitoring(people.elsewhere));
  monitored.about.set(own.feverReport, people.reported);
  monitored.about.set(own.monitoring, people.own);
  monitored.about.set(otherGrid.monitoring, people.otherGrid);
  monitored.about.set(elsewhere.monitoring, people.elsewhere);
  own.monitoringCheck = await pushed(worker1.api, 'monitoring_check', check({}));
  otherGrid.monitoringCheck = await pushed(worker2.api, 'monitoring_check', check({ monitoringId: otherGrid.monitoring, ...people.otherGrid }));
  elsewhere.monitoringCheck = await createSystemRecord(server.db, 'monitoring_check', check({ monitoringId: elsewhere.monitoring, ...people.elsewhere }));
}
afterAll(async () => {
  await server?.close();
});

const answer = (r: MutationResult | undefined) => ({ status: r?.status, code: r?.error?.code, fields: r?.error?.fields });
/** The error message with the named id taken out (it echoes the id it was given). */
const messageWithout = (r: MutationResult | undefined, id: string) => r?.error?.message.replaceAll(id, '<id>');

/** Fields of a schema that name another record (a uuid), also in lists and their objects: `checks[].residentId`. */
function referenceFields(schema: z.core.$ZodType, path = ''): string[] {
  const inner = schema instanceof z.ZodOptional ? schema.unwrap() : schema;
  if (inner instanceof z.ZodUUID) return [path];
  if (inner instanceof z.ZodArray) return referenceFields(inner.element, `${path}[]`);
  if (!(inner instanceof z.ZodObject)) return [];
  return Object.entries(inner.shape).flatMap(([key, value]) => referenceFields(value, path ? `${path}.${key}` : key));
}

describe('a create naming a record in a reference field', () => {
  it.each(CASES)('$name ($writer)', async (c) => {
    const foreign = createOf(c.entity, c.record(elsewhere[c.kind]));
    const unknown = createOf(c.entity, c.record(UNKNOWN_ID));
    const { kind } = c;
    const communityWide = kind === 'community' || kind === 'checkpoint' || kind === 'checkpointEntry' || kind === 'campaign' || kind === 'site';
    const sameCommunity = communityWide ? null : otherGrid[kind];
    const otherGridCreate = c.otherGridCode && sameCommunity ? createOf(c.entity, c.record(sameCommunity)) : null;
    const inScope = createOf(c.entity, c.record(own[c.kind]));

    const res = await clients[c.writer]!.push([foreign, unknown, ...(otherGridCreate ? [otherGridCreate] : []), inScope]);
    expect(res.status).toBe(200);
    const results = res.body.results;
    const [foreignResult, unknownResult] = results;
    const applied = results[results.length - 1];

    // 1. Another community's record: refused, answered exactly as an id that does not exist (or FORBIDDEN where the case says so).
    const refused = c.refused ?? { code: 'NOT_FOUND', key: 'not_found' };
    expect(answer(unknownResult)).toEqual({ status: 'rejected', code: refused.code, fields: { [c.errorField]: refused.key } });
    if (c.foreignCode) {
      expect(answer(foreignResult)).toEqual({ status: 'rejected', code: c.foreignCode, fields: undefined });
    } else {
      expect(answer(foreignResult)).toEqual(answer(unknownResult));
      expect(messageWithout(foreignResult, elsewhere[c.kind])).toBe(messageWithout(unknownResult, UNKNOWN_ID));
    }

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
    expect(CASES.map((c) => c.name).sort()).toEqual(fields.filter((name) => !USER_FIELDS.includes(name) && !NOT_ON_CREATE.includes(name) && !OWN_IDS.includes(name)).sort());
  });
});

// A patch changing a reference field (immutable): reference-fields-patch.test.ts.
