/**
 * A checkpoint's day in figures for the shift view: people in and out per hour, totals, refusals and
 * referrals, and which entries belong to the current shift. Shifts are 00:00–08:00, 08:00–16:00 and
 * 16:00–24:00 in the phone's time zone. Voided entries never count.
 */
import type { EntityRecord } from '../entities/entity-record';
import { isVoided } from '../round/day-status';

/** What the shift figures read of a checkpoint entry. */
export type TalliedEntry = Pick<EntityRecord<'checkpoint_entry'>, 'at' | 'direction' | 'outcome' | 'voidedAt'>;

export const SHIFT_HOURS = 8;

export interface Shift {
  /** Local start (included) and end (excluded). */
  start: Date;
  end: Date;
  startHour: number;
  endHour: number;
}

export interface HourTally {
  /** Local hour of the day, 0–23: the row 07:00–08:00 is hour 7. */
  hour: number;
  in: number;
  out: number;
}

export interface DayTally {
  /** Hours with at least one entry, earliest first. */
  hours: HourTally[];
  totalIn: number;
  totalOut: number;
  refused: number;
  referred: number;
}

/** The entry's time in milliseconds, or null when it does not parse. */
function timeOf(entry: TalliedEntry): number | null {
  const ms = Date.parse(entry.at);
  return Number.isNaN(ms) ? null : ms;
}

/** The shift `now` falls in, on the phone's clock. */
export function shiftAt(now: Date): Shift {
  const startHour = Math.floor(now.getHours() / SHIFT_HOURS) * SHIFT_HOURS;
  const start = new Date(now.getFullYear(), now.getMonth(), now.getDate(), startHour);
  const end = new Date(now.getFullYear(), now.getMonth(), now.getDate(), startHour + SHIFT_HOURS);
  return { start, end, startHour, endHour: startHour + SHIFT_HOURS };
}

/** The figures of one day: `includes` says whether an entry's timestamp lies on that day (see localDay). */
export function tallyDay(entries: readonly TalliedEntry[], includes: (timestamp: string) => boolean): DayTally {
  const byHour = new Map<number, HourTally>();
  const tally: DayTally = { hours: [], totalIn: 0, totalOut: 0, refused: 0, referred: 0 };
  for (const entry of entries) {
    const ms = timeOf(entry);
    if (ms === null || isVoided(entry) || !includes(entry.at)) continue;
    const hour = new Date(ms).getHours();
    const row = byHour.get(hour) ?? { hour, in: 0, out: 0 };
    byHour.set(hour, row);
    if (entry.direction === 'in') {
      row.in += 1;
      tally.totalIn += 1;
    } else {
      row.out += 1;
      tally.totalOut += 1;
    }
    if (entry.outcome === 'refused') tally.refused += 1;
    if (entry.outcome === 'referred') tally.referred += 1;
  }
  tally.hours = [...byHour.values()].sort((a, b) => a.hour - b.hour);
  return tally;
}

/** The entries of a shift that were not voided, newest first. */
export function shiftEntries<T extends TalliedEntry>(entries: readonly T[], shift: Shift): T[] {
  const start = shift.start.getTime();
  const end = shift.end.getTime();
  const timed: { entry: T; ms: number }[] = [];
  for (const entry of entries) {
    const ms = timeOf(entry);
    if (ms !== null && !isVoided(entry) && ms >= start && ms < end) timed.push({ entry, ms });
  }
  return timed.sort((a, b) => b.ms - a.ms).map(({ entry }) => entry);
}

/** "07:00–08:00" style label of an hour row or a shift (24 for the end of the day). */
export function hourRange(fromHour: number, toHour: number): string {
  const pad = (hour: number) => `${String(hour).padStart(2, '0')}:00`;
  return `${pad(fromHour)}–${pad(toHour)}`;
}
