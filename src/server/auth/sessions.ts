/**
 * Sessions and refresh tokens. A session is one signed-in device; refreshing rotates its token, and
 * its tokens form one chain (generation 0 at sign-in, one more per rotation). A replaced token is
 * accepted again only to cover a lost answer: within a short grace period and while no later token
 * of the chain has been used; the chain's newest token is then rotated, so one chain lives on. Any
 * other use of a replaced token is reuse (a stolen token, or a thief's): the whole session is revoked.
 * Revoking a session ends its refresh and access tokens at once.
 */
import { randomUUID } from 'node:crypto';
import type { Database, Queryable } from '../db/database';
import { hashToken, newRefreshToken } from './tokens';
import { userColumnsOf, type UserRow } from './users';

export const REFRESH_TOKEN_TTL_DAYS = 30;
export const REFRESH_GRACE_SECONDS = 120;
/** An authenticated request records the session's last use when the recorded one is older than this. */
export const LAST_USED_RESOLUTION_SECONDS = 60;

/**
 * Why a session ended. Its phone is told ACCOUNT_ENDED for 'account_ended' (the community ended the
 * account) and 'user_disabled', SESSION_REVOKED for 'revoked_by_admin' and 'revoked_by_user' (signed
 * out from another device), and wipes what it holds; for the others it only asks to sign in again.
 */
export type RevokeReason =
  | 'logout'
  | 'refresh_token_reuse'
  | 'password_changed'
  | 'user_disabled'
  | 'revoked_by_user'
  | 'revoked_by_admin'
  | 'account_ended';

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

/** What presenting a refresh token led to. */
export type RefreshOutcome =
  | { kind: 'rotated'; sessionId: string; userId: string; refreshToken: string; lostAnswer: boolean }
  /** A replaced token used again outside what a lost answer explains: the session is now revoked. */
  | { kind: 'reuse'; sessionId: string; userId: string; generation: number }
  /** Unknown, expired or of a revoked session. */
  | { kind: 'invalid' };

interface TokenState {
  session_id: string;
  user_id: string;
  generation: number;
  live: boolean;
  replaced: boolean;
  in_grace: boolean;
  later_used: boolean;
}

async function issueNext(tx: Queryable, sessionId: string, generation: number): Promise<string> {
  const next = newRefreshToken();
  await tx.query('INSERT INTO refresh_tokens (token_hash, session_id, generation) VALUES ($1, $2, $3)', [hashToken(next), sessionId, generation]);
  await tx.query(
    'UPDATE sessions SET expires_at = now() + make_interval(days => $2), last_used_at = now() WHERE id = $1',
    [sessionId, REFRESH_TOKEN_TTL_DAYS],
  );
  return next;
}

/** Exchanges a refresh token for the next one of its chain, or detects its reuse (and revokes the session). */
export async function rotateRefreshToken(db: Database, refreshToken: string): Promise<RefreshOutcome> {
  const tokenHash = hashToken(refreshToken);
  return db.transaction(async (tx) => {
    // Lock the session first: the state read next (a new snapshot) then includes every earlier rotation.
    const locked = await tx.query(
      'SELECT s.id FROM sessions s JOIN refresh_tokens t ON t.session_id = s.id WHERE t.token_hash = $1 FOR UPDATE OF s',
      [tokenHash],
    );
    if (locked.rows.length === 0) return { kind: 'invalid' };
    const { rows } = await tx.query<TokenState>(
      `SELECT t.session_id, s.user_id, t.generation,
              (s.revoked_at IS NULL AND s.expires_at > now()) AS live,
              (t.replaced_at IS NOT NULL) AS replaced,
              coalesce(t.replaced_at > now() - make_interval(secs => $2), false) AS in_grace,
              EXISTS (SELECT 1 FROM refresh_tokens n
                       WHERE n.session_id = t.session_id AND n.generation > t.generation AND n.used_at IS NOT NULL) AS later_used
         FROM refresh_tokens t JOIN sessions s ON s.id = t.session_id
        WHERE t.token_hash = $1`,
      [tokenHash, REFRESH_GRACE_SECONDS],
    );
    const token = rows[0];
    if (!token || !token.live) return { kind: 'invalid' };
    if (!token.replaced) {
      await tx.query('UPDATE refresh_tokens SET replaced_at = now(), used_at = now() WHERE token_hash = $1', [tokenHash]);
      const next = await issueNext(tx, token.session_id, token.generation + 1);
      return { kind: 'rotated', sessionId: token.session_id, userId: token.user_id, refreshToken: next, lostAnswer: false };
    }
    if (token.in_grace && !token.later_used) {
      // The answer that carried the successor was lost: rotate the chain's newest token (never used).
      await tx.query('UPDATE refresh_tokens SET replaced_at = now() WHERE session_id = $1 AND replaced_at IS NULL', [token.session_id]);
      const top = await tx.query<{ generation: number }>('SELECT max(generation) AS generation FROM refresh_tokens WHERE session_id = $1', [
        token.session_id,
      ]);
      const generation = (top.rows[0]?.generation ?? token.generation) + 1;
      const next = await issueNext(tx, token.session_id, generation);
      return { kind: 'rotated', sessionId: token.session_id, userId: token.user_id, refreshToken: next, lostAnswer: true };
    }
    await revokeSession(tx, token.session_id, 'refresh_token_reuse');
    return { kind: 'reuse', sessionId: token.session_id, userId: token.user_id, generation: token.generation };
  });
}

/** Ends one session (its refresh and access tokens); false when it was already ended or does not exist. */
export async function revokeSession(db: Queryable, sessionId: string, reason: RevokeReason = 'logout'): Promise<boolean> {
  const { rows } = await db.query(
    'UPDATE sessions SET revoked_at = now(), revoked_reason = $2 WHERE id = $1 AND revoked_at IS NULL RETURNING id',
    [sessionId, reason],
  );
  return rows.length > 0;
}

/** Ends every session of a user (a password change or reset, a disabled account); returns how many. */
export async function revokeUserSessions(db: Queryable, userId: string, reason: RevokeReason): Promise<number> {
  const { rows } = await db.query(
    'UPDATE sessions SET revoked_at = now(), revoked_reason = $2 WHERE user_id = $1 AND revoked_at IS NULL RETURNING id',
    [userId, reason],
  );
  return rows.length;
}

export async function sessionOfRefreshToken(db: Queryable, refreshToken: string): Promise<string | null> {
  const { rows } = await db.query<{ session_id: string }>('SELECT session_id FROM refresh_tokens WHERE token_hash = $1', [
    hashToken(refreshToken),
  ]);
  return rows[0]?.session_id ?? null;
}

/**
 * The user behind an access token, provided the session is live and the account enabled. Records the
 * session's last use (at most once a minute, in the same statement).
 */
/** The signed-in user of a live session, with the device the session was opened on. */
export async function loadSessionUser(db: Queryable, userId: string, sessionId: string): Promise<{ user: UserRow; deviceId: string } | null> {
  const { rows } = await db.query<UserRow & { session_device_id: string }>(
    `WITH touched AS (
       UPDATE sessions SET last_used_at = now()
        WHERE id = $2 AND user_id = $1 AND revoked_at IS NULL
          AND last_used_at < now() - make_interval(secs => $3)
     )
     SELECT ${userColumnsOf('u')}, s.device_id AS session_device_id
       FROM users u JOIN sessions s ON s.user_id = u.id
      WHERE u.id = $1 AND s.id = $2 AND s.revoked_at IS NULL AND s.expires_at > now() AND NOT u.disabled
        AND (u.ends_at IS NULL OR u.ends_at > now())`,
    [userId, sessionId, LAST_USED_RESOLUTION_SECONDS],
  );
  const row = rows[0];
  if (!row) return null;
  const { session_device_id: deviceId, ...user } = row;
  return { user, deviceId };
}

/** Why a session is no longer accepted, when its phone must wipe what it holds (issue 18). */
export type SessionRefusal = 'account_ended' | 'session_revoked';

/**
 * Why a session that is no longer accepted (by its id, or by one of its refresh tokens) was refused,
 * when the phone must wipe its personal data: 'account_ended' when the account was ended or disabled
 * (revoked 'account_ended' or 'user_disabled', or the account is disabled or past its end);
 * 'session_revoked' when the device was signed out from elsewhere (the office, or the user's other
 * device: 'revoked_by_admin', 'revoked_by_user'). null otherwise: expired, signed out on the device
 * itself ('logout'), a password change, a reused refresh token — the phone only asks to sign in again.
 * Only asked after the token itself proved genuine, so it tells a caller nothing new.
 */
export async function sessionRefusal(
  db: Queryable,
  by: { sessionId: string; userId: string } | { refreshToken: string },
): Promise<SessionRefusal | null> {
  const where = 'refreshToken' in by ? 's.id = (SELECT session_id FROM refresh_tokens WHERE token_hash = $1)' : 's.id = $1 AND s.user_id = $2';
  const params = 'refreshToken' in by ? [hashToken(by.refreshToken)] : [by.sessionId, by.userId];
  const { rows } = await db.query<{ refusal: SessionRefusal | null }>(
    `SELECT CASE
              WHEN s.revoked_reason IN ('account_ended', 'user_disabled') OR u.disabled
                   OR (u.ends_at IS NOT NULL AND u.ends_at <= now()) THEN 'account_ended'
              WHEN s.revoked_reason IN ('revoked_by_admin', 'revoked_by_user') THEN 'session_revoked'
            END AS refusal
       FROM sessions s JOIN users u ON u.id = s.user_id
      WHERE ${where}`,
    params,
  );
  return rows[0]?.refusal ?? null;
}
