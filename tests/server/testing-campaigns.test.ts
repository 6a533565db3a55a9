/**
 * Testing campaigns on the server (issue 17), one rule a test, through the real push and pull (PGlite, or
 * PostgreSQL with DATABASE_URL): the secretary starts and changes a campaign (sites at the community's
 * checkpoints, its buildings; pooling fixed once started) and writes the lab's results; any grid worker of
 * the community samples at the site (not tied to a grid, like gate duty), but exemptions are their grid's;
 * samplings and exemptions are read by the resident's grid, campaigns and results community-wide; a
 * volunteer helps at an open campaign's site (samplings only: campaign-volunteers.test.ts), never reading
 * exemptions or results. A tube takes at most the campaign's pool size of live
 * samplings (VALIDATION tubeNumber tube_full), counted across pushes, within one and from phones at once,
 * "ab-12" and "AB-12" being one tube. A sampling, exemption or result naming a campaign, household or
 * resident of another community is FORBIDDEN; an id naming nothing NOT_FOUND. Pushes apply exactly once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSystemRecord } from '../../src/server/admin/system-records';
import { todayIn } from '../../src/shared/local-date';
import { uuidv7 } from '../../src/shared/uuid-v7';
import { startTestServer, type TestServer } from '../fixtures/server-harness';
import { createOf, findRecord, findRecords, patchOf, voidOf } from '../fixtures/server-client';
import { answers, APPLIED, idsOf } from '../fixtures/help-request-server';
import { anotherCommunity, demoAccount, type Account } from '../fixtures/review-task-server';
import { aCampaignExemption, aResident, aSampling, aTestingCampaign, aTestResult } from '../fixtures/domain-records';

let server: TestServer;
let worker1: Account;
let worker2: Account;
let secretary1: Account;
let volunteer1: Account;
let elsewhere: Awaited<ReturnType<typeof anotherCommunity>> & { checkpoint: string; resident: string; campaign: string };

/** A resident and the household they live in. */
interface Person {
  residentId: string;
  householdId: string;
}
/** Residents of worker1's grid and of worker2's (a resident may be sampled twice: they are shared). */
const people: Record<'grid1' | 'grid2', Person[]> = { grid1: [], grid2: [] };

beforeAll(async () => {
  server = await startTestServer();
  worker1 = await demoAccount(server, 'worker1');
  worker2 = await demoAccount(server, 'worker2');
  secretary1 = await demoAccount(server, 'secretary1');
  volunteer1 = await demoAccount(server, 'volunteer1');
  for (const [name, gridId] of [['grid1', server.demo.gridIds[0]!], ['grid2', server.demo.gridIds[1]!]] as const) {
    for (const resident of await findRecords(server.db, 'resident', { gridId })) {
      people[name].push({ residentId: resident.id, householdId: String(resident.data.householdId) });
    }
  }
  const other = await anotherCommunity(server);
  const checkpoint = await createSystemRecord(server.db, 'checkpoint', { communityId: other.community, name: '南门卡口' });
  const resident = await createSystemRecord(server.db, 'resident', aResident({ householdId: other.household, name: '外人' }));
  const campaign = await createSystemRecord(server.db, 'testing_campaign', campaignData({ communityId: other.community, sites: [{ id: uuidv7(), name: '南门', checkpointId: checkpoint }] }));
  elsewhere = { ...other, checkpoint, resident, campaign };
});
afterAll(async () => {
  await server?.close();
});

const FORBIDDEN = { status: 'rejected', code: 'FORBIDDEN' };
const invalid = (field: string, key: string) => ({ status: 'rejected', code: 'VALIDATION', fields: { [field]: key } });
const notFound = (field: string) => ({ status: 'rejected', code: 'NOT_FOUND', fields: { [field]: 'not_found' } });
const today = () => todayIn('Asia/Shanghai');

/** A campaign of the demo community from today, sampled at its first checkpoint (and a place of its own), 10-in-1. */
function campaignData(overrides: Record<string, unknown> = {}) {
  return aTestingCampaign({
    communityId: server.demo.communityId,
    startDate: today(),
    endDate: today(),
    sites: [
      { id: uuidv7(), name: '东门采样点', checkpointId: server.demo.checkpointIds[0]! },
      { id: uuidv7(), name: '小区广场' },
    ],
    ...overrides,
  });
}

interface Campaign {
  id: string;
  siteId: string;
}

/** A campaign started (and applied) by secretary1; its id and first site. */
async function started(overrides: Record<string, unknown> = {}): Promise<Campaign> {
  const data = campaignData(overrides);
  const { results, ids } = await write(secretary1, 'testing_campaign', data);
  expect(results).toEqual([APPLIED]);
  return { id: ids[0]!, siteId: data.sites[0]!.id };
}

/** Pushes creates as one writer; their answers and ids (a refused one is not stored). */
async function write(writer: Account, entity: string, ...records: Record<string, unknown>[]) {
  const creates = records.map((data) => createOf(entity, data));
  const res = await writer.api.push(creates);
  expect(res.status).toBe(200);
  for (const [n, create] of creates.entries()) {
    if (res.body.results[n]!.status !== 'applied') expect(await findRecord(server.db, create.id)).toBeNull();
  }
  return { results: answers(res.body.results), ids: creates.map((c) => c.id) };
}

/** A sampling of this person now at the campaign's first site, into the tube. */
const samplingOf = (campaign: Campaign, who: Person, tubeNumber: string, overrides: Record<string, unknown> = {}) =>
  aSampling({ campaignId: campaign.id, ...who, siteId: campaign.siteId, tubeNumber, sampledAt: new Date().toISOString(), ...overrides });
/** n samplings into one tube, of residents of worker1's grid. */
const intoTube = (campaign: Campaign, tubeNumber: string, n: number) =>
  Array.from({ length: n }, (_, i) => samplingOf(campaign, people.grid1[i % people.grid1.length]!, tubeNumber));
const exemptionOf = (campaign: Campaign, who: Person, overrides: Record<string, unknown> = {}) =>
  aCampaignExemption({ campaignId: campaign.id, ...who, kind: 'home_sampling', returnDate: undefined, ...overrides });
const resultOf = (campaign: Campaign, tubeNumber: string, result = 'negative') =>
  aTestResult({ campaignId: campaign.id, tubeNumber, result, resultAt: new Date().toISOString() });

const pulled = async (account: Account, entity: string) => idsOf((await account.api.pullAll()).changes, entity);
/** Patches a campaign at its stored version; the answer. */
async function change(id: string, data: Record<string, unknown>) {
  const version = (await findRecord(server.db, id))!.version;
  return answers((await secretary1.api.push([patchOf('testing_campaign', id, version, data)])).body.results)[0];
}

describe('a campaign', () => {
  it('secretary1 starts one: applied at the community; worker1 and worker2 pull it, and volunteer1 while it is open (to help at the site)', async () => {
    const { id } = await started();
    const stored = await server.db.query<{ community_id: string; grid_id: string | null }>('SELECT community_id, grid_id FROM records WHERE id = $1', [id]);
    expect(stored.rows[0]).toEqual({ community_id: server.demo.communityId, grid_id: null });
    expect(await pulled(worker1, 'testing_campaign')).toContain(id);
    expect(await pulled(worker2, 'testing_campaign')).toContain(id);
    expect(await pulled(volunteer1, 'testing_campaign')).toContain(id);
  });

  it('a grid worker may create neither a campaign nor a result (FORBIDDEN), nor a volunteer', async () => {
    const campaign = await started();
    expect((await write(worker1, 'testing_campaign', campaignData())).results).toEqual([FORBIDDEN]);
    expect((await write(worker1, 'test_result', resultOf(campaign, 'W-1'))).results).toEqual([FORBIDDEN]);
    expect((await write(volunteer1, 'testing_campaign', campaignData())).results).toEqual([FORBIDDEN]);
    expect((await write(volunteer1, 'test_result', resultOf(campaign, 'W-1'))).results).toEqual([FORBIDDEN]);
  });

  it('naming another community’s checkpoint as a site: NOT_FOUND sites, as an unknown checkpoint', async () => {
    const site = (checkpointId: string) => campaignData({ sites: [{ id: uuidv7(), name: '南门', checkpointId }] });
    const { results } = await write(secretary1, 'testing_campaign', site(elsewhere.checkpoint), site(uuidv7()));
    expect(results).toEqual([notFound('sites'), notFound('sites')]);
  });

  it('naming another community’s building: NOT_FOUND buildingIds; its own buildings: applied', async () => {
    const own = server.demo.buildings.slice(0, 2).map((b) => b.id);
    const { results } = await write(secretary1, 'testing_campaign', campaignData({ buildingIds: [own[0], elsewhere.building] }), campaignData({ buildingIds: own }));
    expect(results).toEqual([notFound('buildingIds'), APPLIED]);
  });

  it('its pool size is fixed: a patch of poolSize is VALIDATION immutable_field, nothing changed', async () => {
    const { id } = await started();
    expect(await change(id, { poolSize: 20 })).toEqual(invalid('poolSize', 'immutable_field'));
    expect(await findRecord(server.db, id)).toMatchObject({ version: 1, data: { poolSize: 10 } });
  });

  it('closing it (closedAt) is applied and pulled by the grid workers', async () => {
    const { id } = await started();
    const closedAt = new Date().toISOString();
    expect(await change(id, { closedAt })).toEqual(APPLIED);
    expect(await findRecord(server.db, id)).toMatchObject({ version: 2, data: { closedAt } });
    const { changes } = await worker2.api.pullAll();
    expect(changes.find((c) => c.id === id)).toMatchObject({ version: 2 });
  });
});

describe('sampling at the site', () => {
  it('worker1 samples a resident of worker2’s grid: applied, placed in that grid; worker2 pulls it, worker1 does not', async () => {
    const campaign = await started();
    const { results, ids } = await write(worker1, 'sampling', samplingOf(campaign, people.grid2[0]!, 'S-1'));
    expect(results).toEqual([APPLIED]);
    expect((await findRecord(server.db, ids[0]!))!.grid_id).toBe(server.demo.gridIds[1]);
    expect(await pulled(worker2, 'sampling')).toContain(ids[0]);
    expect(await pulled(worker1, 'sampling')).not.toContain(ids[0]);
    expect(await pulled(secretary1, 'sampling')).toContain(ids[0]);
  });

  it('a volunteer samples at an open campaign’s site, but may not mark exemptions (FORBIDDEN) and pulls no exemption or result', async () => {
    const campaign = await started();
    expect((await write(worker1, 'sampling', samplingOf(campaign, people.grid1[0]!, 'V-1'))).results).toEqual([APPLIED]);
    expect((await write(secretary1, 'test_result', resultOf(campaign, 'V-1'))).results).toEqual([APPLIED]);
    expect((await write(worker1, 'campaign_exemption', exemptionOf(campaign, people.grid1[2]!))).results).toEqual([APPLIED]);
    expect((await write(volunteer1, 'sampling', samplingOf(campaign, people.grid1[1]!, 'V-1'))).results).toEqual([APPLIED]);
    expect((await write(volunteer1, 'campaign_exemption', exemptionOf(campaign, people.grid1[1]!))).results).toEqual([FORBIDDEN]);
    const { changes } = await volunteer1.api.pullAll();
    expect(changes.filter((c) => ['campaign_exemption', 'test_result'].includes(c.entity))).toEqual([]);
  });

  it('naming a site that is not the campaign’s: VALIDATION siteId site_unknown', async () => {
    const [campaign, other] = [await started(), await started()];
    const { results } = await write(worker1, 'sampling', samplingOf(campaign, people.grid1[0]!, 'X-1', { siteId: other.siteId }));
    expect(results).toEqual([invalid('siteId', 'site_unknown')]);
  });

  it('at home without a site: applied; at the site without one: VALIDATION siteId site_required', async () => {
    const campaign = await started();
    const who = people.grid1[0]!;
    const { results } = await write(
      worker1,
      'sampling',
      samplingOf(campaign, who, 'H-1', { atHome: true, siteId: undefined }),
      samplingOf(campaign, who, 'H-2', { atHome: false, siteId: undefined }),
    );
    expect(results).toEqual([APPLIED, invalid('siteId', 'site_required')]);
  });

  it('a resident who does not live in the household: VALIDATION residentId resident_not_in_household', async () => {
    const campaign = await started();
    const who = people.grid1[0]!;
    const elsewhereInGrid = people.grid1.find((p) => p.householdId !== who.householdId)!;
    const { results } = await write(worker1, 'sampling', samplingOf(campaign, { residentId: who.residentId, householdId: elsewhereInGrid.householdId }, 'R-1'));
    expect(results).toEqual([invalid('residentId', 'resident_not_in_household')]);
  });

  it('of another community’s campaign or resident: FORBIDDEN (outside the writer’s community); of no campaign at all: NOT_FOUND', async () => {
    const campaign = await started();
    const foreignCampaign = { id: elsewhere.campaign, siteId: campaign.siteId };
    const { results } = await write(
      worker1,
      'sampling',
      samplingOf(foreignCampaign, people.grid1[0]!, 'F-1'),
      samplingOf({ id: uuidv7(), siteId: campaign.siteId }, people.grid1[0]!, 'F-1'),
      samplingOf(campaign, { residentId: elsewhere.resident, householdId: elsewhere.household }, 'F-1'),
    );
    expect(results).toEqual([FORBIDDEN, notFound('campaignId'), FORBIDDEN]);
    expect((await write(secretary1, 'test_result', aTestResult({ campaignId: elsewhere.campaign, resultAt: new Date().toISOString() }))).results).toEqual([FORBIDDEN]);
    expect((await write(secretary1, 'test_result', aTestResult({ campaignId: uuidv7(), resultAt: new Date().toISOString() }))).results).toEqual([notFound('campaignId')]);
    expect((await write(worker1, 'campaign_exemption', exemptionOf(foreignCampaign, people.grid1[0]!))).results).toEqual([FORBIDDEN]);
  });
});

describe('a tube holds its pool size', () => {
  it('with 10-in-1, the 11th live sampling in a tube: VALIDATION tubeNumber tube_full', async () => {
    const campaign = await started();
    expect((await write(worker1, 'sampling', ...intoTube(campaign, 'T-1', 10))).results).toEqual(Array(10).fill(APPLIED));
    expect((await write(worker2, 'sampling', samplingOf(campaign, people.grid2[0]!, 'T-1'))).results).toEqual([invalid('tubeNumber', 'tube_full')]);
    // The message names the tube, for whoever reads the rejection.
    const res = await worker2.api.push([createOf('sampling', samplingOf(campaign, people.grid2[0]!, 't-1'))]);
    expect(res.body.results[0]?.error?.message).toContain('T-1');
    expect((await write(worker2, 'sampling', samplingOf(campaign, people.grid2[0]!, 'T-2'))).results).toEqual([APPLIED]);
  });

  it('also when the 10 and the 11th arrive in one push', async () => {
    const campaign = await started();
    expect((await write(worker1, 'sampling', ...intoTube(campaign, 'T-1', 11))).results).toEqual([...Array(10).fill(APPLIED), invalid('tubeNumber', 'tube_full')]);
  });

  it('voiding one of a full tube’s samplings frees one place', async () => {
    const campaign = await started();
    const { ids } = await write(worker1, 'sampling', ...intoTube(campaign, 'T-1', 10));
    const voided = await worker1.api.push([voidOf('sampling', ids[3]!, '试管号录错')]);
    expect(answers(voided.body.results)).toEqual([APPLIED]);
    const { results } = await write(worker1, 'sampling', ...intoTube(campaign, 'T-1', 2));
    expect(results).toEqual([APPLIED, invalid('tubeNumber', 'tube_full')]);
  });

  it('filled at once from several phones: never more than the pool size applied and stored', async () => {
    // Several rounds: the pushes interleave differently each time (count, insert, commit).
    for (let round = 0; round < 4; round++) {
      const campaign = await started();
      const writers = Array.from({ length: 12 }, (_, n) => (n % 2 === 0 ? worker1 : worker2));
      const responses = await Promise.all(writers.map((writer, n) => writer.api.push([createOf('sampling', samplingOf(campaign, people.grid1[n % people.grid1.length]!, 'RACE-1'))])));
      const results = answers(responses.map((r) => r.body.results[0]!));
      expect(results.filter((r) => r.status === 'applied')).toHaveLength(10);
      expect(results.filter((r) => r.status !== 'applied')).toEqual([invalid('tubeNumber', 'tube_full'), invalid('tubeNumber', 'tube_full')]);
      const stored = await server.db.query<{ n: number }>("SELECT count(*)::int AS n FROM records WHERE entity = 'sampling' AND data->>'campaignId' = $1", [campaign.id]);
      expect(stored.rows[0]!.n).toBe(10);
    }
  });

  it('"ab-12" and "AB-12" are one tube (stored in capitals)', async () => {
    const campaign = await started({ poolSize: 1 });
    const { results, ids } = await write(worker1, 'sampling', samplingOf(campaign, people.grid1[0]!, 'ab-12'));
    expect(results).toEqual([APPLIED]);
    expect((await findRecord(server.db, ids[0]!))!.data.tubeNumber).toBe('AB-12');
    expect((await write(worker1, 'sampling', samplingOf(campaign, people.grid1[1]!, 'AB-12'))).results).toEqual([invalid('tubeNumber', 'tube_full')]);
    expect((await write(worker1, 'sampling', samplingOf(campaign, people.grid1[1]!, ' Ab-12 '))).results).toEqual([invalid('tubeNumber', 'tube_full')]);
  });

  it('tubes are counted per campaign: the same number in another campaign is another tube', async () => {
    const [first, second] = [await started({ poolSize: 1 }), await started({ poolSize: 1 })];
    expect((await write(worker1, 'sampling', samplingOf(first, people.grid1[0]!, 'C-1'), samplingOf(second, people.grid1[0]!, 'C-1'))).results).toEqual([APPLIED, APPLIED]);
  });
});

describe('exemptions', () => {
  it('worker1 marks one in their grid (applied, pulled by them); in worker2’s grid: FORBIDDEN', async () => {
    const campaign = await started();
    const own = await write(worker1, 'campaign_exemption', exemptionOf(campaign, people.grid1[0]!, { kind: 'away', returnDate: today() }));
    expect(own.results).toEqual([APPLIED]);
    expect(await pulled(worker1, 'campaign_exemption')).toContain(own.ids[0]);
    expect(await pulled(worker2, 'campaign_exemption')).not.toContain(own.ids[0]);
    expect((await write(worker1, 'campaign_exemption', exemptionOf(campaign, people.grid2[0]!))).results).toEqual([FORBIDDEN]);
    expect((await write(secretary1, 'campaign_exemption', exemptionOf(campaign, people.grid2[0]!))).results).toEqual([APPLIED]);
  });
});

describe('results', () => {
  it('the secretary writes one per tube; worker1 pulls them, volunteer1 does not', async () => {
    const campaign = await started();
    expect((await write(worker1, 'sampling', ...intoTube(campaign, 'P-1', 3))).results).toEqual(Array(3).fill(APPLIED));
    const { results, ids } = await write(secretary1, 'test_result', resultOf(campaign, 'p-1', 'positive'), resultOf(campaign, 'P-2'));
    expect(results).toEqual([APPLIED, APPLIED]);
    expect((await findRecord(server.db, ids[0]!))!.data).toMatchObject({ tubeNumber: 'P-1', result: 'positive' });
    expect(await pulled(worker1, 'test_result')).toEqual(expect.arrayContaining(ids));
    expect(await pulled(worker2, 'test_result')).toEqual(expect.arrayContaining(ids));
    expect(await pulled(volunteer1, 'test_result')).toEqual([]);
  });
});

describe('exactly once', () => {
  it('the same push sent twice: duplicate, one campaign, sampling and result stored', async () => {
    const data = campaignData();
    const campaign = createOf('testing_campaign', data);
    const sampling = createOf('sampling', samplingOf({ id: campaign.id, siteId: data.sites[0]!.id }, people.grid1[0]!, 'E-1'));
    const result = createOf('test_result', resultOf({ id: campaign.id, siteId: '' }, 'E-1'));
    expect(answers((await secretary1.api.push([campaign, sampling, result])).body.results)).toEqual([APPLIED, APPLIED, APPLIED]);
    const again = await secretary1.api.push([campaign, sampling, result]);
    expect(again.body.results).toEqual([campaign, sampling, result].map((m) => ({ mutationId: m.mutationId, status: 'duplicate', version: 1 })));
    const stored = await server.db.query<{ n: number }>("SELECT count(*)::int AS n FROM records WHERE data->>'campaignId' = $1", [campaign.id]);
    expect(stored.rows[0]!.n).toBe(2);
  });
});
