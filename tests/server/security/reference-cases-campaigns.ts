/**
 * Issue 17, the reference fields of testing campaigns (the rest: reference-cases.ts; the test:
 * reference-fields.test.ts). A campaign names its community, the checkpoints its sites are at and the
 * buildings it expects: all of the secretary's community (another community's: as an unknown one). An
 * exemption and a sampling name a campaign, a household and a resident living there, all of the writer's
 * community (another community's: FORBIDDEN, as the issue says; an unknown id NOT_FOUND); a lab result
 * names a campaign alike. An exemption is its grid's (worker1 may not mark one in worker2's grid), a
 * sampling is not (sampling at the site is community-wide, as gate duty).
 * A sampling's siteId names no record but one of its campaign's sites (their ids are the phone's, minted
 * with the campaign): another campaign's site (another community's too) or an unknown id is VALIDATION
 * siteId site_unknown alike. own.campaign is a 20-in-1 campaign of the demo community by secretary1 (its first
 * site own.site); elsewhere.campaign one of another community (its site elsewhere.site).
 */
import { createSystemRecord } from '../../../src/server/admin/system-records';
import { todayIn } from '../../../src/shared/local-date';
import { uuidv7 } from '../../../src/shared/uuid-v7';
import type { Database } from '../../../src/server/db/database';
import type { ApiClient } from '../../fixtures/server-client';
import { pushed } from '../../fixtures/review-task-server';
import { aCampaignExemption, aSampling, aTestingCampaign, aTestResult } from '../../fixtures/domain-records';
import { elsewhere, own, type ReferenceCase } from './reference-cases';
import { monitored } from './reference-cases-monitoring';

/**
 * Uuid fields that are no reference: a campaign's site ids are minted by the phone with the campaign
 * (unique within it, site_duplicate), named by its samplings (the sampling.siteId case).
 */
export const OWN_IDS = ['testing_campaign.sites[].id'];

const field = (name: string) => (data: Record<string, unknown>) => data[name];
const first = (name: string) => (data: Record<string, unknown>): unknown => {
  const list = data[name];
  return Array.isArray(list) ? list[0] : undefined;
};
const firstSiteCheckpoint = (data: Record<string, unknown>): unknown => {
  const site: unknown = first('sites')(data);
  return typeof site === 'object' && site !== null && 'checkpointId' in site ? site.checkpointId : undefined;
};

/** A campaign of today, at a place of its own unless told. */
export const campaignOf = (communityId: string, overrides: Record<string, unknown> = {}) =>
  aTestingCampaign({ communityId, startDate: todayIn('Asia/Shanghai'), endDate: todayIn('Asia/Shanghai'), sites: [{ id: uuidv7(), name: '小区广场' }], ...overrides });

/** own.campaign (secretary1's, 20-in-1: the cases' samplings fit in a tube) and elsewhere.campaign, with a site each. */
export async function campaignTargets(db: Database, secretary: ApiClient): Promise<void> {
  const ownCampaign = campaignOf(own.community, { poolSize: 20 });
  own.campaign = await pushed(secretary, 'testing_campaign', ownCampaign);
  own.site = ownCampaign.sites[0]!.id;
  const foreign = campaignOf(elsewhere.community, { sites: [{ id: uuidv7(), name: '南门', checkpointId: elsewhere.checkpoint }] });
  elsewhere.campaign = await createSystemRecord(db, 'testing_campaign', foreign);
  elsewhere.site = foreign.sites[0]!.id;
}

/** The resident living in a household a case names (a second resident of own.household for own's). */
const livingIn = (householdId: string) => monitored.residentOf.get(householdId) ?? monitored.householdMate;
const exemption = (data: Record<string, unknown>) =>
  aCampaignExemption({ campaignId: own.campaign, residentId: own.resident, householdId: own.household, kind: 'home_sampling', returnDate: undefined, ...data });
const sampling = (data: Record<string, unknown>) =>
  aSampling({ campaignId: own.campaign, residentId: own.resident, householdId: own.household, siteId: own.site, sampledAt: new Date().toISOString(), tubeNumber: 'REF-1', ...data });

export const CAMPAIGN_CASES: ReferenceCase[] = [
  {
    name: 'testing_campaign.communityId',
    entity: 'testing_campaign',
    kind: 'community',
    writer: 'secretary1',
    record: (communityId) => campaignOf(communityId),
    errorField: 'communityId',
    otherGridCode: null,
    stored: field('communityId'),
  },
  {
    name: 'testing_campaign.sites[].checkpointId',
    entity: 'testing_campaign',
    kind: 'checkpoint',
    writer: 'secretary1',
    record: (checkpointId) => campaignOf(own.community, { sites: [{ id: uuidv7(), name: '采样点', checkpointId }] }),
    errorField: 'sites',
    otherGridCode: null,
    stored: firstSiteCheckpoint,
  },
  {
    name: 'testing_campaign.buildingIds[]',
    entity: 'testing_campaign',
    kind: 'building',
    writer: 'secretary1',
    record: (buildingId) => campaignOf(own.community, { buildingIds: [buildingId] }),
    errorField: 'buildingIds',
    // The secretary's campaign takes any building of the community.
    otherGridCode: null,
    stored: first('buildingIds'),
  },
  {
    name: 'campaign_exemption.campaignId',
    entity: 'campaign_exemption',
    kind: 'campaign',
    writer: 'worker1',
    record: (campaignId) => exemption({ campaignId }),
    errorField: 'campaignId',
    foreignCode: 'FORBIDDEN',
    otherGridCode: null,
    stored: field('campaignId'),
  },
  {
    name: 'campaign_exemption.householdId',
    entity: 'campaign_exemption',
    kind: 'household',
    writer: 'worker1',
    // The household's own resident: another grid's is then FORBIDDEN by its place, not by who lives there.
    record: (householdId) => exemption({ householdId, residentId: livingIn(householdId) }),
    errorField: 'householdId',
    foreignCode: 'FORBIDDEN',
    otherGridCode: 'FORBIDDEN',
    stored: field('householdId'),
  },
  {
    name: 'campaign_exemption.residentId',
    entity: 'campaign_exemption',
    kind: 'resident',
    writer: 'worker1',
    record: (residentId) => exemption({ residentId }),
    errorField: 'residentId',
    foreignCode: 'FORBIDDEN',
    // A resident of another grid does not live in own.household (resident_not_in_household).
    otherGridCode: 'VALIDATION',
    stored: field('residentId'),
  },
  {
    name: 'sampling.campaignId',
    entity: 'sampling',
    kind: 'campaign',
    writer: 'worker1',
    record: (campaignId) => sampling({ campaignId }),
    errorField: 'campaignId',
    foreignCode: 'FORBIDDEN',
    otherGridCode: null,
    stored: field('campaignId'),
  },
  {
    name: 'sampling.householdId',
    entity: 'sampling',
    kind: 'household',
    writer: 'worker1',
    record: (householdId) => sampling({ householdId, residentId: livingIn(householdId) }),
    errorField: 'householdId',
    foreignCode: 'FORBIDDEN',
    // Any grid worker of the community samples at the site: worker2's household is applied (testing-campaigns.test.ts).
    otherGridCode: null,
    stored: field('householdId'),
  },
  {
    name: 'sampling.residentId',
    entity: 'sampling',
    kind: 'resident',
    writer: 'worker1',
    record: (residentId) => sampling({ residentId }),
    errorField: 'residentId',
    foreignCode: 'FORBIDDEN',
    otherGridCode: 'VALIDATION',
    stored: field('residentId'),
  },
  {
    name: 'sampling.siteId',
    entity: 'sampling',
    kind: 'site',
    writer: 'worker1',
    record: (siteId) => sampling({ siteId }),
    errorField: 'siteId',
    // Not a record: a site of another community's campaign is one the sampling's campaign does not have.
    refused: { code: 'VALIDATION', key: 'site_unknown' },
    otherGridCode: null,
    stored: field('siteId'),
  },
  {
    name: 'test_result.campaignId',
    entity: 'test_result',
    kind: 'campaign',
    writer: 'secretary1',
    record: (campaignId) => aTestResult({ campaignId, resultAt: new Date().toISOString() }),
    errorField: 'campaignId',
    foreignCode: 'FORBIDDEN',
    otherGridCode: null,
    stored: field('campaignId'),
  },
];
