/** Runs a named query on the local database: its selection on an index, then its filter and order. */
import type { Collection, IndexableType } from 'dexie';
import type { EntityName } from '../../domain/entities/entity-names';
import type { GridwalkDb } from '../db/schema';
import type { LocalRecord } from '../local-record';
import { finishQuery, type IndexKey, type RecordQuery } from './record-query';

/** Dexie takes mutable arrays for compound keys. */
function key(value: IndexKey): IndexableType {
  return typeof value === 'object' ? [...value] : value;
}

function select<E extends EntityName>(db: GridwalkDb, query: RecordQuery<E>): Collection<LocalRecord<E>, string> {
  const table = db.typedRecords(query.entity);
  const { select: selection } = query;
  switch (selection.kind) {
    case 'all':
      return table.toCollection();
    case 'equals':
      return table.where(selection.index).equals(key(selection.value));
    case 'anyOf':
      return table.where(selection.index).anyOf(selection.values.map(key));
    case 'between':
      return table.where(selection.index).between(key(selection.lower), key(selection.upper), true, true);
  }
}

export async function runQuery<E extends EntityName>(db: GridwalkDb, query: RecordQuery<E>): Promise<LocalRecord<E>[]> {
  return finishQuery(query, await select(db, query).toArray());
}
