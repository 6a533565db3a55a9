/** Runs an ids query on the local database: one key-only read of the index per value, in one transaction. */
import type { EntityName } from '../../domain/entities/entity-names';
import type { GridwalkDb } from '../db/schema';
import type { CountsByValue, IdsByValue, RecordIdsQuery } from './record-ids-query';

export async function runIdsQuery<E extends EntityName>(db: GridwalkDb, query: RecordIdsQuery<E>): Promise<IdsByValue> {
  const table = db.typedRecords(query.entity);
  return db.transaction('r', table, async () => {
    const keys = query.values ?? (await table.orderBy(query.index).uniqueKeys()).filter((key) => typeof key === 'string');
    const values = [...new Set(keys)];
    // primaryKeys() on a plain key range reads the index alone (IDBIndex.getAllKeys): no record is read.
    const groups = await Promise.all(values.map((value) => table.where(query.index).equals(value).primaryKeys()));
    return new Map(values.map((value, i) => [value, groups[i] ?? []]));
  });
}

/** Counts per index value: one count of the index per value, in one transaction (nothing is read but the index). */
export async function runCountsQuery<E extends EntityName>(db: GridwalkDb, query: RecordIdsQuery<E>): Promise<CountsByValue> {
  const table = db.typedRecords(query.entity);
  return db.transaction('r', table, async () => {
    const keys = query.values ?? (await table.orderBy(query.index).uniqueKeys()).filter((key) => typeof key === 'string');
    const values = [...new Set(keys)];
    const counts = await Promise.all(values.map((value) => table.where(query.index).equals(value).count()));
    return new Map(values.map((value, i) => [value, counts[i] ?? 0]));
  });
}
