/**
 * The sampling site's reads (issue 17), on the real database and the in-memory client alike: the current
 * tube's samplings, the found person's, and the phone's newest at a site, read from the newest back
 * instead of the whole campaign.
 */
import Dexie from 'dexie';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalRecord } from '../../../../src/data';
import { GridwalkDb } from '../../../../src/data/db/schema';
import type { RecordQuery } from '../../../../src/data/queries/record-query';
import { runQuery } from '../../../../src/data/queries/run-query';
import { newestSamplingsAtSite, samplingsInTube, samplingsOfResidentIn } from '../../../../src/data/queries/testing-queries';
import { aSampling } from '../../../fixtures/domain-records';
import { localRecord, runFakeQuery, type FakeRecords } from '../../../fixtures/fake-data-client';

const CAMPAIGN = '0190a000-0e00-7000-8000-000000000001';
const OTHER_CAMPAIGN = '0190a000-0e00-7000-8000-000000000002';
const SITE = '0190a000-0e00-7000-8000-0000000000a1';
const OTHER_SITE = '0190a000-0e00-7000-8000-0000000000a2';
const ME = '0190a000-0e00-7000-8000-0000000000b1';
const SOMEONE = '0190a000-0e00-7000-8000-0000000000b2';
const RESIDENT = '0190a000-0e00-7000-8000-0000000000c1';
/** Ids in the order they were made (UUID v7 sort by their time). */
const idOf = (n: number) => `0190a000-0f00-7000-8000-${String(n).padStart(12, '0')}`;
const sampledAt = (minute: number) => `2026-11-26T09:${String(minute).padStart(2, '0')}:00+08:00`;

type Sampling = LocalRecord<'sampling'>;
const sampling = (n: number, fields: Partial<Sampling> = {}): Sampling =>
  localRecord('sampling', idOf(n), { ...aSampling({ campaignId: CAMPAIGN, siteId: SITE, tubeNumber: 'T-1', sampledAt: sampledAt(n) }), ...fields });

// Stored out of order: the reads must not depend on the order records arrived in.
const samplings: Sampling[] = [
  sampling(5),
  sampling(1, { createdBy: ME }),
  sampling(12, { createdBy: SOMEONE }), // another phone's, at this site
  sampling(9, { siteId: OTHER_SITE }), // this phone's, at another site
  sampling(3, { residentId: RESIDENT, tubeNumber: 'T-2' }),
  sampling(7, { campaignId: OTHER_CAMPAIGN, residentId: RESIDENT }),
  sampling(11, { residentId: RESIDENT, createdBy: ME }),
  sampling(2),
  sampling(8, { tubeNumber: 'T-2' }),
  sampling(10, { campaignId: OTHER_CAMPAIGN }),
];
const records: FakeRecords = { sampling: samplings };

let db: GridwalkDb;
beforeAll(async () => {
  db = new GridwalkDb(`testing-queries-${crypto.randomUUID()}`);
  await db.open();
  await db.table('sampling').bulkPut(samplings);
});
afterAll(async () => {
  db.close();
  await Dexie.delete(db.name);
});

/** The ids a query answers, from the real database, checked against the in-memory client's answer. */
async function idsOf(query: RecordQuery<'sampling'>): Promise<number[]> {
  const real = (await runQuery(db, query)).map((record) => record.id);
  expect(runFakeQuery(records, query).map((record) => record.id)).toEqual(real);
  return real.map((id) => Number(id.slice(-12)));
}

describe('the sampling site reads', () => {
  it("read one tube of the campaign, not another campaign's tube of the same number", async () => {
    expect((await idsOf(samplingsInTube(CAMPAIGN, 'T-2'))).sort((a, b) => a - b)).toEqual([3, 8]);
  });

  it("read a resident's samplings in this campaign only", async () => {
    expect((await idsOf(samplingsOfResidentIn(CAMPAIGN, RESIDENT))).sort((a, b) => a - b)).toEqual([3, 11]);
  });

  it("read the phone's newest at the site, latest sampled first: not another phone's, site's or campaign's", async () => {
    expect(await idsOf(newestSamplingsAtSite(CAMPAIGN, SITE, ME, 3))).toEqual([11, 8, 5]);
    expect(await idsOf(newestSamplingsAtSite(CAMPAIGN, SITE, ME, 10))).toEqual([11, 8, 5, 3, 2, 1]);
    expect(await idsOf(newestSamplingsAtSite(CAMPAIGN, SITE, SOMEONE, 2))).toEqual([12, 8]);
  });

  it('name each site, user and count apart, so a live read follows a change of site', () => {
    expect(newestSamplingsAtSite(CAMPAIGN, SITE, ME, 8).key).not.toBe(newestSamplingsAtSite(CAMPAIGN, OTHER_SITE, ME, 8).key);
    expect(newestSamplingsAtSite(CAMPAIGN, SITE, ME, 8).key).not.toBe(newestSamplingsAtSite(CAMPAIGN, SITE, SOMEONE, 8).key);
    expect(samplingsInTube(CAMPAIGN, 'T-1').key).not.toBe(samplingsInTube(OTHER_CAMPAIGN, 'T-1').key);
  });
});
