/**
 * Counts failed sign-ins per username and per client address in a sliding window; once a key has
 * too many, sign-ins for it are refused (429) until the oldest failure leaves the window.
 */
export interface LoginLimiterOptions {
  windowMs?: number;
  maxPerUsername?: number;
  maxPerIp?: number;
}

export class LoginLimiter {
  private readonly failures = new Map<string, number[]>();
  private readonly windowMs: number;
  private readonly maxPerUsername: number;
  private readonly maxPerIp: number;

  constructor(options: LoginLimiterOptions = {}) {
    this.windowMs = options.windowMs ?? 15 * 60 * 1000;
    this.maxPerUsername = options.maxPerUsername ?? 5;
    this.maxPerIp = options.maxPerIp ?? 20;
  }

  /** Milliseconds until a sign-in for this username from this address may be tried again; 0 when allowed. */
  retryAfterMs(username: string, ip: string, now: number = Date.now()): number {
    return Math.max(
      this.wait(`u:${username.toLowerCase()}`, this.maxPerUsername, now),
      this.wait(`ip:${ip}`, this.maxPerIp, now),
    );
  }

  recordFailure(username: string, ip: string, now: number = Date.now()): void {
    for (const key of [`u:${username.toLowerCase()}`, `ip:${ip}`]) {
      const list = this.recent(key, now);
      list.push(now);
      this.failures.set(key, list);
    }
    if (this.failures.size > 10_000) this.prune(now);
  }

  /** A successful sign-in clears the username's failures (the address keeps its count). */
  recordSuccess(username: string): void {
    this.failures.delete(`u:${username.toLowerCase()}`);
  }

  private recent(key: string, now: number): number[] {
    return (this.failures.get(key) ?? []).filter((at) => at > now - this.windowMs);
  }

  private wait(key: string, max: number, now: number): number {
    const list = this.recent(key, now);
    if (list.length < max) return 0;
    return list[list.length - max]! + this.windowMs - now;
  }

  private prune(now: number): void {
    for (const [key, list] of this.failures) {
      if (!list.some((at) => at > now - this.windowMs)) this.failures.delete(key);
    }
  }
}
