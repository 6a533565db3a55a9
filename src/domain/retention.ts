/**
 * How long a phone keeps what its user no longer needs (issue 18): synced visits, gate entries, shift
 * notes and fever reports older than the retention window (the server's PHONE_RETENTION_DAYS, sent at
 * sign-in) and residents who moved out more than 30 days ago leave the phone. Zod-free: the server's
 * settings and the phone's purge both read it.
 */
import { addDays } from '../shared/local-date';

/** The window when the server sends none (an older server) and the server's default. */
export const DEFAULT_RETENTION_DAYS = 30;
/** The window a server may set: at least a day, at most a year. */
export const MIN_RETENTION_DAYS = 1;
export const MAX_RETENTION_DAYS = 365;
/** A resident who moved out stays on the phone this many days after the move-out date. */
export const MOVED_OUT_KEEP_DAYS = 30;

const DAY_MS = 86_400_000;
/** The furthest ahead of UTC a stored timestamp's offset can be (UTC+14). */
const MAX_OFFSET_MS = 14 * 3_600_000;

/** The window the phone applies: the server's when it sent a usable one, else the default. */
export function retentionWindow(days: number | undefined): number {
  if (days === undefined || !Number.isInteger(days) || days < MIN_RETENTION_DAYS) return DEFAULT_RETENTION_DAYS;
  return Math.min(days, MAX_RETENTION_DAYS);
}

export interface RetentionCutoff {
  /** Records of a time before this instant (ms) are past the window. */
  before: number;
  /**
   * An upper bound for reading candidates on a time index of ISO strings with any offset: every
   * timestamp before `before` sorts below it (a local time is at most 14 hours ahead of UTC).
   */
  indexBelow: string;
}

export function retentionCutoff(now: number, days: number): RetentionCutoff {
  const before = now - days * DAY_MS;
  return { before, indexBelow: new Date(before + MAX_OFFSET_MS).toISOString() };
}

/** Whether an ISO timestamp (any offset) lies before the cutoff; an unreadable one never does. */
export function isPastRetention(timestamp: unknown, cutoff: RetentionCutoff): boolean {
  if (typeof timestamp !== 'string') return false;
  const at = Date.parse(timestamp);
  return Number.isFinite(at) && at < cutoff.before;
}

/** Whether a resident who moved out on `movedOutOn` (YYYY-MM-DD) has been gone longer than the keep days on `today`. */
export function movedOutLongAgo(movedOutOn: unknown, today: string): boolean {
  if (typeof movedOutOn !== 'string') return false;
  try {
    return addDays(movedOutOn, MOVED_OUT_KEEP_DAYS) < today;
  } catch {
    return false;
  }
}
