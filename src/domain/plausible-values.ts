/**
 * What a written value may plausibly be (issue 11): times between the start of the epidemic and a
 * day ahead of the validating clock (the server's when the server validates, the phone's in a form),
 * birth dates from 1900, names with something visible in them. Pure functions: `now` is passed in
 * (milliseconds since the epoch); the zod fields in fields.ts read Date.now() at parse time.
 * Only writes apply these rules: records already stored are read without them
 * (entities/stored-record-schemas.ts).
 */

/** Nothing in this app happened before the first cases were reported. */
export const EARLIEST_DATE = '2019-12-01';
/** The earliest birth date (and other dates of a person's life) a record may carry. */
export const EARLIEST_BIRTH_DATE = '1900-01-01';
/** How far ahead of the validating clock a time may be (a phone's clock may run a little fast). */
export const MAX_CLOCK_AHEAD_MS = 86_400_000;

/** The first moment it was 2019-12-01 anywhere on Earth (UTC+14): any earlier time is before the start. */
const EARLIEST_TIME_MS = Date.parse(`${EARLIEST_DATE}T00:00:00+14:00`);

export type TimestampProblem = 'timestamp_invalid' | 'timestamp_too_early' | 'timestamp_in_future';

/** Why an ISO timestamp (already of the right format) is implausible at `now`, or null when it is fine. */
export function timestampProblem(value: string, now: number): TimestampProblem | null {
  const time = Date.parse(value);
  if (Number.isNaN(time)) return 'timestamp_invalid';
  if (time < EARLIEST_TIME_MS) return 'timestamp_too_early';
  if (time > now + MAX_CLOCK_AHEAD_MS) return 'timestamp_in_future';
  return null;
}

/**
 * Characters that show nothing: whitespace and separators, controls (Cc), format characters (Cf:
 * zero-width space and joiners U+200B–U+200D, word joiner U+2060, BOM U+FEFF, bidi marks…), the
 * combining grapheme joiner, variation selectors and the Hangul, Khmer and braille blanks.
 */
const INVISIBLE = /[\s\p{Cc}\p{Cf}\p{Zs}\p{Zl}\p{Zp}\u115F\u2800\u3164\uFFA0]|\u034F|\u1160|\u17B4|\u17B5|[\u180B-\u180F]|[\uFE00-\uFE0F]/gu;

/** Whether a name has at least one character that shows on screen. */
export function hasVisibleCharacter(value: string): boolean {
  return value.replace(INVISIBLE, '') !== '';
}

/** The values that occur more than once in a list, each once, in order of first repeat. */
export function repeatedValues<T>(values: readonly T[]): T[] {
  const seen = new Set<T>();
  const repeated = new Set<T>();
  for (const value of values) {
    if (seen.has(value)) repeated.add(value);
    seen.add(value);
  }
  return [...repeated];
}
