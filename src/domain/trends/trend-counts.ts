/**
 * The figures of the secretary's Trends screen, from the records on the phone: fever reports per day by
 * action, households visited per day per grid, gate entries per hour of one day. Pure; days and hours
 * are the phone's local time (as localDay in src/shared/local-date.ts), voided records never count.
 */
import { addDays, localDateOf } from '../../shared/local-date';
import type { EntityRecord } from '../entities/entity-record';
import { DIRECTIONS, type CheckpointEntry } from '../entities/checkpoint-entry';
import { FEVER_ACTIONS, type FeverAction } from '../entities/fever-report';
import { householdStatuses, isVoided, type DayVisit } from '../round/day-status';

/** How many days the day charts show, today included. */
export const TREND_DAYS = 14;
export const HOURS_OF_DAY = 24;

/** The `count` dates ending with `today` (YYYY-MM-DD), oldest first. */
export function trendDates(today: string, count: number = TREND_DAYS): string[] {
  return Array.from({ length: count }, (_, index) => addDays(today, index - count + 1));
}

/** The phone's local date of an ISO timestamp (YYYY-MM-DD); undefined when it is not a time. */
export function localDateOfTimestamp(timestamp: string): string | undefined {
  const at = Date.parse(timestamp);
  return Number.isNaN(at) ? undefined : localDateOf(new Date(at));
}

export type TrendFeverReport = Pick<EntityRecord<'fever_report'>, 'reportedAt' | 'action' | 'voidedAt'>;

export interface FeverDay {
  date: string;
  byAction: Record<FeverAction, number>;
  total: number;
}

function noActions(): Record<FeverAction, number> {
  return { fever_clinic: 0, home_isolation: 0, observation: 0 };
}

/** Fever reports per day of `dates` by the action taken; reports on other days are left out. */
export function feverReportsPerDay(reports: readonly TrendFeverReport[], dates: readonly string[]): FeverDay[] {
  const days = new Map(dates.map((date) => [date, { date, byAction: noActions(), total: 0 }]));
  for (const report of reports) {
    if (isVoided(report)) continue;
    const date = localDateOfTimestamp(report.reportedAt);
    const day = date === undefined ? undefined : days.get(date);
    if (!day || !FEVER_ACTIONS.includes(report.action)) continue;
    day.byAction[report.action] += 1;
    day.total += 1;
  }
  return [...days.values()];
}

export interface GridVisitsPerDay {
  gridId: string;
  /** Households visited on each of the dates, in their order. */
  perDay: number[];
}

export interface HouseholdsVisitedPerDay {
  dates: string[];
  grids: GridVisitsPerDay[];
  /** Per date, the sum over the grids. */
  totals: number[];
}

/**
 * Households visited per day per grid: a household counts once a day, when its status that day (the
 * day-status rules over that day's visits: the latest outcome, a fever found winning) is visited or
 * fever. Grids in `gridIds` order; a grid of a household that is not among them follows, by id.
 * Households whose grid is not known (no building on the phone) are left out.
 */
export function householdsVisitedPerDay(
  visits: readonly DayVisit[],
  householdGrid: ReadonlyMap<string, string>,
  gridIds: readonly string[],
  dates: readonly string[],
): HouseholdsVisitedPerDay {
  const visitsByDate = new Map<string, DayVisit[]>(dates.map((date) => [date, []]));
  for (const visit of visits) {
    const date = localDateOfTimestamp(visit.visitedAt);
    if (date !== undefined) visitsByDate.get(date)?.push(visit);
  }
  const counts = new Map<string, number[]>(gridIds.map((gridId) => [gridId, dates.map(() => 0)]));
  const extra = new Set<string>();
  dates.forEach((date, index) => {
    for (const [householdId, status] of householdStatuses(visitsByDate.get(date) ?? [])) {
      if (status !== 'visited' && status !== 'fever') continue;
      const gridId = householdGrid.get(householdId);
      if (gridId === undefined) continue;
      let perDay = counts.get(gridId);
      if (!perDay) {
        perDay = dates.map(() => 0);
        counts.set(gridId, perDay);
        extra.add(gridId);
      }
      perDay[index] = (perDay[index] ?? 0) + 1;
    }
  });
  const order = [...gridIds, ...[...extra].sort()];
  const grids = order.map((gridId) => ({ gridId, perDay: counts.get(gridId) ?? dates.map(() => 0) }));
  const totals = dates.map((_, index) => grids.reduce((sum, grid) => sum + (grid.perDay[index] ?? 0), 0));
  return { dates: [...dates], grids, totals };
}

/** householdId → gridId from the household ids of each building and the buildings' grids. */
export function householdGridFromBuildings(
  householdIdsByBuilding: ReadonlyMap<string, readonly string[]>,
  buildings: readonly Pick<EntityRecord<'building'>, 'id' | 'gridId'>[],
): Map<string, string> {
  const map = new Map<string, string>();
  for (const building of buildings) {
    for (const householdId of householdIdsByBuilding.get(building.id) ?? []) map.set(householdId, building.gridId);
  }
  return map;
}

export type TrendGateEntry = Pick<EntityRecord<'checkpoint_entry'>, 'at' | 'direction' | 'voidedAt'>;

export interface GateHour {
  /** 0–23, local time. */
  hour: number;
  byDirection: Record<CheckpointEntry['direction'], number>;
  total: number;
}

/** Gate entries (every checkpoint, both directions) per local hour of `date`, 0 to 23; voided ones left out. */
export function gateEntriesPerHour(entries: readonly TrendGateEntry[], date: string): GateHour[] {
  const hours: GateHour[] = Array.from({ length: HOURS_OF_DAY }, (_, hour) => ({ hour, byDirection: { in: 0, out: 0 }, total: 0 }));
  for (const entry of entries) {
    if (isVoided(entry) || localDateOfTimestamp(entry.at) !== date || !DIRECTIONS.includes(entry.direction)) continue;
    const slot = hours[new Date(Date.parse(entry.at)).getHours()];
    if (!slot) continue;
    slot.byDirection[entry.direction] += 1;
    slot.total += 1;
  }
  return hours;
}
