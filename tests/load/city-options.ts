/** The city's size (LOAD_CITY_*) and whether its schema is kept (LOAD_KEEP_CITY), bounded like every knob. */
import type { CityShape } from './city-plan';
import { LoadConfigError } from './load-options';

export interface CityOptions {
  shape: CityShape;
  /** Keep the seeded schema after the run, and reuse one seeded before with the same shape. */
  keep: boolean;
}

function bounded(name: string, raw: string | undefined, fallback: number, min: number, max: number): number {
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) throw new LoadConfigError(`${name} must be an integer from ${min} to ${max}, got ${raw}`);
  return value;
}

export function readCityOptions(env: NodeJS.ProcessEnv): CityOptions {
  const communities = bounded('LOAD_CITY_COMMUNITIES', env.LOAD_CITY_COMMUNITIES, 200, 1, 1000);
  // About 12 communities a street, 2 streets a district.
  const streets = Math.max(1, Math.round(communities / 12.5));
  return {
    shape: {
      districts: Math.max(1, Math.round(streets / 2)),
      streets,
      communities,
      gridsPerCommunity: 10,
      buildingsPerGrid: 5,
      floors: 10,
      days: bounded('LOAD_CITY_DAYS', env.LOAD_CITY_DAYS, 30, 1, 90),
      visitEveryDays: bounded('LOAD_CITY_VISIT_EVERY', env.LOAD_CITY_VISIT_EVERY, 3, 1, 30),
    },
    keep: /^(1|true|yes)$/i.test(env.LOAD_KEEP_CITY ?? ''),
  };
}
