/**
 * A read of ids alone, grouped by an index's value: e.g. the households of each building, read from
 * the household table's buildingId index without reading one household (counts and membership for
 * lists over a whole community). Built only by named queries, so index names stay inside src/data.
 */
import type { EntityName } from '../../domain/entities/entity-names';

export interface RecordIdsQuery<E extends EntityName> {
  /** The query's name and arguments: a live read is redone when it changes. */
  key: string;
  entity: E;
  /** A single-field index of the entity's table. */
  index: string;
  /** The index values to group by (each its own group); null: every value the index holds. */
  values: readonly string[] | null;
}

/** The ids of the records whose index value is each of the query's values. */
export type IdsByValue = ReadonlyMap<string, readonly string[]>;

/**
 * The household ids of each building, from the buildingId index alone (no household is read);
 * without ids, of every building that has households on the phone.
 */
export function householdIdsByBuilding(buildingIds: readonly string[] | null = null): RecordIdsQuery<'household'> {
  const values = buildingIds ? [...new Set(buildingIds)].sort() : null;
  return { key: `householdIdsByBuilding:${JSON.stringify(values)}`, entity: 'household', index: 'buildingId', values };
}

/** How many records have each index value (see householdCountsByBuilding). */
export type CountsByValue = ReadonlyMap<string, number>;

/**
 * How many households each of these buildings has, counted on the buildingId index (no household or key
 * is read): the register's totals for lists over a whole community.
 */
export function householdCountsByBuilding(buildingIds: readonly string[]): RecordIdsQuery<'household'> {
  const values = [...new Set(buildingIds)].sort();
  return { key: `householdCountsByBuilding:${JSON.stringify(values)}`, entity: 'household', index: 'buildingId', values };
}
