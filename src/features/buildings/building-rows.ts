/**
 * The Buildings list's rows: each building with its grid, grid workers, households and today's
 * figures (the day's statuses tallied as the worker's round counts them, over the building's household
 * count), its seal and
 * seal day; then the secretary's sort and filters. Pure: the screen passes what it read.
 */
import type { LocalRecord } from '../../data';
import type { RoomStatus } from '../../domain/round/day-status';
import { tallyCounted, type RoundTally } from '../../domain/round/round-tally';
import { currentSeal, isDueToLift, sealDay } from '../../domain/sealing/seal-days';

export interface BuildingRow {
  building: LocalRecord<'building'>;
  gridName: string;
  /** The grid workers of the building's grid, by name (several joined by the screen). */
  workers: string[];
  tally: RoundTally;
  /** The day of the seal that holds (1 on its start date); null when not sealed or it starts later. */
  sealDay: number | null;
  /** The start of the seal when the building is sealed. */
  sealStart: string | null;
  dueToLift: boolean;
  /** Nobody knocked on any of its doors today. */
  notStarted: boolean;
}

export interface RowSources {
  buildings: readonly LocalRecord<'building'>[];
  grids: readonly LocalRecord<'grid'>[];
  devices: readonly LocalRecord<'device_sync'>[];
  sealPeriods: readonly LocalRecord<'seal_period'>[];
  /** Households per building (the register's count). */
  householdCounts: ReadonlyMap<string, number>;
  /** Today's status of each household knocked on today… */
  statuses: ReadonlyMap<string, RoomStatus>;
  /** …and the building each of those households is in. */
  householdBuilding: ReadonlyMap<string, string>;
  today: string;
}

const collator = new Intl.Collator('zh-CN', { numeric: true });

/** Grid id → the names of its grid workers (one name per user, however many phones). */
function workersByGrid(devices: readonly LocalRecord<'device_sync'>[]): Map<string, string[]> {
  const seen = new Set<string>();
  const byGrid = new Map<string, string[]>();
  const workers = devices.filter((device) => device.role === 'grid_worker').sort((a, b) => collator.compare(a.userName, b.userName));
  for (const device of workers) {
    if (seen.has(device.userId)) continue;
    seen.add(device.userId);
    for (const gridId of device.gridIds) byGrid.set(gridId, [...(byGrid.get(gridId) ?? []), device.userName]);
  }
  return byGrid;
}

export function buildingRows({ buildings, grids, devices, sealPeriods, householdCounts, statuses, householdBuilding, today }: RowSources): BuildingRow[] {
  const gridNames = new Map(grids.map((grid) => [grid.id, grid.name]));
  const workers = workersByGrid(devices);
  const periods = new Map<string, LocalRecord<'seal_period'>[]>();
  for (const period of sealPeriods) periods.set(period.buildingId, [...(periods.get(period.buildingId) ?? []), period]);
  const todayByBuilding = new Map<string, RoomStatus[]>();
  for (const [householdId, status] of statuses) {
    const buildingId = householdBuilding.get(householdId);
    if (buildingId !== undefined) todayByBuilding.set(buildingId, [...(todayByBuilding.get(buildingId) ?? []), status]);
  }
  return buildings.map((building) => {
    const tally = tallyCounted(householdCounts.get(building.id) ?? 0, todayByBuilding.get(building.id) ?? []);
    const sealStart = building.sealed ? (currentSeal(periods.get(building.id) ?? [], today)?.startDate ?? building.sealedSince ?? null) : null;
    const day = sealStart ? sealDay(sealStart, today) : 0;
    return {
      building,
      gridName: gridNames.get(building.gridId) ?? '',
      workers: workers.get(building.gridId) ?? [],
      tally,
      sealDay: day > 0 ? day : null,
      sealStart,
      dueToLift: sealStart !== null && isDueToLift(sealStart, today),
      notStarted: tally.notVisited === tally.total,
    };
  });
}

export const SORT_KEYS = ['coverage', 'fevers', 'name'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export interface RowFilters {
  /** A grid id, or '' for every grid. */
  gridId: string;
  sealed: boolean;
  fever: boolean;
  notStarted: boolean;
}

export const NO_FILTERS: RowFilters = { gridId: '', sealed: false, fever: false, notStarted: false };

/** Visited out of all households (0 for a building without households). */
export function coverage(tally: RoundTally): number {
  return tally.total === 0 ? 0 : tally.visited / tally.total;
}

const byName = (a: BuildingRow, b: BuildingRow) => collator.compare(a.building.name, b.building.name);

/** Coverage: the least covered first; fevers: the most first; each then by name. */
const ORDERS: Record<SortKey, (a: BuildingRow, b: BuildingRow) => number> = {
  coverage: (a, b) => coverage(a.tally) - coverage(b.tally) || byName(a, b),
  fevers: (a, b) => b.tally.fever - a.tally.fever || byName(a, b),
  name: byName,
};

export function sortAndFilter(rows: readonly BuildingRow[], sort: SortKey, filters: RowFilters): BuildingRow[] {
  return rows
    .filter(
      (row) =>
        (filters.gridId === '' || row.building.gridId === filters.gridId) &&
        (!filters.sealed || row.building.sealed) &&
        (!filters.fever || row.tally.fever > 0) &&
        (!filters.notStarted || row.notStarted),
    )
    .sort(ORDERS[sort]);
}
