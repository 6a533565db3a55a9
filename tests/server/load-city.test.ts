/**
 * Keeps the city mode of `npm run load` honest without seeding a city: its options, its computed ids,
 * and (on PostgreSQL only: the city mode never runs on PGlite) a seed of two communities over three days
 * whose rows are counted as the geometry says, parse with their entity schemas and are dropped after.
 */
import { describe, expect, it } from 'vitest';
import { idField } from '../../src/domain/fields';
import { openDatabase } from '../../src/server/db/database';
import { readCityOptions } from '../load/city-options';
import { cityCounts, cityId, districtOf, streetOf } from '../load/city-plan';
import { seedCity } from '../load/city-seed';
import { seededRowsParse } from '../load/city-verify';
import { LoadConfigError, readLoadOptions } from '../load/load-options';

const databaseUrl = process.env.DATABASE_URL;
const LOCAL = 'postgres://postgres@127.0.0.1:5432/test';

describe('city options and ids', () => {
  it('needs PostgreSQL, reads --workers, and defaults to a city of 200 communities', () => {
    expect(() => readLoadOptions({}, ['--city'])).toThrow(LoadConfigError);
    expect(readLoadOptions({ DATABASE_URL: LOCAL }, ['--city'])).toMatchObject({ city: true, workers: [1, 2, 4], phones: 300, timeoutMs: 1_800_000 });
    expect(readLoadOptions({ DATABASE_URL: LOCAL, LOAD_CITY: '1', LOAD_WORKERS: '2' }, [])).toMatchObject({ city: true, workers: [2] });
    expect(() => readLoadOptions({ DATABASE_URL: LOCAL }, ['--city', '--workers', '1,99'])).toThrow(LoadConfigError);
    const { shape, keep } = readCityOptions({});
    expect(keep).toBe(false);
    expect(cityCounts(shape)).toMatchObject({ communities: 200, streets: 16, districts: 8, residents: 1_000_000, visits: 4_000_000 });
  });

  it('computes well-formed ids, streets of consecutive communities, districts of consecutive streets', () => {
    expect(idField.parse(cityId('resident', 999_999))).toBe('00000000-0007-7000-8000-0000000f423f');
    expect(cityId('mutation', 5, 8)).toBe('00000000-000b-7000-8008-000000000005');
    const { shape } = readCityOptions({});
    expect([0, 12, 13, 199].map((c) => streetOf(shape, c))).toEqual([0, 0, 1, 15]);
    expect([0, 1, 2, 15].map((s) => districtOf(shape, s))).toEqual([0, 0, 1, 7]);
  });
});

describe.skipIf(!databaseUrl)('a small city seeded in bulk SQL', () => {
  it('holds the rows the geometry counts, as the server would store them', async () => {
    const shape = { districts: 1, streets: 2, communities: 2, gridsPerCommunity: 2, buildingsPerGrid: 1, floors: 2, days: 3, visitEveryDays: 2 };
    const city = await seedCity(databaseUrl!, shape, false, () => undefined);
    try {
      const want = cityCounts(shape);
      const got = Object.fromEntries(city.counts);
      expect(got).toMatchObject({
        district: want.districts,
        street: want.streets,
        community: want.communities,
        grid: want.grids,
        building: want.buildings,
        household: want.households,
        resident: want.residents,
        visit: want.visits,
        daily_report: want.grids * shape.days,
        community_report: want.communities * shape.days,
        'mutations (table)': want.households + want.residents + want.visits,
      });
      const db = await openDatabase({ databaseUrl: databaseUrl!, schema: city.schema });
      try {
        expect((await seededRowsParse(db)).ok).toBe(true);
      } finally {
        await db.close();
      }
    } finally {
      await city.drop();
    }
  }, 60_000);
});
