/**
 * Testing campaigns as the server judges them (issue 17): a campaign is its community's (its sites at
 * that community's checkpoints, its buildings that community's); an exemption and a sampling are placed
 * by the household of a resident living there and name a campaign of the same community (a sampling at
 * a site names one of the campaign's sites); a lab result names a campaign. A tube takes at most the
 * campaign's pool size of live samplings: one more is VALIDATION naming the tube. The source given is the
 * writer's community only (parent-records.ts withinCommunity): another community's record is unknown.
 */
import { tubeKey } from '../../domain/testing/campaign-tubes';
import { parent, under } from './parent-records';
import type { ScopeColumns } from './record-store';
import type { RecordSource } from './record-source';
import { notFound, validationFailed } from './rejection';

const NONE: ScopeColumns = { community_id: null, grid_id: null, building_id: null, household_id: null };

/** A campaign: of its community, at that community's checkpoints, over that community's buildings. */
export async function campaignScope(source: RecordSource, data: Record<string, unknown>): Promise<ScopeColumns> {
  const community = await parent(source, 'community', data.communityId, 'communityId');
  const sites = Array.isArray(data.sites) ? data.sites : [];
  for (const site of sites) {
    const checkpointId: unknown = typeof site === 'object' && site !== null && 'checkpointId' in site ? site.checkpointId : undefined;
    if (checkpointId === undefined) continue;
    const checkpoint = await parent(source, 'checkpoint', checkpointId, 'sites');
    if (checkpoint.community_id !== community.id) throw notFound(`Unknown checkpoint ${String(checkpointId)}`, { sites: 'not_found' });
  }
  for (const buildingId of new Set(Array.isArray(data.buildingIds) ? data.buildingIds : [])) {
    const building = await parent(source, 'building', buildingId, 'buildingIds');
    if (building.community_id !== community.id) throw notFound(`Unknown building ${String(buildingId)}`, { buildingIds: 'not_found' });
  }
  return { ...NONE, community_id: community.id };
}

/** An exemption or a sampling: by the household of its resident, in a campaign of that community. */
export async function campaignPersonScope(source: RecordSource, data: Record<string, unknown>): Promise<ScopeColumns> {
  const campaign = await parent(source, 'testing_campaign', data.campaignId, 'campaignId');
  const household = await parent(source, 'household', data.householdId, 'householdId');
  const resident = await parent(source, 'resident', data.residentId, 'residentId');
  if (resident.household_id !== household.id) throw validationFailed({ residentId: 'resident_not_in_household' });
  if (household.community_id !== campaign.community_id) throw notFound(`Unknown testing_campaign ${String(data.campaignId)}`, { campaignId: 'not_found' });
  if (data.siteId !== undefined) {
    const sites: unknown[] = Array.isArray(campaign.data.sites) ? campaign.data.sites : [];
    const known = sites.some((site) => typeof site === 'object' && site !== null && 'id' in site && site.id === data.siteId);
    if (!known) throw validationFailed({ siteId: 'site_unknown' });
  }
  return under(household);
}

/** A lab result: of a campaign of the writer's community. */
export async function testResultScope(source: RecordSource, data: Record<string, unknown>): Promise<ScopeColumns> {
  const campaign = await parent(source, 'testing_campaign', data.campaignId, 'campaignId');
  return { ...NONE, community_id: campaign.community_id };
}

/** One more sampling in its tube must not pass the campaign's pool size. */
export async function requireRoomInTube(source: RecordSource, data: Record<string, unknown>): Promise<void> {
  const campaign = await source.find(String(data.campaignId));
  const poolSize = Number(campaign?.data.poolSize ?? 1);
  const tube = tubeKey(String(data.tubeNumber));
  if ((await source.tubeCount(String(data.campaignId), tube)) >= poolSize) throw validationFailed({ tubeNumber: 'tube_full' });
}
