/**
 * One-time sign-in codes (issue 13): 12 random digits handed to a person the community added. Only
 * the code's SHA-256 is stored; it works once, for 24 hours, and only while the account is active.
 * A new code for a person makes their earlier unused ones stop working. Redeeming sets the password
 * and marks the code used in one transaction: of two redeems of one code at the same time exactly
 * one succeeds (the second UPDATE waits for the first's row lock and then finds it used).
 */
import { createHash, randomInt } from 'node:crypto';
import type { Queryable } from '../db/database';
import { SIGN_IN_CODE_TTL_HOURS } from '../../domain/api/people';
import { revokeUserSessions } from './sessions';
import { USER_COLUMNS, isActiveAccount, userColumnsOf, type UserRow } from './users';

export const hashSignInCode = (code: string): string => createHash('sha256').update(`sign-in-code\u0000${code}`).digest('hex');

/** 12 digits, each from the system's CSPRNG. */
export function newSignInCode(): string {
  let code = '';
  for (let i = 0; i < 12; i++) code += String(randomInt(10));
  return code;
}

export interface IssuedCode {
  code: string;
  expiresAt: Date;
}

/** A new code for `userId` (earlier unused codes of theirs expire now). Run it in a transaction. */
export async function issueSignInCode(tx: Queryable, userId: string, createdBy: string): Promise<IssuedCode> {
  await tx.query('UPDATE sign_in_codes SET expires_at = now() WHERE user_id = $1 AND used_at IS NULL AND expires_at > now()', [userId]);
  const code = newSignInCode();
  const { rows } = await tx.query<{ expires_at: Date }>(
    `INSERT INTO sign_in_codes (code_hash, user_id, created_by, expires_at)
     VALUES ($1, $2, $3, now() + make_interval(hours => $4)) RETURNING expires_at`,
    [hashSignInCode(code), userId, createdBy, SIGN_IN_CODE_TTL_HOURS],
  );
  return { code, expiresAt: new Date(rows[0]!.expires_at) };
}

export interface CodeHolder {
  user: UserRow;
  expiresAt: Date;
  communityName: string | null;
}

/** Who a usable code is for (unused, unexpired, account active); null for any other code. */
export async function findUsableCode(db: Queryable, code: string): Promise<CodeHolder | null> {
  const { rows } = await db.query<UserRow & { code_expires_at: Date; community_name: string | null }>(
    `SELECT ${userColumnsOf('u')}, c.expires_at AS code_expires_at,
            (SELECT r.data->>'name' FROM records r WHERE r.id = u.community_id AND r.entity = 'community') AS community_name
       FROM sign_in_codes c JOIN users u ON u.id = c.user_id
      WHERE c.code_hash = $1 AND c.used_at IS NULL AND c.expires_at > now()`,
    [hashSignInCode(code)],
  );
  const row = rows[0];
  if (!row) return null;
  const { code_expires_at: expiresAt, community_name: communityName, ...user } = row;
  if (!isActiveAccount(user)) return null;
  return { user, expiresAt: new Date(expiresAt), communityName };
}

/**
 * Uses the code: marks it used and sets the password (its other sessions end), in the caller's
 * transaction. Null when the code is not usable (then the caller rolls back: nothing changed).
 */
export async function redeemSignInCode(tx: Queryable, code: string, passwordHash: string): Promise<UserRow | null> {
  const { rows } = await tx.query<{ user_id: string }>(
    'UPDATE sign_in_codes SET used_at = now() WHERE code_hash = $1 AND used_at IS NULL AND expires_at > now() RETURNING user_id',
    [hashSignInCode(code)],
  );
  const userId = rows[0]?.user_id;
  if (!userId) return null;
  const updated = await tx.query<UserRow>(`UPDATE users SET password_hash = $2 WHERE id = $1 RETURNING ${USER_COLUMNS}`, [userId, passwordHash]);
  const user = updated.rows[0];
  if (!user || !isActiveAccount(user)) return null;
  await revokeUserSessions(tx, user.id, 'password_changed');
  return user;
}
