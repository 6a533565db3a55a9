/** How judging a mutation reads records: by id, through a push's batch or straight from a transaction. */
import type { Queryable } from '../db/database';
import { UUID_PATTERN } from '../../shared/uuid-v7';
import { findRecords, type WritableRow } from './record-store';

export interface RecordSource {
  /** The record with this id (any case), whoever may read it, or null. */
  find(id: string): Promise<WritableRow | null>;
  /** True when this user already sent a daily report for this grid and day. */
  dailyReportExists(gridId: string | null, userId: string, date: unknown): Promise<boolean>;
}

export async function storedDailyReportExists(tx: Queryable, gridId: string | null, userId: string, date: unknown): Promise<boolean> {
  const { rows } = await tx.query(
    `SELECT 1 FROM records WHERE entity = 'daily_report' AND grid_id = $1 AND created_by = $2 AND data->>'date' = $3`,
    [gridId, userId, date],
  );
  return rows.length > 0;
}

/** Reads straight from the database, every record (the admin command's one-record writes). */
export function directSource(tx: Queryable): RecordSource {
  const find = async (id: string): Promise<WritableRow | null> => {
    const key = id.toLowerCase();
    if (!UUID_PATTERN.test(key)) return null;
    return (await findRecords(tx, [key]))[0] ?? null;
  };
  return {
    find,
    dailyReportExists: (gridId, userId, date) => storedDailyReportExists(tx, gridId, userId, date),
  };
}
