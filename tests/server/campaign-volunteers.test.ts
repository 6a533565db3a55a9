/**
 * Volunteers helping at a testing campaign's sampling site (issue 17), through the real push and pull
 * (PGlite, or PostgreSQL with DATABASE_URL). While a campaign of their community is open (not closed, not
 * past its end date) a volunteer reads the campaign, its samplings and the register's names and rooms, so
 * the site screen finds people; never an ID number, phone or key group, an exemption or a result. They
 * record samplings and void their own, nobody else's. When the campaign closes, their next pull starts
 * over (reset: the phone drops the register) and sampling is FORBIDDEN.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayIn } from '../../src/shared/local-date';
import { uuidv7 } from '../../src/shared/uuid-v7';
import type { Change } from '../../src/domain/sync-protocol';
import { startTestServer, type TestServer } from '../fixtures/server-harness';
import { createOf, findRecord, findRecords, patchOf, voidOf } from '../fixtures/server-client';
import { answers, APPLIED } from '../fixtures/help-request-server';
import { demoAccount, type Account } from '../fixtures/review-task-server';
import { aCampaignExemption, aSampling, aTestingCampaign, aTestResult } from '../fixtures/domain-records';

let server: TestServer;
let worker1: Account;
let secretary1: Account;
let volunteer1: Account;
let residents: { id: string; householdId: string }[];

const FORBIDDEN = { status: 'rejected', code: 'FORBIDDEN' };
const today = () => todayIn('Asia/Shanghai');

beforeAll(async () => {
  server = await startTestServer();
  worker1 = await demoAccount(server, 'worker1');
  secretary1 = await demoAccount(server, 'secretary1');
  volunteer1 = await demoAccount(server, 'volunteer1');
  residents = (await findRecords(server.db, 'resident', { gridId: server.demo.gridIds[0]! })).map((r) => ({ id: r.id, householdId: String(r.data.householdId) }));
});
afterAll(async () => {
  await server?.close();
});

async function push(writer: Account, ...mutations: ReturnType<typeof createOf>[]) {
  const res = await writer.api.push(mutations);
  expect(res.status).toBe(200);
  return answers(res.body.results);
}

const of = (changes: Change[], entity: string) => changes.filter((c) => c.entity === entity);

describe('a volunteer at the sampling site', () => {
  const siteId = uuidv7();
  let campaignId: string;
  let cursor: string;

  it('with no campaign open: reads no register, campaign or sampling', async () => {
    const { changes, cursor: next } = await volunteer1.api.pullAll();
    cursor = next;
    for (const entity of ['resident', 'household', 'testing_campaign', 'sampling']) expect(of(changes, entity)).toEqual([]);
  });

  it('once the secretary starts one: the campaign, every name and room of the register (no ID number, phone or tag), the samplings; no exemption or result', async () => {
    const campaign = aTestingCampaign({ communityId: server.demo.communityId, startDate: today(), endDate: today(), sites: [{ id: siteId, name: '小区广场' }], poolSize: 10 });
    const create = createOf('testing_campaign', campaign);
    campaignId = create.id;
    expect(await push(secretary1, create)).toEqual([APPLIED]);
    const who = residents[0]!;
    expect(await push(worker1, createOf('sampling', aSampling({ campaignId, residentId: who.id, householdId: who.householdId, siteId, sampledAt: new Date().toISOString(), tubeNumber: 'V-1' })))).toEqual([APPLIED]);
    expect(await push(worker1, createOf('campaign_exemption', aCampaignExemption({ campaignId, residentId: residents[1]!.id, householdId: residents[1]!.householdId, kind: 'away', returnDate: undefined })))).toEqual([APPLIED]);
    expect(await push(secretary1, createOf('test_result', aTestResult({ campaignId, tubeNumber: 'V-1', resultAt: new Date().toISOString() })))).toEqual([APPLIED]);

    // The scope changed: the pull starts over and brings the register.
    const pulled = await volunteer1.api.pullAll(cursor);
    cursor = pulled.cursor;
    expect(pulled.reset).toBe(true);
    expect(of(pulled.changes, 'testing_campaign').map((c) => c.id)).toEqual([campaignId]);
    const stored = await findRecords(server.db, 'resident', {});
    expect(of(pulled.changes, 'resident')).toHaveLength(stored.length);
    const withId = stored.find((r) => r.data.idNumber !== undefined && r.data.phone !== undefined && Array.isArray(r.data.tags) && r.data.tags.length > 0)!;
    const seen = of(pulled.changes, 'resident').find((c) => c.id === withId.id)!;
    expect(seen.data).toMatchObject({ name: withId.data.name, householdId: withId.data.householdId, tags: [] });
    expect(Object.keys(seen.data)).not.toEqual(expect.arrayContaining(['idNumber']));
    expect(JSON.stringify(pulled.changes)).not.toContain(String(withId.data.idNumber));
    expect(JSON.stringify(pulled.changes)).not.toContain(String(withId.data.phone));
    expect(of(pulled.changes, 'household').length).toBeGreaterThan(0);
    expect(of(pulled.changes, 'household').every((c) => c.data.phone === undefined)).toBe(true);
    expect(of(pulled.changes, 'sampling').map((c) => c.data.tubeNumber)).toEqual(['V-1']);
    expect(of(pulled.changes, 'campaign_exemption')).toEqual([]);
    expect(of(pulled.changes, 'test_result')).toEqual([]);
  });

  it('records a sampling and voids their own, but not a worker’s (FORBIDDEN); marks no exemption (FORBIDDEN)', async () => {
    const who = residents[2]!;
    const mine = createOf('sampling', aSampling({ campaignId, residentId: who.id, householdId: who.householdId, siteId, sampledAt: new Date().toISOString(), tubeNumber: 'V-1' }));
    expect(await push(volunteer1, mine)).toEqual([APPLIED]);
    expect((await findRecord(server.db, mine.id))?.data.tubeNumber).toBe('V-1');
    expect(await push(volunteer1, voidOf('sampling', mine.id, '登记错了'))).toEqual([APPLIED]);
    const voided = await server.db.query<{ voided: boolean }>('SELECT voided_at IS NOT NULL AS voided FROM records WHERE id = $1', [mine.id]);
    expect(voided.rows[0]?.voided).toBe(true);
    const workers = await findRecords(server.db, 'sampling', {});
    const theirs = workers.find((s) => s.data.tubeNumber === 'V-1' && s.id !== mine.id)!;
    expect(await push(volunteer1, voidOf('sampling', theirs.id, '错'))).toEqual([FORBIDDEN]);
    const exemption = createOf('campaign_exemption', aCampaignExemption({ campaignId, residentId: who.id, householdId: who.householdId, kind: 'home_sampling', returnDate: undefined }));
    expect(await push(volunteer1, exemption)).toEqual([FORBIDDEN]);
  });

  it('once the campaign is closed: sampling is FORBIDDEN and the next pull starts over without the register', async () => {
    const version = (await findRecord(server.db, campaignId))!.version;
    expect(await push(secretary1, patchOf('testing_campaign', campaignId, version, { closedAt: new Date().toISOString() }))).toEqual([APPLIED]);
    const who = residents[3]!;
    expect(await push(volunteer1, createOf('sampling', aSampling({ campaignId, residentId: who.id, householdId: who.householdId, siteId, sampledAt: new Date().toISOString(), tubeNumber: 'V-2' })))).toEqual([FORBIDDEN]);
    const pulled = await volunteer1.api.pullAll(cursor);
    expect(pulled.reset).toBe(true);
    for (const entity of ['resident', 'household', 'testing_campaign', 'sampling']) expect(of(pulled.changes, entity)).toEqual([]);
  });
});
