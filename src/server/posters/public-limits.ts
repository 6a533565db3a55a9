/**
 * Abuse limits of the residents' help page (table public_request_counts): requests in a fixed window
 * (an hour by default) per poster code and per client address, counted on the server's clock and kept
 * in the database (shared by every server process, surviving a restart).
 */
import type { Queryable } from '../db/database';

export interface PublicLimitOptions {
  /** Requests one poster code may send in a window (default 10). */
  perToken?: number;
  /** Requests one client address may send in a window (default 20). */
  perAddress?: number;
  /** The window (default 1 hour). */
  windowMs?: number;
  /** The clock (tests move it instead of waiting). */
  now?: () => number;
}

export interface LimitVerdict {
  allowed: boolean;
  /** Seconds until the window ends (when refused). */
  retryAfterSeconds: number;
}

export class PublicRequestLimits {
  readonly perToken: number;
  readonly perAddress: number;
  private readonly windowMs: number;
  private readonly now: () => number;

  constructor(
    private readonly db: Queryable,
    options: PublicLimitOptions = {},
  ) {
    this.perToken = options.perToken ?? 10;
    this.perAddress = options.perAddress ?? 20;
    this.windowMs = options.windowMs ?? 3_600_000;
    this.now = options.now ?? Date.now;
  }

  /** Counts one request from the address; refused once it has sent more than perAddress in the window. */
  countAddress(address: string): Promise<LimitVerdict> {
    return this.count(`address:${address}`, this.perAddress);
  }

  /** Counts one request with the poster code; refused once it has been used more than perToken times in the window. */
  countToken(token: string): Promise<LimitVerdict> {
    return this.count(`token:${token}`, this.perToken);
  }

  private async count(key: string, limit: number): Promise<LimitVerdict> {
    const now = this.now();
    const windowStartedBefore = new Date(now - this.windowMs);
    const { rows } = await this.db.query<{ window_start: Date | string; count: number }>(
      `INSERT INTO public_request_counts AS c (key, window_start, count) VALUES ($1, $2, 1)
       ON CONFLICT (key) DO UPDATE SET
         window_start = CASE WHEN c.window_start <= $3 THEN EXCLUDED.window_start ELSE c.window_start END,
         count = CASE WHEN c.window_start <= $3 THEN 1 ELSE c.count + 1 END
       RETURNING window_start, count`,
      [key, new Date(now), windowStartedBefore],
    );
    const row = rows[0]!;
    const endsAt = new Date(row.window_start).getTime() + this.windowMs;
    return { allowed: Number(row.count) <= limit, retryAfterSeconds: Math.max(1, Math.ceil((endsAt - now) / 1000)) };
  }

  /** Forgets windows that ended (a day after): keeps the table small. */
  async prune(): Promise<void> {
    await this.db.query('DELETE FROM public_request_counts WHERE window_start < $1', [new Date(this.now() - this.windowMs - 86_400_000)]);
  }
}
