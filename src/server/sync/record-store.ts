/**
 * The `records` table: reading rows and writing them in bulk. A written row takes its place in the
 * change feed from the database: `txid` (the writing transaction) and `seq` (records_seq), see
 * migration 003 and pull.ts.
 */
import type { Queryable } from '../db/database';

/** field → [version at which it last changed, device that changed it] */
export type FieldMeta = Record<string, [number, string]>;

export interface ScopeColumns {
  community_id: string | null;
  grid_id: string | null;
  building_id: string | null;
  household_id: string | null;
}

/** A record as the write path knows it (stored, or staged in this push). */
export interface WritableRow extends ScopeColumns {
  id: string;
  entity: string;
  version: number;
  data: Record<string, unknown>;
  field_meta: FieldMeta;
  created_by: string;
  voided_at: Date | string | null;
  void_reason: string | null;
}

export interface RecordRow extends WritableRow {
  created_at: Date | string;
  updated_at: Date | string;
}

/** A row with its place in the change feed, as pull reads it. */
export interface FeedRow extends RecordRow {
  txid: string;
  seq: number | string;
}

export const WRITABLE_COLUMNS =
  'id, entity, version, data, field_meta, community_id, grid_id, building_id, household_id, created_by, voided_at, void_reason';
const RECORD_COLUMNS = `${WRITABLE_COLUMNS}, created_at, updated_at`;
export const FEED_COLUMNS = `${RECORD_COLUMNS}, txid::text AS txid, seq`;

/** The rows with these ids (lower-case uuids); locked until the transaction ends with `forUpdate`, in id order. */
export async function findRecords(tx: Queryable, ids: readonly string[], forUpdate = false): Promise<WritableRow[]> {
  if (ids.length === 0) return [];
  const { rows } = await tx.query<WritableRow>(
    `SELECT ${WRITABLE_COLUMNS} FROM records WHERE id = ANY($1::uuid[])${forUpdate ? ' ORDER BY id FOR UPDATE' : ''}`,
    [ids],
  );
  return rows;
}

export interface NewRecord extends ScopeColumns {
  id: string;
  entity: string;
  data: Record<string, unknown>;
  fieldMeta: FieldMeta;
  createdBy: string;
}

const ROWS_PER_STATEMENT = 1000;

/** Inserts records at version 1, many rows per statement, in the order given (their feed order). */
export async function insertRecords(tx: Queryable, records: readonly NewRecord[]): Promise<void> {
  await insertRows(
    tx,
    records.map((r) => ({ ...r, version: 1, field_meta: r.fieldMeta, created_by: r.createdBy, voided_at: null, void_reason: null })),
  );
}

/** Inserts whole rows (a voided_at set means "voided now"). */
export async function insertRows(tx: Queryable, rows: readonly WritableRow[]): Promise<void> {
  const PER_ROW = 12;
  for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
    const params: unknown[] = [];
    const tuples = rows.slice(start, start + ROWS_PER_STATEMENT).map((row, index) => {
      const b = index * PER_ROW;
      params.push(
        row.id,
        row.entity,
        row.version,
        JSON.stringify(row.data),
        JSON.stringify(row.field_meta),
        row.community_id,
        row.grid_id,
        row.building_id,
        row.household_id,
        row.created_by,
        row.voided_at !== null,
        row.void_reason,
      );
      return `($${b + 1}::uuid, $${b + 2}, $${b + 3}::int, $${b + 4}::jsonb, $${b + 5}::jsonb, $${b + 6}::uuid, $${b + 7}::uuid, $${b + 8}::uuid, $${b + 9}::uuid, $${b + 10}, CASE WHEN $${b + 11}::boolean THEN now() END, $${b + 12}::text)`;
    });
    await tx.query(`INSERT INTO records (${WRITABLE_COLUMNS}) VALUES ${tuples.join(', ')}`, params);
  }
}

/**
 * Writes new states of existing rows (fields and scope) in one statement; each takes a new place in the change feed.
 * A row voided before keeps its first voided_at.
 */
export async function updateRows(tx: Queryable, rows: readonly WritableRow[]): Promise<void> {
  const PER_ROW = 10;
  for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
    const params: unknown[] = [];
    const tuples = rows.slice(start, start + ROWS_PER_STATEMENT).map((row, index) => {
      const b = index * PER_ROW;
      params.push(
        row.id,
        JSON.stringify(row.data),
        JSON.stringify(row.field_meta),
        row.version,
        row.voided_at !== null,
        row.void_reason,
        row.community_id,
        row.grid_id,
        row.building_id,
        row.household_id,
      );
      return `($${b + 1}::uuid, $${b + 2}::jsonb, $${b + 3}::jsonb, $${b + 4}::int, $${b + 5}::boolean, $${b + 6}::text, $${b + 7}::uuid, $${b + 8}::uuid, $${b + 9}::uuid, $${b + 10}::uuid)`;
    });
    await tx.query(
      `UPDATE records AS r
          SET data = v.data, field_meta = v.field_meta, version = v.version, updated_at = now(),
              voided_at = CASE WHEN v.voided THEN COALESCE(r.voided_at, now()) END, void_reason = v.void_reason,
              community_id = v.community_id, grid_id = v.grid_id, building_id = v.building_id, household_id = v.household_id,
              txid = pg_current_xact_id(), seq = nextval('records_seq')
         FROM (VALUES ${tuples.join(', ')}) AS v (id, data, field_meta, version, voided, void_reason, community_id, grid_id, building_id, household_id)
        WHERE r.id = v.id`,
      params,
    );
  }
}

export function metaForAll(data: Record<string, unknown>, version: number, deviceId: string): FieldMeta {
  const meta: FieldMeta = {};
  for (const key of Object.keys(data)) meta[key] = [version, deviceId];
  return meta;
}
