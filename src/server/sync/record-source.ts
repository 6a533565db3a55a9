/** How judging a mutation reads records: by id, through a push's batch or straight from a transaction. */
import type { Queryable } from '../db/database';
import { UUID_PATTERN } from '../../shared/uuid-v7';
import { findUserById, isActiveAccount, type UserRow } from '../auth/users';
import { findRecords, WRITABLE_COLUMNS, type WritableRow } from './record-store';

/** An account as a record names it (a task's assignee). */
export type AccountFacts = Pick<UserRow, 'id' | 'role' | 'community_id' | 'grid_ids'> & { active: boolean };

export interface RecordSource {
  /** The record with this id (any case), whoever may read it, or null. */
  find(id: string): Promise<WritableRow | null>;
  /** True when this user already sent a daily report for this grid and day. */
  dailyReportExists(gridId: string | null, userId: string, date: unknown): Promise<boolean>;
  /** The review records about this record (its history), in no particular order. */
  reviewsOf(recordId: string): Promise<WritableRow[]>;
  /** The account with this id, or null. */
  account(userId: string): Promise<AccountFacts | null>;
  /** The resident's home monitorings that are open (not ended, not voided). */
  openMonitoringsOf(residentId: string): Promise<WritableRow[]>;
  /** How many live samplings of the campaign are in this tube (its number as stored, in capitals). */
  tubeCount(campaignId: string, tubeNumber: string): Promise<number>;
}

export async function storedTubeCount(tx: Queryable, campaignId: string, tubeNumber: string): Promise<number> {
  // Two phones filling one tube at once: the second push waits for the first to commit, then counts its samplings too.
  await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`sampling-tube:${campaignId.toLowerCase()}:${tubeNumber}`]);
  const { rows } = await tx.query<{ n: string | number }>(
    `SELECT COUNT(*) AS n FROM records
      WHERE entity = 'sampling' AND data->>'campaignId' = $1 AND data->>'tubeNumber' = $2 AND voided_at IS NULL`,
    [campaignId.toLowerCase(), tubeNumber],
  );
  return Number(rows[0]?.n ?? 0);
}

export async function storedOpenMonitoringsOf(tx: Queryable, residentId: string): Promise<WritableRow[]> {
  const { rows } = await tx.query<WritableRow>(
    `SELECT ${WRITABLE_COLUMNS} FROM records
      WHERE entity = 'home_monitoring' AND data->>'residentId' = $1 AND voided_at IS NULL AND NOT (data ? 'endedOn')`,
    [residentId.toLowerCase()],
  );
  return rows;
}

export async function storedReviewsOf(tx: Queryable, recordId: string): Promise<WritableRow[]> {
  const { rows } = await tx.query<WritableRow>(
    `SELECT ${WRITABLE_COLUMNS} FROM records WHERE entity = 'review' AND data->>'recordId' = $1`,
    [recordId.toLowerCase()],
  );
  return rows;
}

export async function storedAccount(tx: Queryable, userId: string): Promise<AccountFacts | null> {
  if (!UUID_PATTERN.test(userId.toLowerCase())) return null;
  const user = await findUserById(tx, userId.toLowerCase());
  return user ? { id: user.id, role: user.role, community_id: user.community_id, grid_ids: user.grid_ids, active: isActiveAccount(user) } : null;
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
    reviewsOf: (recordId) => storedReviewsOf(tx, recordId),
    account: (userId) => storedAccount(tx, userId),
    openMonitoringsOf: (residentId) => storedOpenMonitoringsOf(tx, residentId),
    tubeCount: (campaignId, tubeNumber) => storedTubeCount(tx, campaignId, tubeNumber),
  };
}
