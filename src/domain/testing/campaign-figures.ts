/**
 * A testing campaign's figures from its expected residents (campaign-people.ts): sampled / expected per
 * unit, building, grid and community, a building's "Not tested" list in walking order and a grid's
 * "Home sampling" list with addresses. Pure and free of zod.
 */
import { roomAddress } from '../round/room-address';
import { compareRoomPlaces } from '../round/room-order';
import type { BuildingRow, CampaignState, ExemptionRow, ExpectedResident, HouseholdRow, ResidentRow } from './campaign-people';

export interface CampaignCounts {
  expected: number;
  sampled: number;
  away: number;
  homeSampling: number;
  notTested: number;
  /** Of the sampled, those sampled more than once. */
  sampledTwice: number;
}

export interface UnitFigures {
  unit: string;
  counts: CampaignCounts;
}

export interface BuildingFigures<B extends BuildingRow = BuildingRow> {
  building: B;
  counts: CampaignCounts;
  /** Its units in number order. */
  units: UnitFigures[];
}

export interface GridFigures<B extends BuildingRow = BuildingRow> {
  gridId: string;
  counts: CampaignCounts;
  /** Its buildings in name order ("2号楼" before "10号楼"). */
  buildings: BuildingFigures<B>[];
}

export interface CampaignOverview<B extends BuildingRow = BuildingRow> {
  counts: CampaignCounts;
  /** Grids in id order (the screen orders them by name). */
  grids: GridFigures<B>[];
}

const collator = new Intl.Collator('zh-CN', { numeric: true });

export function emptyCounts(): CampaignCounts {
  return { expected: 0, sampled: 0, away: 0, homeSampling: 0, notTested: 0, sampledTwice: 0 };
}

const STATE_COUNT: Record<CampaignState, Exclude<keyof CampaignCounts, 'expected' | 'sampledTwice'>> = {
  sampled: 'sampled',
  away: 'away',
  home_sampling: 'homeSampling',
  not_tested: 'notTested',
};

function add(counts: CampaignCounts, person: Pick<ExpectedResident, 'state' | 'sampledTwice'>): void {
  counts.expected += 1;
  counts[STATE_COUNT[person.state]] += 1;
  if (person.sampledTwice) counts.sampledTwice += 1;
}

/** The counts of any set of expected residents. */
export function countStates(people: Iterable<Pick<ExpectedResident, 'state' | 'sampledTwice'>>): CampaignCounts {
  const counts = emptyCounts();
  for (const person of people) add(counts, person);
  return counts;
}

/**
 * Per building (in name order) and unit, from the expected residents. A building with nobody expected
 * shows only when passed in `buildings` (a building view of an empty building shows 0 / 0).
 */
export function buildingFigures<R extends ResidentRow, H extends HouseholdRow, B extends BuildingRow>(
  expected: readonly ExpectedResident<R, H, B>[],
  buildings: readonly B[] = [],
): BuildingFigures<B>[] {
  const byBuilding = new Map<string, { building: B; counts: CampaignCounts; units: Map<string, CampaignCounts> }>();
  const entry = (building: B) => {
    let found = byBuilding.get(building.id);
    if (!found) {
      found = { building, counts: emptyCounts(), units: new Map() };
      byBuilding.set(building.id, found);
    }
    return found;
  };
  for (const building of buildings) entry(building);
  for (const person of expected) {
    const found = entry(person.building);
    add(found.counts, person);
    const unit = person.household.unit.trim();
    let unitCounts = found.units.get(unit);
    if (!unitCounts) {
      unitCounts = emptyCounts();
      found.units.set(unit, unitCounts);
    }
    add(unitCounts, person);
  }
  return [...byBuilding.values()]
    .map(({ building, counts, units }) => ({
      building,
      counts,
      units: [...units.entries()].sort(([a], [b]) => collator.compare(a, b)).map(([unit, unitCounts]) => ({ unit, counts: unitCounts })),
    }))
    .sort((a, b) => collator.compare(a.building.name, b.building.name) || a.building.id.localeCompare(b.building.id));
}

/** The secretary's overview: the community's counts, per grid and building. */
export function campaignOverview<R extends ResidentRow, H extends HouseholdRow, B extends BuildingRow>(
  expected: readonly ExpectedResident<R, H, B>[],
  buildings: readonly B[] = [],
): CampaignOverview<B> {
  const grids = new Map<string, GridFigures<B>>();
  for (const figures of buildingFigures(expected, buildings)) {
    const gridId = figures.building.gridId;
    let grid = grids.get(gridId);
    if (!grid) {
      grid = { gridId, counts: emptyCounts(), buildings: [] };
      grids.set(gridId, grid);
    }
    grid.buildings.push(figures);
    sumInto(grid.counts, figures.counts);
  }
  const counts = emptyCounts();
  for (const grid of grids.values()) sumInto(counts, grid.counts);
  return { counts, grids: [...grids.values()].sort((a, b) => a.gridId.localeCompare(b.gridId)) };
}

function sumInto(total: CampaignCounts, part: CampaignCounts): void {
  total.expected += part.expected;
  total.sampled += part.sampled;
  total.away += part.away;
  total.homeSampling += part.homeSampling;
  total.notTested += part.notTested;
  total.sampledTwice += part.sampledTwice;
}

/** Walking order of people: building name, then unit, floor and room (compareRoomPlaces), then name. */
export function compareExpected(a: ExpectedResident, b: ExpectedResident): number {
  return (
    collator.compare(a.building.name, b.building.name) ||
    a.building.id.localeCompare(b.building.id) ||
    compareRoomPlaces(a.household, b.household) ||
    collator.compare(a.resident.name, b.resident.name) ||
    a.resident.id.localeCompare(b.resident.id)
  );
}

/** A building's "Not tested": its expected residents neither sampled nor exempted, in walking order. */
export function notTestedList<R extends ResidentRow, H extends HouseholdRow, B extends BuildingRow>(
  expected: readonly ExpectedResident<R, H, B>[],
  buildingId: string,
): ExpectedResident<R, H, B>[] {
  return expected.filter((p) => p.state === 'not_tested' && p.building.id === buildingId).sort(compareExpected);
}

/** One line of a grid's "Home sampling" list: who, where, and the note of their exemption. */
export interface HomeSamplingEntry<R extends ResidentRow = ResidentRow, H extends HouseholdRow = HouseholdRow, B extends BuildingRow = BuildingRow> {
  resident: R;
  household: H;
  building: B;
  exemption: ExemptionRow;
  /** "3号楼 2-501" (building, unit-room). */
  address: string;
}

/** How a household is written on a list: "3号楼 2-501". */
export function addressOf(building: Pick<BuildingRow, 'name'>, household: Pick<HouseholdRow, 'unit' | 'room'>): string {
  return roomAddress(building.name, household.unit, household.room);
}

/** A grid's "Home sampling": residents still to be sampled at home, building by building in walking order. */
export function homeSamplingList<R extends ResidentRow, H extends HouseholdRow, B extends BuildingRow>(
  expected: readonly ExpectedResident<R, H, B>[],
  gridId: string,
): HomeSamplingEntry<R, H, B>[] {
  const list: HomeSamplingEntry<R, H, B>[] = [];
  const pending = expected.filter((p) => p.state === 'home_sampling' && p.building.gridId === gridId).sort(compareExpected);
  for (const { resident, household, building, exemption } of pending) {
    if (exemption) list.push({ resident, household, building, exemption, address: addressOf(building, household) });
  }
  return list;
}
