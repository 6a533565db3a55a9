/**
 * Sign-in limits, kept in the database (table sign_in_failures) so that they survive a restart and
 * are shared by every server process on the same database.
 *
 * - Per account (by username, lower case, whether or not it exists): after `freeFailures` failures
 *   each further one makes the account wait, 1 s doubling up to 15 min, which holds guessing near
 *   100 tries a day. While it waits, every sign-in for it is refused without looking at the password.
 *   A successful sign-in clears it; failures are forgotten after a day without one.
 * - Per client address: failures in a 15-minute window. Once an address has too many, it may no
 *   longer try accounts that already failed (so it gets one guess per account, not five), but a
 *   sign-in for an account without failures is still checked: a whole office behind one NAT is never
 *   locked out by someone else's failures.
 */
import type { Queryable } from '../db/database';

export interface LoginLimiterOptions {
  /** Failures an account may have before the delays start (default 5). */
  freeFailures?: number;
  /** The delay after the first counted failure (default 1 s); it doubles with each further failure. */
  firstDelayMs?: number;
  /** The longest delay (default 15 minutes). */
  maxDelayMs?: number;
  /** An account's failures are forgotten after this long without a new one (default 1 day). */
  forgetAfterMs?: number;
  /** Failures from one address in a window before it may no longer retry failed accounts (default 30). */
  maxFailuresPerAddress?: number;
  /** The per-address window (default 15 minutes). */
  addressWindowMs?: number;
  /** The clock (tests move it instead of sleeping). */
  now?: () => number;
}

interface LimitRow {
  key: string;
  failures: number;
  window_start: Date | string;
  last_failure_at: Date | string;
  blocked_until: Date | string;
}

const time = (value: Date | string): number => new Date(value).getTime();
const accountKey = (username: string) => `account:${username.toLowerCase()}`;
const addressKey = (ip: string) => `address:${ip}`;
const PRUNE_EVERY = 100;

export class LoginLimiter {
  private readonly freeFailures: number;
  private readonly firstDelayMs: number;
  private readonly maxDelayMs: number;
  private readonly forgetAfterMs: number;
  private readonly maxFailuresPerAddress: number;
  private readonly addressWindowMs: number;
  private readonly now: () => number;
  private failuresSincePrune = 0;

  constructor(
    private readonly db: Queryable,
    options: LoginLimiterOptions = {},
  ) {
    this.freeFailures = options.freeFailures ?? 5;
    this.firstDelayMs = options.firstDelayMs ?? 1000;
    this.maxDelayMs = options.maxDelayMs ?? 15 * 60 * 1000;
    this.forgetAfterMs = options.forgetAfterMs ?? 24 * 60 * 60 * 1000;
    this.maxFailuresPerAddress = options.maxFailuresPerAddress ?? 30;
    this.addressWindowMs = options.addressWindowMs ?? 15 * 60 * 1000;
    this.now = options.now ?? Date.now;
  }

  /** The delay an account has after `failures` failures in a row. */
  delayAfter(failures: number): number {
    if (failures < this.freeFailures) return 0;
    return Math.min(this.firstDelayMs * 2 ** Math.min(failures - this.freeFailures, 40), this.maxDelayMs);
  }

  /** Milliseconds until a sign-in for this username from this address may be tried; 0 when it may now. */
  async retryAfterMs(username: string, ip: string): Promise<number> {
    const now = this.now();
    const { rows } = await this.db.query<LimitRow>(
      'SELECT key, failures, window_start, last_failure_at, blocked_until FROM sign_in_failures WHERE key = ANY($1::text[])',
      [[accountKey(username), addressKey(ip)]],
    );
    const account = rows.find((row) => row.key === accountKey(username));
    const address = rows.find((row) => row.key === addressKey(ip));
    const accountFailed = account !== undefined && time(account.last_failure_at) > now - this.forgetAfterMs;
    const accountWait = account ? Math.max(0, time(account.blocked_until) - now) : 0;
    let addressWait = 0;
    if (accountFailed && address && address.failures >= this.maxFailuresPerAddress) {
      addressWait = Math.max(0, time(address.window_start) + this.addressWindowMs - now);
    }
    return Math.max(accountWait, addressWait);
  }

  async recordFailure(username: string, ip: string): Promise<void> {
    const now = this.now();
    const failures = await this.count(accountKey(username), now, `f.last_failure_at < $3`, now - this.forgetAfterMs);
    const delay = this.delayAfter(failures);
    if (delay > 0) {
      await this.db.query('UPDATE sign_in_failures SET blocked_until = GREATEST(blocked_until, $2) WHERE key = $1', [
        accountKey(username),
        new Date(now + delay),
      ]);
    }
    await this.count(addressKey(ip), now, `f.window_start < $3`, now - this.addressWindowMs);
    if (++this.failuresSincePrune >= PRUNE_EVERY) {
      this.failuresSincePrune = 0;
      const before = new Date(now - Math.max(this.forgetAfterMs, this.addressWindowMs));
      await this.db.query('DELETE FROM sign_in_failures WHERE last_failure_at < $1 AND blocked_until < $2', [before, new Date(now)]);
    }
  }

  /** A successful sign-in clears the account's failures (the address keeps its count). */
  async recordSuccess(username: string): Promise<void> {
    await this.db.query('DELETE FROM sign_in_failures WHERE key = $1', [accountKey(username)]);
  }

  /** Adds a failure to `key` (starting over when `restartWhen` holds, given $3 = `restartBefore`); returns the count. */
  private async count(key: string, now: number, restartWhen: string, restartBefore: number): Promise<number> {
    const { rows } = await this.db.query<{ failures: number }>(
      `INSERT INTO sign_in_failures AS f (key, failures, window_start, last_failure_at, blocked_until)
       VALUES ($1, 1, $2, $2, $2)
       ON CONFLICT (key) DO UPDATE SET
         failures = CASE WHEN ${restartWhen} THEN 1 ELSE f.failures + 1 END,
         window_start = CASE WHEN ${restartWhen} THEN $2 ELSE f.window_start END,
         last_failure_at = $2
       RETURNING failures`,
      [key, new Date(now), new Date(restartBefore)],
    );
    return Number(rows[0]?.failures ?? 1);
  }
}
