/** Live ids read from an index alone, grouped by its value (see queries/record-ids-query.ts). */
import type { EntityName } from '../../domain/entities/entity-names';
import type { CountsByValue, IdsByValue, RecordIdsQuery } from '../queries/record-ids-query';
import { useDataClient } from './data-client-context';
import { useLiveRead } from './use-live-read';

const NONE: IdsByValue = new Map();

/**
 * e.g. useRecordIds(householdIdsByBuilding(ids)): the ids per value, live; an empty map without a
 * query; undefined while the first read is in flight.
 */
export function useRecordIds<E extends EntityName>(query: RecordIdsQuery<E> | null): IdsByValue | undefined {
  const client = useDataClient();
  return useLiveRead(query ? `ids:${query.key}` : '', async () => (query ? client.listIdsByValue(query) : NONE));
}

const NO_COUNTS: CountsByValue = new Map();

/** e.g. useRecordCounts(householdCountsByBuilding(ids)): the count per value, live; undefined while the first read is in flight. */
export function useRecordCounts<E extends EntityName>(query: RecordIdsQuery<E> | null): CountsByValue | undefined {
  const client = useDataClient();
  return useLiveRead(query ? `counts:${query.key}` : '', async () => (query ? client.countByValue(query) : NO_COUNTS));
}
