/**
 * The last push and pull of each signed-in phone, as a server-written `device_sync` record of the
 * user's community (read by its secretary: scope.ts). One record per user and device, its id derived
 * from both; written after the request's work in a short transaction of its own, at most once every
 * five minutes per device and direction, and never failing the request (an error is logged).
 */
import { createHash } from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';
import type { Database } from '../db/database';
import type { UserRow } from '../auth/users';
import { deviceSyncSchema } from '../../domain/entities/device-sync';
import { SERVER_DEVICE, storedName } from './conflict-records';
import { findRecords, insertRows, metaForAll, updateRows, type FieldMeta, type WritableRow } from './record-store';
import { sameValue } from './canonical-json';

/** The server writes it (not the user: their own records are what they pushed). */
const SYSTEM_ACTOR = 'system';

export type SyncDirection = 'push' | 'pull';

/** A stored time newer than this is not written again. */
export const DEVICE_SYNC_INTERVAL_MS = 5 * 60_000;

const TIME_FIELD = { push: 'lastPushAt', pull: 'lastPullAt' } as const satisfies Record<SyncDirection, string>;

/** The record's id: a SHA-256 of user and device laid out as a UUID (version 8, RFC 9562 variant). */
export function deviceSyncId(userId: string, deviceId: string): string {
  const bytes = createHash('sha256').update(`device_sync\u0000${userId.toLowerCase()}\u0000${deviceId}`).digest().subarray(0, 16);
  bytes[6] = 0x80 | (bytes[6]! & 0x0f);
  bytes[8] = 0x80 | (bytes[8]! & 0x3f);
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export interface DeviceSyncOptions {
  now?: Date;
  log?: Pick<FastifyBaseLogger, 'warn'>;
}

/** Notes that `user` pushed or pulled from `deviceId` now. Users without a community are skipped. */
export async function recordDeviceSync(
  db: Database,
  user: UserRow,
  deviceId: string,
  direction: SyncDirection,
  options: DeviceSyncOptions = {},
): Promise<void> {
  const communityId = user.community_id;
  if (communityId === null) return;
  const now = options.now ?? new Date();
  const field = TIME_FIELD[direction];
  const isRecent = (row: WritableRow | undefined): boolean => {
    const stored = row?.data[field];
    return typeof stored === 'string' && Date.parse(stored) > now.getTime() - DEVICE_SYNC_INTERVAL_MS;
  };
  try {
    const id = deviceSyncId(user.id, deviceId);
    // Most requests stop here: one read by primary key, no transaction.
    if (isRecent((await findRecords(db, [id]))[0])) return;
    const parsed = deviceSyncSchema.safeParse({
      userId: user.id,
      userName: storedName(user.display_name) ?? user.username.slice(0, 50),
      role: user.role,
      gridIds: [...user.grid_ids].sort(),
      deviceId,
      [field]: now.toISOString(),
    });
    if (!parsed.success) {
      options.log?.warn({ deviceId }, 'device sync record not written: it does not fit its schema');
      return;
    }
    await db.transaction(async (tx) => {
      const [row] = await findRecords(tx, [id], true);
      if (isRecent(row)) return;
      // The other direction's time is kept; name, role and grids are refreshed.
      const times: Record<string, unknown> = {};
      for (const key of Object.values(TIME_FIELD)) if (row?.data[key] !== undefined) times[key] = row.data[key];
      const data: Record<string, unknown> = { ...times, ...parsed.data };
      const columns = { community_id: communityId, grid_id: null, building_id: null, household_id: null };
      if (!row) {
        await insertRows(tx, [
          { id, entity: 'device_sync', version: 1, data, field_meta: metaForAll(data, 1, SERVER_DEVICE), ...columns, created_by: SYSTEM_ACTOR, voided_at: null, void_reason: null },
        ]);
        return;
      }
      const version = row.version + 1;
      const meta: FieldMeta = { ...row.field_meta };
      for (const key of Object.keys(data)) if (!sameValue(row.data[key], data[key])) meta[key] = [version, SERVER_DEVICE];
      await updateRows(tx, [{ ...row, ...columns, data, field_meta: meta, version }]);
    });
  } catch (error) {
    options.log?.warn({ err: error, deviceId }, 'device sync record not written');
  }
}
