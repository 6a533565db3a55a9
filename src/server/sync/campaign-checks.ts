/**
 * Testing campaigns as the server judges them (issue 17): a campaign is its community's (its sites at
 * that community's checkpoints, its buildings that community's); an exemption and a sampling are placed
 * by the household of a resident living there and name a campaign of the same community (a sampling at
 * a site names one of the campaign's sites); a lab result names a campaign. A tube takes at most the
 * campaign's pool size of live samplings: one more is VALIDATION naming the tube. A campaign's own
 * parents are read in the writer's community only (parent-records.ts withinCommunity: another
 * community's checkpoint or building is unknown); a sampling, exemption or result that names another
 * community's campaign, household or resident is FORBIDDEN (outside the writer's community), an id
 * that names nothing NOT_FOUND.
 */
import { tubeKey } from '../../domain/testing/campaign-tubes';
import { parent, under } from './parent-records';
import type { ScopeColumns } from './record-store';
import type { RecordSource } from './record-source';
import { forbidden, notFound, validationFailed } from './rejection';
import type { Scope } from './scope';

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

/** A record named by a sampling, exemption or result: NOT_FOUND when there is none, FORBIDDEN when it is another community's. */
async function ofWritersCommunity(source: RecordSource, scope: Scope, entity: 'testing_campaign' | 'household' | 'resident', id: unknown, field: string) {
  const row = await parent(source, entity, id, field);
  if (scope.communityId !== null && row.community_id !== scope.communityId) throw forbidden(`This ${entity} is outside your community`);
  return row;
}

/** An exemption or a sampling: by the household of its resident, in a campaign of that community. `source`: every community's records. */
export async function campaignPersonScope(source: RecordSource, scope: Scope, data: Record<string, unknown>): Promise<ScopeColumns> {
  const campaign = await ofWritersCommunity(source, scope, 'testing_campaign', data.campaignId, 'campaignId');
  // A volunteer helps at the site of an open campaign only.
  if (scope.role === 'volunteer' && !(scope.campaignIds ?? []).includes(campaign.id)) throw forbidden('This testing campaign is not open');
  const household = await ofWritersCommunity(source, scope, 'household', data.householdId, 'householdId');
  const resident = await ofWritersCommunity(source, scope, 'resident', data.residentId, 'residentId');
  if (resident.household_id !== household.id) throw validationFailed({ residentId: 'resident_not_in_household' });
  // A writer of no community (the system) naming a person of another community than the campaign's.
  if (household.community_id !== campaign.community_id) throw forbidden('This resident is outside the campaign’s community');
  if (data.siteId !== undefined) {
    const sites: unknown[] = Array.isArray(campaign.data.sites) ? campaign.data.sites : [];
    const known = sites.some((site) => typeof site === 'object' && site !== null && 'id' in site && site.id === data.siteId);
    if (!known) throw validationFailed({ siteId: 'site_unknown' });
  }
  return under(household);
}

/** A lab result: of a campaign of the writer's community. `source`: every community's records. */
export async function testResultScope(source: RecordSource, scope: Scope, data: Record<string, unknown>): Promise<ScopeColumns> {
  const campaign = await ofWritersCommunity(source, scope, 'testing_campaign', data.campaignId, 'campaignId');
  return { ...NONE, community_id: campaign.community_id };
}

/** One more sampling in its tube must not pass the campaign's pool size. */
export async function requireRoomInTube(source: RecordSource, data: Record<string, unknown>): Promise<void> {
  const campaign = await source.find(String(data.campaignId));
  const poolSize = Number(campaign?.data.poolSize ?? 1);
  const tube = tubeKey(String(data.tubeNumber));
  if ((await source.tubeCount(String(data.campaignId), tube)) >= poolSize) {
    throw validationFailed({ tubeNumber: 'tube_full' }, `Tube ${tube} already holds ${poolSize} samples`);
  }
}
