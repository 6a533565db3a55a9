/**
 * Which records of a kind are on the phone, followed across one pull run so that a large page reads
 * (bulkGet) only the records that may be stored: on a first pull none are, and reading 500 absent
 * rows per page costs as much as writing them. The table's keys are read once, in the run's first
 * large write of that kind (keys only), then every write adds its ids.
 * A superset is always safe (a record in it is read and found absent); records created on the phone
 * during the run are never in a page (the server has not seen them), so nothing is missed.
 */
import type { Table } from 'dexie';
import type { EntityName } from '../../domain/entities/entity-names';
import type { StoredRecord } from '../db/stored-record';

/** Below this many records a page's bulkGet is cheaper than reading the table's keys. */
export const READ_KEYS_FROM = 50;

export class StoredIds {
  private readonly byEntity = new Map<EntityName, Set<string>>();

  /** The ids among `ids` that may have a row in `table` (inside a transaction on it). */
  async among(table: Table<StoredRecord, string>, entity: EntityName, ids: string[]): Promise<string[]> {
    let known = this.byEntity.get(entity);
    if (!known) {
      if (ids.length < READ_KEYS_FROM) return ids;
      known = new Set(await table.toCollection().primaryKeys());
      this.byEntity.set(entity, known);
    }
    const present = known;
    return ids.filter((id) => present.has(id));
  }

  /** Rows just written (deleted ones may stay: a superset is safe). */
  add(entity: EntityName, rows: readonly StoredRecord[]): void {
    const known = this.byEntity.get(entity);
    if (known) for (const row of rows) known.add(row.id);
  }
}
