/** The app lock as the UI sees it (issue 18). */

export type LockState =
  /** The key record is being read. */
  | { status: 'loading' }
  /** No PIN on this phone (signed out, just signed in, or its PIN removed after 5 wrong ones): "Set PIN". */
  | { status: 'no_pin'; passwordKnown: boolean }
  /** The keys are not in memory: "Locked", "Enter PIN" (or the account password). */
  | { status: 'locked'; attemptsLeft: number }
  /** The keys are in memory; the app locks itself after idleMinutes without a touch. */
  | { status: 'unlocked'; idleMinutes: number };

export type UnlockResult = { ok: true } | { ok: false; reason: 'wrong_secret'; attemptsLeft: number } | { ok: false; reason: 'wiped' };

/** The idle times the settings offer (minutes); 10 is the default and the longest. */
export const IDLE_LOCK_MINUTES = [1, 2, 5, 10] as const;
export const DEFAULT_IDLE_LOCK_MINUTES = 10;
/** Minutes in the background after which the app locks when it comes back. */
export const BACKGROUND_LOCK_MINUTES = 5;

export function isIdleLockMinutes(value: unknown): value is number {
  return typeof value === 'number' && IDLE_LOCK_MINUTES.some((minutes) => minutes === value);
}
