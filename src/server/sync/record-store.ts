/** The `records` table: reading rows, taking change-feed sequence numbers, inserting in bulk. */
import type { Queryable } from '../db/database';
import { toNumber } from '../db/database';

/** field → [version at which it last changed, device that changed it] */
export type FieldMeta = Record<string, [number, string]>;

export interface ScopeColumns {
  community_id: string | null;
  grid_id: string | null;
  building_id: string | null;
  household_id: string | null;
}

export interface RecordRow extends ScopeColumns {
  id: string;
  entity: string;
  version: number;
  data: Record<string, unknown>;
  field_meta: FieldMeta;
  created_by: string;
  created_at: Date | string;
  updated_at: Date | string;
  voided_at: Date | string | null;
  void_reason: string | null;
  seq: number | string;
}

export const RECORD_COLUMNS =
  'id, entity, version, data, field_meta, community_id, grid_id, building_id, household_id, created_by, created_at, updated_at, voided_at, void_reason, seq';

export async function findRecord(tx: Queryable, id: string, forUpdate = false): Promise<RecordRow | null> {
  const { rows } = await tx.query<RecordRow>(
    `SELECT ${RECORD_COLUMNS} FROM records WHERE id = $1${forUpdate ? ' FOR UPDATE' : ''}`,
    [id],
  );
  return rows[0] ?? null;
}

/**
 * Takes the next `count` change-feed numbers and returns the first. The counter row stays locked
 * until the transaction ends, so numbers are handed out in commit order: call it as late as possible.
 */
export async function takeSeq(tx: Queryable, count = 1): Promise<number> {
  const { rows } = await tx.query<{ value: number | string }>(
    'UPDATE sync_counter SET value = value + $1 WHERE id = 1 RETURNING value',
    [count],
  );
  return toNumber(rows[0]!.value) - count + 1;
}

export async function currentSeq(db: Queryable): Promise<number> {
  const { rows } = await db.query<{ value: number | string }>('SELECT value FROM sync_counter WHERE id = 1');
  return toNumber(rows[0]?.value ?? 0);
}

export interface NewRecord extends ScopeColumns {
  id: string;
  entity: string;
  data: Record<string, unknown>;
  fieldMeta: FieldMeta;
  createdBy: string;
}

const INSERT_COLUMNS =
  'id, entity, version, data, field_meta, community_id, grid_id, building_id, household_id, created_by, seq';
const PER_ROW = 11;
const ROWS_PER_STATEMENT = 1000;

/** Inserts records at version 1 with consecutive sequence numbers, many rows per statement. */
export async function insertRecords(tx: Queryable, records: readonly NewRecord[]): Promise<void> {
  if (records.length === 0) return;
  let seq = await takeSeq(tx, records.length);
  for (let start = 0; start < records.length; start += ROWS_PER_STATEMENT) {
    const chunk = records.slice(start, start + ROWS_PER_STATEMENT);
    const params: unknown[] = [];
    const tuples = chunk.map((record, index) => {
      const b = index * PER_ROW;
      params.push(
        record.id,
        record.entity,
        1,
        JSON.stringify(record.data),
        JSON.stringify(record.fieldMeta),
        record.community_id,
        record.grid_id,
        record.building_id,
        record.household_id,
        record.createdBy,
        seq++,
      );
      return `($${b + 1}::uuid, $${b + 2}, $${b + 3}::int, $${b + 4}::jsonb, $${b + 5}::jsonb, $${b + 6}::uuid, $${b + 7}::uuid, $${b + 8}::uuid, $${b + 9}::uuid, $${b + 10}, $${b + 11}::bigint)`;
    });
    await tx.query(`INSERT INTO records (${INSERT_COLUMNS}) VALUES ${tuples.join(', ')}`, params);
  }
}

export function metaForAll(data: Record<string, unknown>, version: number, deviceId: string): FieldMeta {
  const meta: FieldMeta = {};
  for (const key of Object.keys(data)) meta[key] = [version, deviceId];
  return meta;
}
