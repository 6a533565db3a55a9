/**
 * A user's signed-in devices (live sessions), and who may see and end them: an admin anyone's, a
 * secretary those of her community's users, anyone else only their own.
 */
import type { DeviceSession } from '../../domain/device-sessions';
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

/** The user's live sessions, the most recently used first; `current` marks the caller's own. */
export async function listUserSessions(db: Queryable, userId: string, currentSessionId: string | null = null): Promise<DeviceSession[]> {
  const { rows } = await db.query<SessionRow>(
    `SELECT id, device_id, created_at, last_used_at FROM sessions
      WHERE user_id = $1 AND revoked_at IS NULL AND expires_at > now()
      ORDER BY last_used_at DESC, created_at DESC, id`,
    [userId],
  );
  return rows.map((row) => ({
    sessionId: row.id,
    deviceId: row.device_id,
    createdAt: iso(row.created_at),
    lastUsedAt: iso(row.last_used_at),
    current: row.id === currentSessionId,
  }));
}
