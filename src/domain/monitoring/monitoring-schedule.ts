/**
 * Home monitoring (居家监测): which checks are due, overdue or missed, from the schedule, the checks made
 * and the phone's clock. Pure: local dates and times are read in the community's IANA time zone
 * (China by default), never in the machine's own zone.
 *
 * Rules:
 * - A slot is (date, index). Two checks a day: index 0 is the morning [00:00, 12:00), index 1 the
 *   afternoon [12:00, 24:00), local wall-clock time (so a daylight-saving day still splits at local
 *   noon). One check a day: index 0 is the whole day.
 * - The period runs from `startDate` to `lastDate` = startDate + days + extensionDays − 1 (both included).
 * - A slot is owed when it lies in the period, it is not before the slot `startedAt` falls in (a start
 *   at 15:00 owes that afternoon, not its morning), and the monitoring has not ended (`endedOn` unset).
 * - A slot is done when a check's `checkedAt` falls in it; a check outside the period counts for nothing.
 */
import { addDays, parseIsoDate } from '../../shared/local-date';

export const DEFAULT_MONITORING_TIME_ZONE = 'Asia/Shanghai';

export interface MonitoringSchedule {
  /** The first day, YYYY-MM-DD in the community's time zone. */
  startDate: string;
  /** When monitoring was started (ISO timestamp). Slots that ended before it are not owed. */
  startedAt: string;
  /** Length in days (default 14), before extensions. */
  days: number;
  /** 1 (one check a day: the whole day is one slot) or 2 (morning: before 12:00; afternoon: from 12:00). */
  checksPerDay: 1 | 2;
  /** Days added by extensions (sum). */
  extensionDays: number;
  /** Set when the monitoring ended (released or ended early): YYYY-MM-DD; no slot after that day is owed, and none at all once ended. */
  endedOn?: string;
}

/** A check made (voided checks are filtered out by the caller). */
export interface CheckTime {
  checkedAt: string;
}

export type MonitoringPhase = 'not_started' | 'active' | 'past_end' | 'ended';
export type SlotPart = 'morning' | 'afternoon' | 'day';

export interface MonitoringSlot {
  /** The local date, YYYY-MM-DD. */
  date: string;
  /** 0: morning (or the whole day with one check a day); 1: afternoon. */
  index: 0 | 1;
  part: SlotPart;
}

export interface CurrentSlot extends MonitoringSlot {
  done: boolean;
}

export interface MonitoringStatus {
  phase: MonitoringPhase;
  /**
   * "Day <n> of <total>": days from startDate to today (local date of now) + 1, clamped to [1, total].
   * 0 while today is before startDate. Once ended, counted to endedOn (the day it ended on).
   */
  day: number;
  /** days + extensionDays. */
  total: number;
  /** The period's last day, YYYY-MM-DD (the planned one; an early end does not move it). */
  lastDate: string;
  /** The slot now is in, if it is owed; otherwise null. */
  current: CurrentSlot | null;
  /** The current slot is owed and not done ("Due follow-ups"). */
  due: boolean;
  /** Owed slots of today that have ended without a check ("Overdue": chased the same day), in order. */
  overdue: MonitoringSlot[];
  /** Owed slots that ended within the 24 hours before now without a check. */
  missedLast24h: number;
  /** The latest checkedAt among the checks, as given, or null. */
  lastCheckAt: string | null;
  /**
   * "Release" may be offered: active on the last day once the slot now is in has its check, or past
   * the end (every slot is behind; a missed last check can no longer be made up, and must not keep
   * the person from being released). Never while not started or once ended.
   */
  releasable: boolean;
}

export interface LocalParts {
  /** The local date, YYYY-MM-DD. */
  date: string;
  /** Minutes since local midnight on the wall clock (0–1439). */
  minutes: number;
}

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
const NOON = 12 * 60;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

function toMillis(instant: Date | number | string): number {
  if (typeof instant === 'number') return instant;
  if (typeof instant === 'string') return Date.parse(instant);
  return instant.getTime();
}

function wallClock(ms: number, timeZone: string): { year: number; month: number; day: number; hour: number; minute: number } {
  const wall = { year: 0, month: 0, day: 0, hour: 0, minute: 0 };
  for (const part of formatterFor(timeZone).formatToParts(ms)) {
    if (part.type === 'year' || part.type === 'month' || part.type === 'day' || part.type === 'hour' || part.type === 'minute') {
      wall[part.type] = Number(part.value);
    }
  }
  return wall;
}

/** The local date and minute of the day of an instant in `timeZone`. Throws RangeError for an invalid instant or zone. */
export function localParts(instant: Date | number | string, timeZone: string = DEFAULT_MONITORING_TIME_ZONE): LocalParts {
  const ms = toMillis(instant);
  if (!Number.isFinite(ms)) throw new RangeError(`not an instant: ${String(instant)}`);
  const wall = wallClock(ms, timeZone);
  const date = `${String(wall.year).padStart(4, '0')}-${String(wall.month).padStart(2, '0')}-${String(wall.day).padStart(2, '0')}`;
  return { date, minutes: wall.hour * 60 + wall.minute };
}

/** The instant (ms) at which the local wall clock in `timeZone` shows `minutes` after midnight of `date`. */
export function instantAt(date: string, minutes: number, timeZone: string = DEFAULT_MONITORING_TIME_ZONE): number {
  const parsed = parseIsoDate(date);
  if (!parsed) throw new RangeError(`not a date: ${date}`);
  const wall = Date.UTC(parsed.year, parsed.month - 1, parsed.day) + minutes * MINUTE_MS;
  const offsetAt = (ms: number): number => {
    const w = wallClock(ms, timeZone);
    return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute) - Math.floor(ms / MINUTE_MS) * MINUTE_MS;
  };
  // Two rounds settle the offset on either side of a daylight-saving change.
  const guess = wall - offsetAt(wall);
  return wall - offsetAt(guess);
}

/** Whole days from date `from` to date `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  const a = parseIsoDate(from);
  const b = parseIsoDate(to);
  if (!a || !b) throw new RangeError(`not a date: ${a ? to : from}`);
  return Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / DAY_MS);
}

function partOf(index: 0 | 1, checksPerDay: 1 | 2): SlotPart {
  if (checksPerDay === 1) return 'day';
  return index === 0 ? 'morning' : 'afternoon';
}

function makeSlot(date: string, index: 0 | 1, checksPerDay: 1 | 2): MonitoringSlot {
  return { date, index, part: partOf(index, checksPerDay) };
}

/** The slot an instant falls in (local time in `timeZone`). */
export function slotOf(instant: Date | number | string, checksPerDay: 1 | 2, timeZone: string = DEFAULT_MONITORING_TIME_ZONE): MonitoringSlot {
  const { date, minutes } = localParts(instant, timeZone);
  return makeSlot(date, checksPerDay === 2 && minutes >= NOON ? 1 : 0, checksPerDay);
}

/** The instant (ms) a slot ends: local noon for a morning, the next local midnight otherwise. */
export function slotEnd(slot: Pick<MonitoringSlot, 'date' | 'index'>, checksPerDay: 1 | 2, timeZone: string = DEFAULT_MONITORING_TIME_ZONE): number {
  if (checksPerDay === 2 && slot.index === 0) return instantAt(slot.date, NOON, timeZone);
  return instantAt(addDays(slot.date, 1), 0, timeZone);
}

/** Orders slots in time: negative when `a` comes first. */
export function compareSlots(a: Pick<MonitoringSlot, 'date' | 'index'>, b: Pick<MonitoringSlot, 'date' | 'index'>): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  return a.index - b.index;
}

function slotKey(slot: Pick<MonitoringSlot, 'date' | 'index'>): string {
  return `${slot.date}#${slot.index}`;
}

/** The period's last day: startDate + days + extensionDays − 1. */
export function lastDateOf(schedule: Pick<MonitoringSchedule, 'startDate' | 'days' | 'extensionDays'>): string {
  return addDays(schedule.startDate, schedule.days + schedule.extensionDays - 1);
}

/** Due, overdue and missed checks, the day count and whether release may be offered, at `now`. */
export function monitoringStatus(
  schedule: MonitoringSchedule,
  checks: readonly CheckTime[],
  now: Date | number,
  timeZone: string = DEFAULT_MONITORING_TIME_ZONE,
): MonitoringStatus {
  const { checksPerDay, startDate } = schedule;
  const total = schedule.days + schedule.extensionDays;
  const lastDate = lastDateOf(schedule);
  const nowMs = toMillis(now);
  const nowSlot = slotOf(nowMs, checksPerDay, timeZone);
  const today = nowSlot.date;

  let lastCheckAt: string | null = null;
  let lastCheckMs = -Infinity;
  const done = new Set<string>();
  for (const check of checks) {
    const ms = Date.parse(check.checkedAt);
    if (!Number.isFinite(ms)) continue;
    if (ms > lastCheckMs) {
      lastCheckMs = ms;
      lastCheckAt = check.checkedAt;
    }
    const slot = slotOf(ms, checksPerDay, timeZone);
    if (slot.date >= startDate && slot.date <= lastDate) done.add(slotKey(slot));
  }

  const dayOn = (date: string): number => {
    if (date < startDate) return 0;
    return Math.min(Math.max(daysBetween(startDate, date) + 1, 1), Math.max(total, 1));
  };
  const idle = { total, lastDate, current: null, due: false, overdue: [], missedLast24h: 0, lastCheckAt, releasable: false };

  if (schedule.endedOn !== undefined) {
    return { ...idle, phase: 'ended', day: dayOn(schedule.endedOn < today ? schedule.endedOn : today) };
  }

  const startSlot = makeSlot(startDate, 0, checksPerDay);
  const startedSlot = slotOf(schedule.startedAt, checksPerDay, timeZone);
  const firstOwed = compareSlots(startedSlot, startSlot) > 0 ? startedSlot : startSlot;
  const isOwed = (slot: MonitoringSlot): boolean => slot.date <= lastDate && compareSlots(slot, firstOwed) >= 0;
  const isDone = (slot: MonitoringSlot): boolean => done.has(slotKey(slot));
  const indexes: readonly (0 | 1)[] = checksPerDay === 2 ? [0, 1] : [0];

  // Owed slots that ended in (now − 24 h, now]: at most three local dates back (a 23-hour day).
  let missedLast24h = 0;
  for (let back = 2; back >= 0; back -= 1) {
    const date = addDays(today, -back);
    for (const index of indexes) {
      const slot = makeSlot(date, index, checksPerDay);
      if (!isOwed(slot) || isDone(slot)) continue;
      const end = slotEnd(slot, checksPerDay, timeZone);
      if (end <= nowMs && end > nowMs - DAY_MS) missedLast24h += 1;
    }
  }

  if (today > lastDate) {
    // Every slot is behind: release may be offered even after a missed last check.
    return { ...idle, phase: 'past_end', day: dayOn(today), missedLast24h, releasable: true };
  }
  if (compareSlots(nowSlot, firstOwed) < 0) {
    return { ...idle, phase: 'not_started', day: dayOn(today), missedLast24h };
  }

  const current: CurrentSlot = { ...nowSlot, done: isDone(nowSlot) };
  const overdue = indexes
    .map((index) => makeSlot(today, index, checksPerDay))
    .filter((slot) => compareSlots(slot, nowSlot) < 0 && isOwed(slot) && !isDone(slot));
  return {
    phase: 'active',
    day: dayOn(today),
    total,
    lastDate,
    current,
    due: !current.done,
    overdue,
    missedLast24h,
    lastCheckAt,
    releasable: today === lastDate && current.done,
  };
}
