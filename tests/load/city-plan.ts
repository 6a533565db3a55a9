/**
 * The city's shape (city mode of the load test): districts, streets, communities, grids, buildings,
 * households and residents, numbered from 0, and the ids they get. Ids are computed, not random, so one
 * SQL statement can name a record's parent without a join: `00000000-KKKK-7000-8000-NNNNNNNNNNNN`, the kind
 * in the second group and the number in the last (a well-formed version-7 uuid whose time part is zero, so
 * it never meets an id a phone makes). Household h has 1 + h % 4 residents (2.5 on average), numbered
 * h·4 + j.
 */

export interface CityShape {
  districts: number;
  streets: number;
  communities: number;
  gridsPerCommunity: number;
  buildingsPerGrid: number;
  /** Floors per building: 2 units, 2 rooms a floor each, so 4 households a floor. */
  floors: number;
  /** Days of visits before the morning. */
  days: number;
  /** Each household is visited once every this many days. */
  visitEveryDays: number;
}

export const CITY_KIND = {
  district: 1,
  street: 2,
  community: 3,
  grid: 4,
  building: 5,
  household: 6,
  resident: 7,
  visit: 8,
  checkpoint: 9,
  /** The register's grid worker of each grid (a user). */
  gridWorker: 10,
  /** The mutation that created a seeded household, resident or visit. */
  mutation: 11,
  /** The community's secretary (a user), who confirms its community reports. */
  secretary: 12,
  /** A grid's daily report: grid · 1000 + days before the morning. */
  dailyReport: 13,
  /** A community's report of a day: community · 1000 + days before the morning. */
  communityReport: 14,
} as const;
export type CityKind = keyof typeof CITY_KIND;

export const HOUSEHOLDS_PER_FLOOR = 4;
export const MAX_RESIDENTS_PER_HOUSEHOLD = 4;

const hex = (value: number, width: number) => value.toString(16).padStart(width, '0');

/** The id of thing `n` of a kind, in TypeScript (`sub`: a mutation's entity kind). */
export function cityId(kind: CityKind, n: number, sub = 0): string {
  return `00000000-${hex(CITY_KIND[kind], 4)}-7000-8${hex(sub, 3)}-${hex(n, 12)}`;
}

/** The same id as a SQL expression over `n` (an integer expression). */
export function cityIdSql(kind: CityKind, n: string, sub = 0): string {
  return `('00000000-${hex(CITY_KIND[kind], 4)}-7000-8${hex(sub, 3)}-' || lpad(to_hex((${n})::bigint), 12, '0'))::uuid`;
}

export function cityCounts(shape: CityShape): Record<'districts' | 'streets' | 'communities' | 'grids' | 'buildings' | 'households' | 'residents' | 'visits', number> {
  const grids = shape.communities * shape.gridsPerCommunity;
  const buildings = grids * shape.buildingsPerGrid;
  const households = buildings * shape.floors * HOUSEHOLDS_PER_FLOOR;
  // 1 + h % 4 residents: 1, 2, 3, 4 in turn.
  let residents = Math.floor(households / 4) * 10;
  for (let h = households - (households % 4); h < households; h++) residents += 1 + (h % 4);
  let visits = 0;
  for (let day = 0; day < shape.days; day++) {
    // Household h is visited on the days d with (d + h) % every = 0.
    for (let r = 0; r < shape.visitEveryDays; r++) {
      if ((day + r) % shape.visitEveryDays === 0) visits += Math.floor((households - r + shape.visitEveryDays - 1) / shape.visitEveryDays);
    }
  }
  return { districts: shape.districts, streets: shape.streets, communities: shape.communities, grids, buildings, households, residents, visits };
}

/** The street of community c (consecutive communities share a street), and the district of street s. */
export const streetOf = (shape: CityShape, c: number) => Math.floor((c * shape.streets) / shape.communities);
export const districtOf = (shape: CityShape, s: number) => Math.floor((s * shape.districts) / shape.streets);
