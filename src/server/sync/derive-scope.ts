/**
 * Scope columns of a record, derived on write from its parent chain:
 * building → grid → community; household → building; resident / visit → household (a visit's
 * checks must name residents of that household);
 * fever_report → household (or the resident's household), else its checkpoint entry's community, else the
 * writer's community (a linked checkpoint entry must be of the writer's community; a linked home monitoring
 * check too, and of the report's resident);
 * checkpoint_entry and shift_note → the checkpoint's community (a checkpoint entry's resident and household
 * must be of that community, the resident of that household); daily_report → its grid;
 * seal_period → its building; community_settings and community_report → their community (the writer's;
 * a report's grids must be of it);
 * help_request → its household when it names one (which must be at its building, unit and room), else
 * its building; delivery → its help request (which the writer must be able to read);
 * review → the record it is about (readable by the writer; review-checks.ts); task → its target, a grid,
 * building, household or resident of the community (task-checks.ts); home_monitoring → its household (its
 * resident living there); monitoring_check → its monitoring (monitoring-checks.ts); testing_campaign → its
 * community (its sites' checkpoints and its buildings of it); campaign_exemption and sampling → the household
 * of their resident, in a campaign of that community; test_result → its campaign's community (campaign-checks.ts);
 * device_sync and conflict are the server's own (never derived for a client).
 */
import type { EntityName } from '../../domain/entities/registry';
import { reviewSchema } from '../../domain/entities/review';
import { reviewedRecord } from './review-checks';
import { campaignPersonScope, campaignScope, testResultScope } from './campaign-checks';
import { monitoringCheckScope, monitoringScope } from './monitoring-checks';
import { taskScope } from './task-checks';
import type { ScopeColumns, WritableRow } from './record-store';
import type { RecordSource } from './record-source';
import { parent, under, withinCommunity } from './parent-records';
import { forbidden, notFound, validationFailed } from './rejection';
import { canRead, type Scope } from './scope';

type ParentRow = WritableRow;

const NONE: ScopeColumns = { community_id: null, grid_id: null, building_id: null, household_id: null };

export async function deriveScope(
  stored: RecordSource,
  entity: EntityName,
  id: string,
  data: Record<string, unknown>,
  scope: Scope,
): Promise<ScopeColumns> {
  // A parent in another community is answered as an unknown one: its existence is not told (a testing
  // campaign's sampling, exemption or result: FORBIDDEN, see campaign-checks.ts).
  const source = withinCommunity(stored, scope);
  switch (entity) {
    // The levels above the community belong to no community: an administrator's, read by street officers (scope.ts).
    case 'district':
      return NONE;
    case 'street':
      await parent(source, 'district', data.districtId, 'districtId');
      return NONE;
    case 'community':
      if (data.streetId !== undefined) await parent(source, 'street', data.streetId, 'streetId');
      return { ...NONE, community_id: id };
    case 'grid':
      return { ...NONE, community_id: (await parent(source, 'community', data.communityId, 'communityId')).id, grid_id: id };
    case 'checkpoint':
      return { ...NONE, community_id: (await parent(source, 'community', data.communityId, 'communityId')).id };
    case 'building':
    case 'daily_report': {
      const grid = await parent(source, 'grid', data.gridId, 'gridId');
      return { ...NONE, community_id: grid.community_id, grid_id: grid.id, building_id: entity === 'building' ? id : null };
    }
    case 'household':
      return under(await parent(source, 'building', data.buildingId, 'buildingId'), { household_id: id });
    case 'resident':
      return under(await parent(source, 'household', data.householdId, 'householdId'), {});
    case 'visit': {
      const household = await parent(source, 'household', data.householdId, 'householdId');
      await requireResidentsOf(source, household.id, data.checks);
      return under(household, {});
    }
    case 'fever_report': {
      const columns = await feverReportScope(source, data, scope);
      // The community it names (a street officer's copy carries it: projection.ts) must be the one it is in.
      if (data.communityId !== undefined && data.communityId !== columns.community_id) throw validationFailed({ communityId: 'community_mismatch' });
      return columns;
    }
    case 'checkpoint_entry': {
      const checkpoint = await parent(source, 'checkpoint', data.checkpointId, 'checkpointId');
      await requirePersonOf(source, checkpoint.community_id, data);
      return { ...NONE, community_id: checkpoint.community_id };
    }
    case 'shift_note': {
      const checkpoint = await parent(source, 'checkpoint', data.checkpointId, 'checkpointId');
      return { ...NONE, community_id: checkpoint.community_id };
    }
    case 'seal_period':
      return under(await parent(source, 'building', data.buildingId, 'buildingId'), { household_id: null });
    case 'community_settings':
      return { ...NONE, community_id: (await parent(source, 'community', data.communityId, 'communityId')).id };
    case 'community_report': {
      const community = await parent(source, 'community', data.communityId, 'communityId');
      await requireGridsOf(source, community.id, data.gridsReported, 'gridsReported');
      await requireGridsOf(source, community.id, data.gridsMissing, 'gridsMissing');
      return { ...NONE, community_id: community.id };
    }
    case 'help_request':
      return helpRequestScope(source, data);
    case 'delivery': {
      const request = await parent(source, 'help_request', data.helpRequestId, 'helpRequestId');
      // A request the writer may not see (a volunteer's unconfirmed or unassigned one) is not told.
      if (!canRead(scope, request)) throw notFound(`Unknown help_request ${String(data.helpRequestId)}`, { helpRequestId: 'not_found' });
      return under(request, {});
    }
    case 'review':
      return under(await reviewedRecord(source, scope, reviewSchema.parse(data)), {});
    case 'task':
      return taskScope(source, scope, data);
    case 'home_monitoring':
      return monitoringScope(source, data);
    case 'monitoring_check':
      return monitoringCheckScope(source, data);
    case 'testing_campaign':
      return campaignScope(source, data);
    case 'campaign_exemption':
    case 'sampling':
      return campaignPersonScope(stored, scope, data);
    case 'test_result':
      return testResultScope(stored, scope, data);
    case 'device_sync':
    case 'conflict':
      throw forbidden(`${entity} records are written by the server`);
  }
}

/** A parent that must also be of the given community: one of another community is not_found (its existence is not told). */
async function parentIn(
  source: RecordSource,
  communityId: string | null,
  entity: EntityName,
  id: unknown,
  field: string,
): Promise<ParentRow> {
  const row = await parent(source, entity, id, field);
  if (row.community_id !== communityId) throw notFound(`Unknown ${entity} ${String(id)}`, { [field]: 'not_found' });
  return row;
}

/** A community report names grids of its community only (another community's or an unknown one: not_found). */
async function requireGridsOf(source: RecordSource, communityId: string, ids: unknown, field: string): Promise<void> {
  for (const id of new Set(Array.isArray(ids) ? ids : [])) await parentIn(source, communityId, 'grid', id, field);
}

/** A checkpoint entry's resident and household (both optional) are of the checkpoint's community, the resident of that household. */
async function requirePersonOf(source: RecordSource, communityId: string | null, data: Record<string, unknown>): Promise<void> {
  const household =
    data.householdId === undefined ? null : await parentIn(source, communityId, 'household', data.householdId, 'householdId');
  const resident = data.residentId === undefined ? null : await parentIn(source, communityId, 'resident', data.residentId, 'residentId');
  if (household && resident && resident.household_id !== household.id) {
    throw validationFailed({ residentId: 'resident_not_in_household' });
  }
}

/** A visit checks residents of the visited household only (unknown ids: not_found; others: resident_not_in_household). */
async function requireResidentsOf(source: RecordSource, householdId: string, checks: unknown): Promise<void> {
  const ids = [...new Set((Array.isArray(checks) ? checks : []).map((check: { residentId?: unknown }) => String(check.residentId)))];
  if (ids.length === 0) return;
  const rows = await Promise.all(ids.map((id) => source.find(id)));
  if (rows.some((row) => row === null || row.entity !== 'resident')) throw notFound('Unknown resident in checks', { checks: 'not_found' });
  if (rows.some((row) => row?.household_id !== householdId)) throw validationFailed({ checks: 'resident_not_in_household' });
}

async function feverReportScope(source: RecordSource, data: Record<string, unknown>, scope: Scope): Promise<ScopeColumns> {
  const household = data.householdId === undefined ? null : await parent(source, 'household', data.householdId, 'householdId');
  const resident = data.residentId === undefined ? null : await parent(source, 'resident', data.residentId, 'residentId');
  if (household && resident && resident.household_id !== household.id) {
    throw validationFailed({ residentId: 'resident_not_in_household' });
  }
  const entry = data.checkpointEntryId === undefined ? null : await checkpointEntryOf(source, data.checkpointEntryId, scope);
  if (data.monitoringCheckId !== undefined) await requireCheckOf(source, data.monitoringCheckId, scope, resident);
  const anchor = household ?? resident;
  if (anchor) return under(anchor, {});
  // A report about someone not (yet) registered: it belongs to its gate entry's community, else the writer's.
  if (entry) return { ...NONE, community_id: entry.community_id };
  if (!scope.communityId) throw forbidden('A fever report without a household needs a community');
  return { ...NONE, community_id: scope.communityId };
}

/** The checkpoint entry a fever report links to: it must be of the writer's community (else not_found). */
async function checkpointEntryOf(source: RecordSource, id: unknown, scope: Scope): Promise<ParentRow> {
  const entry = await parent(source, 'checkpoint_entry', id, 'checkpointEntryId');
  if (scope.communityId !== null && entry.community_id !== scope.communityId) {
    throw notFound(`Unknown checkpoint_entry ${String(id)}`, { checkpointEntryId: 'not_found' });
  }
  return entry;
}

/**
 * The home monitoring check a fever report was made from: of the writer's community (else not_found, as
 * an unknown id), and of the report's resident when the report names one.
 */
async function requireCheckOf(source: RecordSource, id: unknown, scope: Scope, resident: ParentRow | null): Promise<void> {
  const check = await parent(source, 'monitoring_check', id, 'monitoringCheckId');
  if (scope.communityId !== null && check.community_id !== scope.communityId) {
    throw notFound(`Unknown monitoring_check ${String(id)}`, { monitoringCheckId: 'not_found' });
  }
  if (resident && check.data.residentId !== resident.id) throw validationFailed({ monitoringCheckId: 'check_of_other_resident' });
}

/** A help request is placed by its household when it names one (at the request's address), else by its building. */
async function helpRequestScope(source: RecordSource, data: Record<string, unknown>): Promise<ScopeColumns> {
  const building = await parent(source, 'building', data.buildingId, 'buildingId');
  if (data.householdId === undefined) return under(building, { household_id: null });
  const household = await parent(source, 'household', data.householdId, 'householdId');
  if (household.building_id !== building.id || household.data.unit !== data.unit || household.data.room !== data.room) {
    throw validationFailed({ householdId: 'household_not_at_address' });
  }
  return under(household, {});
}
