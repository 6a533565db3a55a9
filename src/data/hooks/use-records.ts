/**
 * Live reads for screens: the result follows IndexedDB (local writes, pulls, other tabs).
 * `undefined` while the first read is in flight.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import type { EntityName } from '../../domain/entities/entity-names';
import type { LocalRecord } from '../local-record';
import type { RecordQuery } from '../queries/record-query';
import { useDataClient } from './data-client-context';

/** One record by id; null when it does not exist, undefined while loading. */
export function useRecord<E extends EntityName>(entity: E, id: string | null | undefined): LocalRecord<E> | null | undefined {
  const client = useDataClient();
  return useLiveQuery(async () => (id ? ((await client.getRecord(entity, id)) ?? null) : null), [client, entity, id]);
}

/**
 * The records a named query selects (see src/data/queries/record-queries.ts), e.g.
 * useRecords(residentsOfHousehold(household.id)); [] without a query (an argument not known yet).
 */
export function useRecords<E extends EntityName>(query: RecordQuery<E> | null): LocalRecord<E>[] | undefined {
  const client = useDataClient();
  // Queries are new objects on every render: depend on what they ask, not on their identity.
  const key = query?.key ?? null;
  return useLiveQuery(() => (query ? client.listRecords(query) : []), [client, key]);
}
