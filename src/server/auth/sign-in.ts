/**
 * Sign-in with username and password: the limits first (a refused attempt is answered 429 with
 * Retry-After, its password never checked), then the password; a hash made with older parameters
 * is replaced by one with today's after the password proved right.
 */
import type { Queryable } from '../db/database';
import { accountEnded, HttpError } from '../http/errors';
import type { LoginLimiter } from './login-limiter';
import { dummyPasswordHash, hashPassword, needsRehash, verifyPassword } from './password';
import { findUserByUsername, isActiveAccount, type UserRow } from './users';

export interface SignInContext {
  db: Queryable;
  limiter: LoginLimiter;
}

export async function signIn(ctx: SignInContext, username: string, password: string, ip: string): Promise<UserRow> {
  const waitMs = await ctx.limiter.retryAfterMs(username, ip);
  if (waitMs > 0) {
    throw new HttpError(429, 'TOO_MANY_REQUESTS', 'Too many failed sign-ins; try again later', undefined, {
      'retry-after': String(Math.ceil(waitMs / 1000)),
    });
  }
  const user = await findUserByUsername(ctx.db, username);
  const valid = await verifyPassword(password, user?.password_hash ?? (await dummyPasswordHash()));
  if (!user || !valid || user.disabled) {
    await ctx.limiter.recordFailure(username, ip);
    throw new HttpError(401, 'INVALID_CREDENTIALS', 'Wrong username or password');
  }
  // The right password of an account past its end: said plainly, so the person knows to ask the community.
  if (!isActiveAccount(user)) throw accountEnded();
  await ctx.limiter.recordSuccess(username);
  if (needsRehash(user.password_hash)) {
    const upgraded = await hashPassword(password);
    // Only over the hash just checked: a password changed meanwhile is kept.
    await ctx.db.query('UPDATE users SET password_hash = $1 WHERE id = $2 AND password_hash = $3', [
      upgraded,
      user.id,
      user.password_hash,
    ]);
    return { ...user, password_hash: upgraded };
  }
  return user;
}
