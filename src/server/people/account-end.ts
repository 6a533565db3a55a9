/**
 * When an account the community adds ends: its end date is the last day it works, in China time
 * (UTC+08:00, no daylight saving), so it ends at 00:00 of the next day there.
 */
const CHINA_OFFSET_MS = 8 * 60 * 60_000;
const DAY_MS = 24 * 60 * 60_000;

/** Today's date in China (YYYY-MM-DD). */
export function chinaToday(now: number = Date.now()): string {
  return new Date(now + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

/** The moment an account whose last day is `endsOn` ends: the next day at 00:00 China time. */
export function endsAtOf(endsOn: string): Date {
  return new Date(Date.parse(`${endsOn}T00:00:00+08:00`) + DAY_MS);
}

/** An end date before today (China time) is refused: a new end is today or later. */
export function isPastEndDate(endsOn: string, now: number = Date.now()): boolean {
  return endsOn < chinaToday(now);
}
