/** Calendar helpers on local dates written as YYYY-MM-DD. */
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

export function isValidCalendarDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  const days = month === 2 && isLeapYear(year) ? 29 : MONTH_DAYS[month - 1]!;
  return day <= days;
}

export function formatIsoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Today's date in the given IANA time zone (China by default), as YYYY-MM-DD. */
export function todayIn(timeZone = 'Asia/Shanghai', now: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
  return parts;
}

export const ISO_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

export function parseIsoDate(value: string): { year: number; month: number; day: number } | null {
  if (!ISO_DATE_PATTERN.test(value)) return null;
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  return isValidCalendarDate(y, m, d) ? { year: y, month: m, day: d } : null;
}

const DAY_MS = 86_400_000;
const UTC_PLUS_14 = 14 * 3_600_000;
let latest = { from: 0, until: 0, date: '' };

/**
 * The latest calendar date anywhere on Earth right now (UTC+14), as YYYY-MM-DD. "Not in the future"
 * checks use it, so a worker in China closing the day just after midnight local time (still
 * yesterday in UTC) is not told their date is in the future.
 */
export function latestDateAnywhere(now: number = Date.now()): string {
  if (now >= latest.from && now < latest.until) return latest.date;
  const shifted = now + UTC_PLUS_14;
  const from = Math.floor(shifted / DAY_MS) * DAY_MS - UTC_PLUS_14;
  // Kept for the rest of that day: validating thousands of records asks for it once each.
  latest = { from, until: from + DAY_MS, date: new Date(shifted).toISOString().slice(0, 10) };
  return latest.date;
}


/** The phone's own calendar date (its time zone) for `now`, as YYYY-MM-DD. */
export function localDateOf(now: Date = new Date()): string {
  return formatIsoDate(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

/** The date `days` days after `date` (negative: before), as YYYY-MM-DD. */
export function addDays(date: string, days: number): string {
  const parsed = parseIsoDate(date);
  if (!parsed) throw new RangeError(`not a date: ${date}`);
  const shifted = new Date(Date.UTC(parsed.year, parsed.month - 1, parsed.day + days));
  return shifted.toISOString().slice(0, 10);
}

export interface LocalDay {
  /** The day, YYYY-MM-DD. */
  date: string;
  /**
   * Index bounds for timestamps stored as ISO strings with any offset: a day wider on each side,
   * so a range read never misses a record; filter the result with `includes`.
   */
  lower: string;
  upper: string;
  /** The day's first millisecond and the next day's first, in the phone's time zone. */
  start: number;
  end: number;
  /** Whether an ISO timestamp falls on this day in the phone's time zone. */
  includes(timestamp: string): boolean;
}

/** Whether an ISO timestamp falls on a day from `firstDay` to `lastDay` (both included), in the phone's time zone. */
export function withinDays(firstDay: LocalDay, lastDay: LocalDay, timestamp: string): boolean {
  const at = Date.parse(timestamp);
  return at >= firstDay.start && at < lastDay.end;
}

/** One calendar day in the phone's time zone, for reading "today's" visits or reports. */
export function localDay(date: string): LocalDay {
  const parsed = parseIsoDate(date);
  if (!parsed) throw new RangeError(`not a date: ${date}`);
  const start = new Date(parsed.year, parsed.month - 1, parsed.day).getTime();
  const end = new Date(parsed.year, parsed.month - 1, parsed.day + 1).getTime();
  return {
    date,
    lower: addDays(date, -1),
    upper: `${addDays(date, 1)}\uffff`,
    start,
    end,
    includes(timestamp) {
      const at = Date.parse(timestamp);
      return at >= start && at < end;
    },
  };
}
