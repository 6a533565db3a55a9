/**
 * Scope columns of a record, derived on write from its parent chain:
 * building → grid → community; household → building; resident / visit → household (a visit's
 * checks must name residents of that household);
 * fever_report → household (or the resident's household), else its checkpoint entry's community, else the
 * writer's community (a linked checkpoint entry must be of the writer's community);
 * checkpoint_entry and shift_note → the checkpoint's community (a checkpoint entry's resident and household
 * must be of that community, the resident of that household); daily_report → its grid.
 */
import type { Queryable } from '../db/database';
import type { EntityName } from '../../domain/entities/registry';
import type { ScopeColumns } from './record-store';
import { forbidden, notFound, validationFailed } from './rejection';
import type { Scope } from './scope';

interface ParentRow extends ScopeColumns {
  id: string;
  entity: string;
}

async function parent(tx: Queryable, entity: EntityName, id: unknown, field: string): Promise<ParentRow> {
  const { rows } = await tx.query<ParentRow>(
    'SELECT id, entity, community_id, grid_id, building_id, household_id FROM records WHERE id = $1',
    [id],
  );
  const row = rows[0];
  if (!row || row.entity !== entity) throw notFound(`Unknown ${entity} ${String(id)}`, { [field]: 'not_found' });
  return row;
}

function under(row: ParentRow, own: Partial<ScopeColumns>): ScopeColumns {
  return {
    community_id: row.community_id,
    grid_id: row.grid_id,
    building_id: row.building_id,
    household_id: row.household_id,
    ...own,
  };
}

const NONE: ScopeColumns = { community_id: null, grid_id: null, building_id: null, household_id: null };

export async function deriveScope(
  tx: Queryable,
  entity: EntityName,
  id: string,
  data: Record<string, unknown>,
  scope: Scope,
): Promise<ScopeColumns> {
  switch (entity) {
    case 'community':
      return { ...NONE, community_id: id };
    case 'grid':
      return { ...NONE, community_id: (await parent(tx, 'community', data.communityId, 'communityId')).id, grid_id: id };
    case 'checkpoint':
      return { ...NONE, community_id: (await parent(tx, 'community', data.communityId, 'communityId')).id };
    case 'building':
    case 'daily_report': {
      const grid = await parent(tx, 'grid', data.gridId, 'gridId');
      return { ...NONE, community_id: grid.community_id, grid_id: grid.id, building_id: entity === 'building' ? id : null };
    }
    case 'household':
      return under(await parent(tx, 'building', data.buildingId, 'buildingId'), { household_id: id });
    case 'resident':
      return under(await parent(tx, 'household', data.householdId, 'householdId'), {});
    case 'visit': {
      const household = await parent(tx, 'household', data.householdId, 'householdId');
      await requireResidentsOf(tx, household.id, data.checks);
      return under(household, {});
    }
    case 'fever_report':
      return feverReportScope(tx, data, scope);
    case 'checkpoint_entry': {
      const checkpoint = await parent(tx, 'checkpoint', data.checkpointId, 'checkpointId');
      await requirePersonOf(tx, checkpoint.community_id, data);
      return { ...NONE, community_id: checkpoint.community_id };
    }
    case 'shift_note': {
      const checkpoint = await parent(tx, 'checkpoint', data.checkpointId, 'checkpointId');
      return { ...NONE, community_id: checkpoint.community_id };
    }
  }
}

/** A parent that must also be of the given community: one of another community is not_found (its existence is not told). */
async function parentIn(
  tx: Queryable,
  communityId: string | null,
  entity: EntityName,
  id: unknown,
  field: string,
): Promise<ParentRow> {
  const row = await parent(tx, entity, id, field);
  if (row.community_id !== communityId) throw notFound(`Unknown ${entity} ${String(id)}`, { [field]: 'not_found' });
  return row;
}

/** A checkpoint entry's resident and household (both optional) are of the checkpoint's community, the resident of that household. */
async function requirePersonOf(tx: Queryable, communityId: string | null, data: Record<string, unknown>): Promise<void> {
  const household =
    data.householdId === undefined ? null : await parentIn(tx, communityId, 'household', data.householdId, 'householdId');
  const resident = data.residentId === undefined ? null : await parentIn(tx, communityId, 'resident', data.residentId, 'residentId');
  if (household && resident && resident.household_id !== household.id) {
    throw validationFailed({ residentId: 'resident_not_in_household' });
  }
}

/** A visit checks residents of the visited household only (unknown ids: not_found; others: resident_not_in_household). */
async function requireResidentsOf(tx: Queryable, householdId: string, checks: unknown): Promise<void> {
  const ids = [...new Set((Array.isArray(checks) ? checks : []).map((check: { residentId?: unknown }) => String(check.residentId)))];
  if (ids.length === 0) return;
  const { rows } = await tx.query<{ id: string; household_id: string | null }>(
    `SELECT id, household_id FROM records WHERE entity = 'resident' AND id = ANY($1::uuid[])`,
    [ids],
  );
  if (rows.length < ids.length) throw notFound('Unknown resident in checks', { checks: 'not_found' });
  if (rows.some((row) => row.household_id !== householdId)) throw validationFailed({ checks: 'resident_not_in_household' });
}

async function feverReportScope(tx: Queryable, data: Record<string, unknown>, scope: Scope): Promise<ScopeColumns> {
  const household = data.householdId === undefined ? null : await parent(tx, 'household', data.householdId, 'householdId');
  const resident = data.residentId === undefined ? null : await parent(tx, 'resident', data.residentId, 'residentId');
  if (household && resident && resident.household_id !== household.id) {
    throw validationFailed({ residentId: 'resident_not_in_household' });
  }
  const entry = data.checkpointEntryId === undefined ? null : await checkpointEntryOf(tx, data.checkpointEntryId, scope);
  const anchor = household ?? resident;
  if (anchor) return under(anchor, {});
  // A report about someone not (yet) registered: it belongs to its gate entry's community, else the writer's.
  if (entry) return { ...NONE, community_id: entry.community_id };
  if (!scope.communityId) throw forbidden('A fever report without a household needs a community');
  return { ...NONE, community_id: scope.communityId };
}

/** The checkpoint entry a fever report links to: it must be of the writer's community (else not_found). */
async function checkpointEntryOf(tx: Queryable, id: unknown, scope: Scope): Promise<ParentRow> {
  const entry = await parent(tx, 'checkpoint_entry', id, 'checkpointEntryId');
  if (scope.communityId !== null && entry.community_id !== scope.communityId) {
    throw notFound(`Unknown checkpoint_entry ${String(id)}`, { checkpointEntryId: 'not_found' });
  }
  return entry;
}
