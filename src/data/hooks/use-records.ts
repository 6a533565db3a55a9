/**
 * Live reads for screens: the result follows IndexedDB (local writes, pulls, other tabs; during a
 * large pull, every few seconds: see use-live-read.ts). `undefined` while the first read is in flight.
 */
import type { EntityName } from '../../domain/entities/entity-names';
import type { LocalRecord } from '../local-record';
import type { RecordQuery } from '../queries/record-query';
import { useDataClient } from './data-client-context';
import { useLiveRead, type LiveReadOptions } from './use-live-read';

/** One record by id; null when it does not exist, undefined while loading. */
export function useRecord<E extends EntityName>(entity: E, id: string | null | undefined): LocalRecord<E> | null | undefined {
  const client = useDataClient();
  return useLiveRead(`${entity}:${id ?? ''}`, async () => (id ? ((await client.getRecord(entity, id)) ?? null) : null));
}

/**
 * The records a named query selects (see src/data/queries/record-queries.ts), e.g.
 * useRecords(residentsOfHousehold(household.id)); [] without a query (an argument not known yet).
 */
export function useRecords<E extends EntityName>(query: RecordQuery<E> | null, options?: LiveReadOptions): LocalRecord<E>[] | undefined {
  const client = useDataClient();
  // Queries are new objects on every render: depend on what they ask, not on their identity.
  return useLiveRead(query?.key ?? '', async () => (query ? client.listRecords(query) : []), options);
}
