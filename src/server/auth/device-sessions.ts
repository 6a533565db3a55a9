/**
 * A user's signed-in devices (live sessions), and who may see and end them: an admin anyone's, a
 * secretary those of her community's users, anyone else only their own.
 */
import type { CommunityDeviceSession, DeviceSession } from '../../domain/device-sessions';
import type { Queryable } from '../db/database';
import type { UserRow } from './users';

export interface SessionOwner {
  id: string;
  community_id: string | null;
}

export function maySeeSessionsOf(viewer: UserRow, owner: SessionOwner): boolean {
  if (viewer.role === 'admin' || viewer.id === owner.id) return true;
  return viewer.role === 'secretary' && viewer.community_id !== null && owner.community_id === viewer.community_id;
}

/** Whether the viewer may see and sign out every phone of a community: its secretary, or an admin. */
export function maySeeCommunitySessions(viewer: UserRow, communityId: string): boolean {
  if (viewer.role === 'admin') return true;
  return viewer.role === 'secretary' && viewer.community_id === communityId;
}

export async function communityExists(db: Queryable, communityId: string): Promise<boolean> {
  const { rows } = await db.query("SELECT 1 FROM records WHERE entity = 'community' AND id = $1 AND voided_at IS NULL", [communityId]);
  return rows.length > 0;
}

export async function findSessionOwner(db: Queryable, userId: string): Promise<SessionOwner | null> {
  const { rows } = await db.query<SessionOwner>('SELECT id, community_id FROM users WHERE id = $1', [userId]);
  return rows[0] ?? null;
}

/** The owner of a live session. */
export async function ownerOfLiveSession(db: Queryable, sessionId: string): Promise<SessionOwner | null> {
  const { rows } = await db.query<SessionOwner>(
    `SELECT u.id, u.community_id FROM sessions s JOIN users u ON u.id = s.user_id
      WHERE s.id = $1 AND s.revoked_at IS NULL AND s.expires_at > now()`,
    [sessionId],
  );
  return rows[0] ?? null;
}

interface SessionRow {
  id: string;
  device_id: string;
  created_at: Date | string;
  last_used_at: Date | string;
}

const iso = (value: Date | string) => new Date(value).toISOString();

function toDeviceSession(row: SessionRow, currentSessionId: string | null): DeviceSession {
  return { sessionId: row.id, deviceId: row.device_id, createdAt: iso(row.created_at), lastUsedAt: iso(row.last_used_at), current: row.id === currentSessionId };
}

/** The user's live sessions, the most recently used first; `current` marks the caller's own. */
export async function listUserSessions(db: Queryable, userId: string, currentSessionId: string | null = null): Promise<DeviceSession[]> {
  const { rows } = await db.query<SessionRow>(
    `SELECT id, device_id, created_at, last_used_at FROM sessions
      WHERE user_id = $1 AND revoked_at IS NULL AND expires_at > now()
      ORDER BY last_used_at DESC, created_at DESC, id`,
    [userId],
  );
  return rows.map((row) => toDeviceSession(row, currentSessionId));
}

interface CommunitySessionRow extends SessionRow {
  user_id: string;
  display_name: string;
  role: string;
  last_sync_at: Date | string | null;
}

/**
 * The live sessions of a community's users, the most recently used first, each with its user and the
 * device's last sync: the newest push or pull of the server's device_sync record of that user and device.
 */
export async function listCommunitySessions(db: Queryable, communityId: string, currentSessionId: string | null = null): Promise<CommunityDeviceSession[]> {
  const { rows } = await db.query<CommunitySessionRow>(
    `SELECT s.id, s.device_id, s.created_at, s.last_used_at, u.id AS user_id, u.display_name, u.role,
            (SELECT max(greatest((d.data->>'lastPushAt')::timestamptz, (d.data->>'lastPullAt')::timestamptz))
               FROM records d
              WHERE d.entity = 'device_sync' AND d.community_id = u.community_id
                AND d.data->>'userId' = u.id::text AND d.data->>'deviceId' = s.device_id) AS last_sync_at
       FROM sessions s JOIN users u ON u.id = s.user_id
      WHERE u.community_id = $1 AND s.revoked_at IS NULL AND s.expires_at > now()
      ORDER BY s.last_used_at DESC, s.created_at DESC, s.id`,
    [communityId],
  );
  return rows.map((row) => ({
    ...toDeviceSession(row, currentSessionId),
    userId: row.user_id,
    userName: row.display_name,
    role: row.role,
    lastSyncAt: row.last_sync_at === null ? null : iso(row.last_sync_at),
  }));
}
