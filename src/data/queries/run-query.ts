/** Runs a named query on the local database: its selection on an index, then its filter and order. */
import type { Collection, IndexableType } from 'dexie';
import type { EntityName } from '../../domain/entities/entity-names';
import type { GridwalkDb } from '../db/schema';
import type { LocalRecord } from '../local-record';
import { finishQuery, type IndexKey, type RecordQuery, type RecordSelection } from './record-query';

/** Dexie takes mutable arrays for compound keys. */
function key(value: IndexKey): IndexableType {
  return typeof value === 'object' ? [...value] : value;
}

type RangeSelection = Exclude<RecordSelection, { kind: 'anyOf' }>;

function select<E extends EntityName>(db: GridwalkDb, entity: E, selection: RangeSelection): Collection<LocalRecord<E>, string> {
  const table = db.typedRecords(entity);
  switch (selection.kind) {
    case 'all':
      return table.toCollection();
    case 'equals':
      return table.where(selection.index).equals(key(selection.value));
    case 'between':
      return table.where(selection.index).between(key(selection.lower), key(selection.upper), true, true);
  }
}

/**
 * The records whose index value is one of `values`, in the order of the values (then of the primary
 * key), as Dexie's anyOf answers. Read as one request per value, all sent at once: anyOf walks one
 * cursor, a round trip per key, which on a slow phone made a list of 50 people wait for 50 hops. By id
 * (the primary key): one get per id.
 */
async function anyOf<E extends EntityName>(db: GridwalkDb, entity: E, index: string, values: readonly IndexKey[]): Promise<LocalRecord<E>[]> {
  const table = db.typedRecords(entity);
  const distinct = [...new Set(values)];
  if (index === 'id') {
    const ids = distinct.filter((value): value is string => typeof value === 'string');
    return (await table.bulkGet(ids)).filter((record): record is LocalRecord<E> => record !== undefined);
  }
  return (await Promise.all(distinct.map((value) => table.where(index).equals(key(value)).toArray()))).flat();
}

/** The newest `n` the filter keeps, walking the index backwards and stopping there (RecordQuery.newest). */
function newestOf<E extends EntityName>(collection: Collection<LocalRecord<E>, string>, filter: RecordQuery<E>['filter'], n: number): Promise<LocalRecord<E>[]> {
  const backwards = collection.reverse();
  return (filter ? backwards.filter(filter) : backwards).limit(n).toArray();
}

export async function runQuery<E extends EntityName>(db: GridwalkDb, query: RecordQuery<E>): Promise<LocalRecord<E>[]> {
  const { select: selection } = query;
  if (query.newest !== undefined && (selection.kind === 'all' || selection.kind === 'equals')) {
    return finishQuery(query, await newestOf(select(db, query.entity, selection), query.filter, query.newest));
  }
  const records = selection.kind === 'anyOf' ? await anyOf(db, query.entity, selection.index, selection.values) : await select(db, query.entity, selection).toArray();
  return finishQuery(query, records);
}
