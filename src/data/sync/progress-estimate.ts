/**
 * The arithmetic of sync progress: records done out of a total that is an estimate (a pull's total
 * is what was received plus what the server says is still to come), and the time left at the rate
 * seen so far. Pure: the caller passes the clock.
 */

export type SyncDirection = 'pull' | 'push';

/** What a screen shows of a large sync while it runs. */
export interface SyncProgress {
  direction: SyncDirection;
  /** Records received (pull) or mutations pushed so far. */
  done: number;
  /** The expected count at the end; never below `done`. */
  total: number;
  /** Seconds left at the current rate, rounded up; null until a rate is known. */
  secondsLeft: number | null;
}

/** The running estimate behind a SyncProgress. */
export interface ProgressEstimate {
  readonly progress: SyncProgress;
  /** The first update's count and time: the rate is measured from there (the first request's wait is not a rate). */
  readonly since: { done: number; at: number };
}

/** The first figures of a large sync: `remaining` still to come after `done`. No rate yet. */
export function startEstimate(direction: SyncDirection, done: number, remaining: number, now: number): ProgressEstimate {
  const safeDone = Math.max(0, done);
  return {
    progress: { direction, done: safeDone, total: safeDone + Math.max(0, remaining), secondsLeft: null },
    since: { done: safeDone, at: now },
  };
}

/**
 * The estimate after more was done. `remaining` is the newest word on what is left (a pull page's
 * own estimate); without it, the total stays what it was (and at least what is done).
 */
export function advanceEstimate(estimate: ProgressEstimate, done: number, remaining: number | undefined, now: number): ProgressEstimate {
  const { progress, since } = estimate;
  const safeDone = Math.max(progress.done, done);
  const total = remaining === undefined ? Math.max(progress.total, safeDone) : safeDone + Math.max(0, remaining);
  const rate = ratePerSecond(safeDone - since.done, now - since.at);
  const left = total - safeDone;
  const secondsLeft = rate === null ? null : left === 0 ? 0 : Math.ceil(left / rate);
  return { progress: { direction: progress.direction, done: safeDone, total, secondsLeft }, since };
}

/** Records per second, or null when nothing was done yet or no time has passed. */
function ratePerSecond(done: number, elapsedMs: number): number | null {
  if (done <= 0 || elapsedMs <= 0) return null;
  return (done * 1000) / elapsedMs;
}
