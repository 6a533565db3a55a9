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

/** Records whose `index` lies between `lower` and `upper` (both included); [] while either bound is missing. */
export function useRecordsBetween(
  entity: EntityName,
  index: string,
  lower: IndexValue | null | undefined,
  upper: IndexValue | null | undefined,
): LocalRecord[] | undefined {
  const client = useDataClient();
  const key = lower === null || lower === undefined || upper === null || upper === undefined ? null : JSON.stringify([lower, upper]);
  return useLiveQuery(
    () =>
      lower === null || lower === undefined || upper === null || upper === undefined
        ? []
        : client.listRecordsBetween(entity, index, lower, upper),
    [client, entity, index, key],
  );
}

/** How many records `index` = `value` has (every record of the entity when index is omitted). */
export function useRecordCount(entity: EntityName, index?: string, value?: IndexValue | null): number | undefined {
  const client = useDataClient();
  const key = value === null || value === undefined ? null : JSON.stringify(value);
  return useLiveQuery(
    () => {
      if (index === undefined) return client.countRecords(entity);
      return value === null || value === undefined ? 0 : client.countRecords(entity, { index, equals: value });
    },
    [client, entity, index, key],
  );
}
