/**
 * Sessions and refresh tokens. A session is one signed-in device; refreshing rotates its token.
 * The replaced token keeps working for a short grace period, so a refresh whose response was lost
 * does not sign the user out. Revoking the session ends its refresh and access tokens at once.
 */
import { randomUUID } from 'node:crypto';
import type { Database, Queryable } from '../db/database';
import { hashToken, newRefreshToken } from './tokens';
import { USER_COLUMNS, type UserRow } from './users';

export const REFRESH_TOKEN_TTL_DAYS = 30;
export const REFRESH_GRACE_SECONDS = 120;

export async function createSession(db: Database, userId: string, deviceId: string): Promise<{ sessionId: string; refreshToken: string }> {
  const sessionId = randomUUID();
  const refreshToken = newRefreshToken();
  await db.transaction(async (tx) => {
    await tx.query(
      `INSERT INTO sessions (id, user_id, device_id, expires_at) VALUES ($1, $2, $3, now() + make_interval(days => $4))`,
      [sessionId, userId, deviceId, REFRESH_TOKEN_TTL_DAYS],
    );
    await tx.query('INSERT INTO refresh_tokens (token_hash, session_id) VALUES ($1, $2)', [hashToken(refreshToken), sessionId]);
  });
  return { sessionId, refreshToken };
}

interface TokenLookup {
  session_id: string;
  user_id: string;
  usable: boolean;
}

/** Exchanges a refresh token for a new one; null when it is unknown, expired, revoked or long replaced. */
export async function rotateRefreshToken(
  db: Database,
  refreshToken: string,
): Promise<{ sessionId: string; userId: string; refreshToken: string } | null> {
  const tokenHash = hashToken(refreshToken);
  return db.transaction(async (tx) => {
    const { rows } = await tx.query<TokenLookup>(
      `SELECT t.session_id, s.user_id,
              (s.revoked_at IS NULL AND s.expires_at > now()
               AND (t.replaced_at IS NULL OR t.replaced_at > now() - make_interval(secs => $2))) AS usable
         FROM refresh_tokens t JOIN sessions s ON s.id = t.session_id
        WHERE t.token_hash = $1
        FOR UPDATE OF s`,
      [tokenHash, REFRESH_GRACE_SECONDS],
    );
    const found = rows[0];
    if (!found || !found.usable) return null;
    const next = newRefreshToken();
    await tx.query('UPDATE refresh_tokens SET replaced_at = now() WHERE token_hash = $1 AND replaced_at IS NULL', [tokenHash]);
    await tx.query('INSERT INTO refresh_tokens (token_hash, session_id) VALUES ($1, $2)', [hashToken(next), found.session_id]);
    await tx.query(
      'UPDATE sessions SET expires_at = now() + make_interval(days => $2) WHERE id = $1',
      [found.session_id, REFRESH_TOKEN_TTL_DAYS],
    );
    return { sessionId: found.session_id, userId: found.user_id, refreshToken: next };
  });
}

export async function revokeSession(db: Queryable, sessionId: string): Promise<void> {
  await db.query('UPDATE sessions SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL', [sessionId]);
}

export async function sessionOfRefreshToken(db: Queryable, refreshToken: string): Promise<string | null> {
  const { rows } = await db.query<{ session_id: string }>('SELECT session_id FROM refresh_tokens WHERE token_hash = $1', [
    hashToken(refreshToken),
  ]);
  return rows[0]?.session_id ?? null;
}

/** The user behind an access token, provided the session is live and the account enabled. */
export async function loadSessionUser(db: Queryable, userId: string, sessionId: string): Promise<UserRow | null> {
  const { rows } = await db.query<UserRow>(
    `SELECT ${USER_COLUMNS.split(', ').map((c) => `u.${c}`).join(', ')}
       FROM users u JOIN sessions s ON s.user_id = u.id
      WHERE u.id = $1 AND s.id = $2 AND s.revoked_at IS NULL AND s.expires_at > now() AND NOT u.disabled`,
    [userId, sessionId],
  );
  return rows[0] ?? null;
}
