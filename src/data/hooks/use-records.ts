/**
 * Live reads for screens: the result follows IndexedDB (local writes, pulls, other tabs).
 * `undefined` while the first read is in flight.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import type { EntityName } from '../../domain/entities/registry';
import type { IndexValue, LocalRecord } from '../data-client';
import { useDataClient } from './data-client-context';

/** One record by id; null when it does not exist, undefined while loading. */
export function useRecord(entity: EntityName, id: string | null | undefined): LocalRecord | null | undefined {
  const client = useDataClient();
  return useLiveQuery(async () => (id ? ((await client.getRecord(entity, id)) ?? null) : null), [client, entity, id]);
}

/** Records whose `index` equals `value`, e.g. useRecordsWhere('resident', 'householdId', household.id). */
export function useRecordsWhere(entity: EntityName, index: string, value: IndexValue | null | undefined): LocalRecord[] | undefined {
  const client = useDataClient();
  // Compound values are new arrays on every render: depend on their content, not their identity.
  const key = value === null || value === undefined ? null : JSON.stringify(value);
  return useLiveQuery(
    () => (value === null || value === undefined ? [] : client.listRecords(entity, { index, equals: value })),
    [client, entity, index, key],
  );
}

/** Every record of an entity (small reference tables: grids, checkpoints, buildings). */
export function useAllRecords(entity: EntityName): LocalRecord[] | undefined {
  const client = useDataClient();
  return useLiveQuery(() => client.listRecords(entity), [client, entity]);
}
