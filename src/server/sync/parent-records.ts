/**
 * The records a record is placed under, as the scope derivation and the per-kind checks read them: a
 * named parent of a kind (or not_found on the field that names it), the writer's community only, and
 * the scope columns a record takes from its parent.
 */
import type { EntityName } from '../../domain/entities/registry';
import type { ScopeColumns, WritableRow } from './record-store';
import type { RecordSource } from './record-source';
import { notFound } from './rejection';
import type { Scope } from './scope';

/** The record `id` names, of kind `entity`; else not_found on `field`. */
export async function parent(source: RecordSource, entity: EntityName, id: unknown, field: string): Promise<WritableRow> {
  const row = typeof id === 'string' ? await source.find(id) : null;
  if (!row || row.entity !== entity) throw notFound(`Unknown ${entity} ${String(id)}`, { [field]: 'not_found' });
  return row;
}

/** Records of the writer's community only (a writer without a community, the system, sees all): another community's is answered as unknown. */
export function withinCommunity(source: RecordSource, scope: Scope): RecordSource {
  if (scope.communityId === null) return source;
  return {
    find: async (id) => {
      const row = await source.find(id);
      return row && row.community_id === scope.communityId ? row : null;
    },
    dailyReportExists: (gridId, userId, date) => source.dailyReportExists(gridId, userId, date),
    reviewsOf: (recordId) => source.reviewsOf(recordId),
    account: (userId) => source.account(userId),
    openMonitoringsOf: (residentId) => source.openMonitoringsOf(residentId),
    tubeCount: (campaignId, tubeNumber) => source.tubeCount(campaignId, tubeNumber),
  };
}

/** The scope columns under a parent, with the record's own where it has them. */
export function under(row: WritableRow, own: Partial<ScopeColumns> = {}): ScopeColumns {
  return {
    community_id: row.community_id,
    grid_id: row.grid_id,
    building_id: row.building_id,
    household_id: row.household_id,
    ...own,
  };
}
