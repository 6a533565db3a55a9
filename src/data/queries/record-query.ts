/**
 * A read by purpose: which records of one kind (through an index of the local database), which of
 * those to keep, and in what order. Built only by the named queries of record-queries.ts, so index
 * names stay inside src/data; run by the data client (and by the in-memory client of the tests).
 */
import type { EntityName } from '../../domain/entities/entity-names';
import type { LocalRecord } from '../local-record';

/** An index key as IndexedDB compares it: one value, or an array for a compound index. */
export type IndexKey = string | number | readonly (string | number)[];

export type RecordSelection =
  | { kind: 'all' }
  | { kind: 'equals'; index: string; value: IndexKey }
  | { kind: 'anyOf'; index: string; values: readonly IndexKey[] }
  | { kind: 'between'; index: string; lower: IndexKey; upper: IndexKey };

export interface RecordQuery<E extends EntityName> {
  /** The query's name and arguments: a live read is redone when it changes. */
  key: string;
  entity: E;
  select: RecordSelection;
  /** Keeps only some of the selected records (e.g. one local day inside a wider index range). */
  filter?: (record: LocalRecord<E>) => boolean;
  /** The order of the answer; without it, the index's order. */
  order?: (a: LocalRecord<E>, b: LocalRecord<E>) => number;
  /**
   * Only the newest this many of those the filter keeps, newest first by id (ids are UUID v7: in the
   * order they were made). Read from the end of the index and stopped there, with an 'all' or 'equals'
   * selection (whose records an index walks in id order); with others the whole selection is read.
   */
  newest?: number;
}

/** Applies a query's filter and order to the records its selection read. */
export function finishQuery<E extends EntityName>(query: RecordQuery<E>, records: LocalRecord<E>[]): LocalRecord<E>[] {
  let kept = query.filter ? records.filter(query.filter) : records;
  if (query.newest !== undefined) kept = kept.sort((a, b) => (a.id < b.id ? 1 : a.id > b.id ? -1 : 0)).slice(0, query.newest);
  return query.order ? kept.sort(query.order) : kept;
}
