/**
 * A testing campaign's tubes and lab results: the people in each tube (pooled 10-in-1 or 20-in-1, or
 * single), the site screen's current tube, the latest result of each tube and the positive pools whose
 * people are all re-tested. Pure and free of zod. Voided samplings and results count for nothing.
 */
import type { PoolSize } from '../entities/testing-campaign';
import type { TestResultValue } from '../entities/test-result';
import { compareRoomPlaces } from '../round/room-order';
import type { BuildingRow, HouseholdRow, ResidentRow, ResultRow, SamplingRow } from './campaign-people';

/** The key a tube is known by: trimmed, in capitals (as tubeNumberField stores it). */
export function tubeKey(tubeNumber: string): string {
  return tubeNumber.trim().toUpperCase();
}

export interface Tube {
  tubeNumber: string;
  /** Its live samplings, earliest first. */
  samplings: SamplingRow[];
  /** The different people in it (a person sampled twice into one tube counts once). */
  residentIds: string[];
  /** Live samplings in it. */
  count: number;
  /** Holds its pool's people: the next person goes into a new tube. */
  full: boolean;
  /** Holds more than its pool size (the server refuses the sampling that overfills it). */
  overfull: boolean;
}

function bySampledAt(a: SamplingRow, b: SamplingRow): number {
  return Date.parse(a.sampledAt) - Date.parse(b.sampledAt) || a.id.localeCompare(b.id);
}

/** The campaign's tubes by tube number (tubeKey), each with its live samplings. */
export function campaignTubes(samplings: readonly SamplingRow[], campaignId: string, poolSize: PoolSize): Map<string, Tube> {
  const byTube = new Map<string, SamplingRow[]>();
  for (const sampling of samplings) {
    if (sampling.voidedAt !== undefined || sampling.campaignId !== campaignId) continue;
    const key = tubeKey(sampling.tubeNumber);
    const list = byTube.get(key);
    if (list) list.push(sampling);
    else byTube.set(key, [sampling]);
  }
  const tubes = new Map<string, Tube>();
  for (const [tubeNumber, list] of byTube) {
    list.sort(bySampledAt);
    const count = list.length;
    tubes.set(tubeNumber, {
      tubeNumber,
      samplings: list,
      residentIds: [...new Set(list.map((s) => s.residentId))],
      count,
      full: count >= poolSize,
      overfull: count > poolSize,
    });
  }
  return tubes;
}

/** What the site screen shows of its current tube, and whether the next person needs a new one. */
export interface NextTubeState {
  /** The current tube's number; null before the first tube is opened. */
  tubeNumber: string | null;
  /** People already in it ("3 / 10"). */
  count: number;
  poolSize: PoolSize;
  /** Places left in it. */
  remaining: number;
  /** The next person needs a new tube: none open yet, or the current one holds its pool. */
  newTubeNeeded: boolean;
}

/**
 * The site screen's tube after its last sampling: the current tube (as campaignTubes gives it, or just its
 * number and count; absent before the first) and the pool size. With single tubes every person needs a new one.
 */
export function nextTubeState(current: Pick<Tube, 'tubeNumber' | 'count'> | null | undefined, poolSize: PoolSize): NextTubeState {
  if (!current) return { tubeNumber: null, count: 0, poolSize, remaining: 0, newTubeNeeded: true };
  const remaining = Math.max(0, poolSize - current.count);
  return { tubeNumber: current.tubeNumber, count: current.count, poolSize, remaining, newTubeNeeded: remaining === 0 };
}

/** The result that stands for each tube (by tubeKey): the live one latest by resultAt (ties: the later created, greatest id). */
export function latestResults(results: readonly ResultRow[], campaignId: string): Map<string, ResultRow> {
  const latest = new Map<string, ResultRow>();
  for (const result of results) {
    if (result.voidedAt !== undefined || result.campaignId !== campaignId) continue;
    const key = tubeKey(result.tubeNumber);
    const current = latest.get(key);
    if (!current || isLater(result, current)) latest.set(key, result);
  }
  return latest;
}

function isLater(a: ResultRow, b: ResultRow): boolean {
  const diff = Date.parse(a.resultAt) - Date.parse(b.resultAt);
  return diff > 0 || (diff === 0 && a.id > b.id);
}

/**
 * A resident's result: that of the tube of their latest sampling that has one (so a single-tube re-test
 * after a positive pool stands over the pool); 'pending' while none of their tubes has a result.
 */
export function residentResult(
  residentSamplings: readonly SamplingRow[],
  results: ReadonlyMap<string, ResultRow>,
): TestResultValue | 'pending' {
  let best: { sampling: SamplingRow; result: ResultRow } | undefined;
  for (const sampling of residentSamplings) {
    if (sampling.voidedAt !== undefined) continue;
    const result = results.get(tubeKey(sampling.tubeNumber));
    if (result && (!best || bySampledAt(sampling, best.sampling) > 0)) best = { sampling, result };
  }
  return best?.result.result ?? 'pending';
}

/** One person of a positive pool, with their household (and building) when known. */
export interface PoolPerson<R extends ResidentRow = ResidentRow, H extends HouseholdRow = HouseholdRow, B extends BuildingRow = BuildingRow> {
  residentId: string;
  resident?: R;
  household?: H;
  building?: B;
  /** Their sampling into the positive tube. */
  sampling: SamplingRow;
  /** Re-tested: sampled again into another tube after it. */
  retestedAt?: string;
}

export interface PositivePool<R extends ResidentRow = ResidentRow, H extends HouseholdRow = HouseholdRow, B extends BuildingRow = BuildingRow> {
  tubeNumber: string;
  result: ResultRow;
  /** Everyone in the tube, all to be re-tested: building by building in walking order, then name. */
  people: PoolPerson<R, H, B>[];
  /** The buildings they live in (the secretary may seal them). */
  buildingIds: string[];
}

export interface PositivePoolsInput<R extends ResidentRow, H extends HouseholdRow, B extends BuildingRow> {
  tubes: ReadonlyMap<string, Tube>;
  results: ReadonlyMap<string, ResultRow>;
  residents: readonly R[];
  households: readonly H[];
  buildings: readonly B[];
}

const collator = new Intl.Collator('zh-CN', { numeric: true });

/**
 * The "Positive pool" list: every tube whose standing result is positive (in tube number order), with
 * the people in it and their households. A person's household is where they live now, or where they
 * were sampled when they are not among the residents given.
 */
export function positivePools<R extends ResidentRow, H extends HouseholdRow, B extends BuildingRow>(
  input: PositivePoolsInput<R, H, B>,
): PositivePool<R, H, B>[] {
  const residents = new Map(input.residents.map((r) => [r.id, r]));
  const households = new Map(input.households.map((h) => [h.id, h]));
  const buildings = new Map(input.buildings.map((b) => [b.id, b]));
  const laterSampling = latestSamplingByResident(input.tubes);
  const pools: PositivePool<R, H, B>[] = [];
  for (const [tubeNumber, result] of input.results) {
    const tube = input.tubes.get(tubeNumber);
    if (result.result !== 'positive' || !tube) continue;
    const people: PoolPerson<R, H, B>[] = [];
    const seen = new Set<string>();
    for (const sampling of tube.samplings) {
      if (seen.has(sampling.residentId)) continue;
      seen.add(sampling.residentId);
      const resident = residents.get(sampling.residentId);
      const household = households.get(resident?.householdId ?? sampling.householdId);
      const building = household ? buildings.get(household.buildingId) : undefined;
      const later = laterSampling.get(sampling.residentId);
      const retested = later && tubeKey(later.tubeNumber) !== tubeNumber && bySampledAt(later, sampling) > 0;
      people.push({
        residentId: sampling.residentId,
        sampling,
        ...(resident ? { resident } : {}),
        ...(household ? { household } : {}),
        ...(building ? { building } : {}),
        ...(retested ? { retestedAt: later.sampledAt } : {}),
      });
    }
    people.sort(comparePoolPeople);
    const buildingIds = [...new Set(people.flatMap((p) => (p.household ? [p.household.buildingId] : [])))];
    pools.push({ tubeNumber, result, people, buildingIds });
  }
  return pools.sort((a, b) => collator.compare(a.tubeNumber, b.tubeNumber));
}

function latestSamplingByResident(tubes: ReadonlyMap<string, Tube>): Map<string, SamplingRow> {
  const latest = new Map<string, SamplingRow>();
  for (const tube of tubes.values()) {
    for (const sampling of tube.samplings) {
      const current = latest.get(sampling.residentId);
      if (!current || bySampledAt(sampling, current) > 0) latest.set(sampling.residentId, sampling);
    }
  }
  return latest;
}

function comparePoolPeople(a: PoolPerson, b: PoolPerson): number {
  if (a.building && b.building) {
    const byBuilding = collator.compare(a.building.name, b.building.name) || a.building.id.localeCompare(b.building.id);
    if (byBuilding !== 0) return byBuilding;
  } else if (a.building || b.building) return a.building ? -1 : 1;
  if (a.household && b.household) {
    const byRoom = compareRoomPlaces(a.household, b.household);
    if (byRoom !== 0) return byRoom;
  }
  return collator.compare(a.resident?.name ?? '', b.resident?.name ?? '') || a.residentId.localeCompare(b.residentId);
}
