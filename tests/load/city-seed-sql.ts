/**
 * The city in bulk SQL (INSERT … SELECT over generate_series), one statement per kind, each row as the
 * server would store it: data that parses with the entity's schema (src/domain/entities), field_meta as
 * metaForAll writes it ({field: [1, device]}), the scope columns deriveScope gives (building → grid →
 * community; household, resident and visit → their household's), created_by the writer. The register
 * (communities, checkpoints, grids, buildings) is the operator's ('system'); households, residents and
 * visits are each grid's own grid worker's, with the mutations rows their pushes would have left.
 * Ids come from city-plan.ts, so a row names its parents by arithmetic, without a join.
 */
import { DAILY_REPORT_COUNTS as COUNTS } from '../../src/domain/entities/daily-report';
import { SYSTEM_ACTOR } from '../../src/server/admin/system-records';
import { CITY_KIND, cityIdSql as id, HOUSEHOLDS_PER_FLOOR, MAX_RESIDENTS_PER_HOUSEHOLD, type CityShape } from './city-plan';

export interface SeedStatement {
  label: string;
  sql: string;
  params?: unknown[];
}

const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '马', '朱', '胡', '郭', '何', '高', '林', '罗'];
const GIVEN = ['伟', '芳', '娜', '秀英', '敏', '静', '丽', '强', '磊', '军', '洋', '勇', '艳', '杰', '娟', '涛', '明', '超', '秀兰', '霞', '平', '刚', '桂英', '建华', '玉兰', '志强', '海燕', '丹', '鹏', '欣怡'];
const DISTRICTS = ['武昌区', '江岸区', '江汉区', '硚口区', '汉阳区', '洪山区', '青山区', '东西湖区', '江夏区', '蔡甸区'];

/** Visits are written a few days per statement, each with a progress line. */
const VISIT_DAYS_PER_STATEMENT = 5;

/** The number in a city id (its last 12 hex digits), as SQL. */
const numberOf = (column: string) => `('x' || right(${column}::text, 12))::bit(48)::bigint`;

const textArray = (values: readonly string[]) => `ARRAY[${values.map((v) => `'${v}'`).join(',')}]::text[]`;

/** INSERT of one entity's rows from a SELECT giving id, data, the scope columns, created_by, device and at. */
function insertRecords(entity: string, select: string): string {
  return `INSERT INTO records (id, entity, version, data, field_meta, community_id, grid_id, building_id, household_id, created_by, created_at, updated_at)
    SELECT s.id, '${entity}', 1, s.data,
           (SELECT jsonb_object_agg(k, jsonb_build_array(1, s.device)) FROM jsonb_object_keys(s.data) AS k),
           s.community_id, s.grid_id, s.building_id, s.household_id, s.created_by, s.at, s.at
      FROM (${select}) AS s`;
}

export function citySeedStatements(shape: CityShape, passwordHash: string): SeedStatement[] {
  const G = shape.gridsPerCommunity;
  const B = shape.buildingsPerGrid;
  const HB = shape.floors * HOUSEHOLDS_PER_FLOOR;
  const perFloorUnit = HOUSEHOLDS_PER_FLOOR / 2;
  const households = shape.communities * G * B * HB;
  const grids = shape.communities * G;
  // The register was set up before the 30 days of visits.
  const registered = `(date_trunc('day', now()) - interval '${shape.days + 15} days')`;
  const street = `((c * ${shape.streets}) / ${shape.communities})`;
  const district = `((${street} * ${shape.districts}) / ${shape.streets})`;
  // The district of street c (the streets statement numbers its streets c).
  const streetDistrict = `((c * ${shape.districts}) / ${shape.streets})`;
  const worker = (g: string) => `${id('gridWorker', g)}::text`;
  const device = (g: string) => `'city-grid-' || (${g})`;
  const system = `'${SYSTEM_ACTOR}'`;
  const householdScope = `${id('community', `h / ${G * B * HB}`)} AS community_id, ${id('grid', `h / ${B * HB}`)} AS grid_id,
       ${id('building', `h / ${HB}`)} AS building_id, ${id('household', 'h')} AS household_id`;
  const mutations = (kind: 'household' | 'resident' | 'visit', from: string, n: string, g: string, at: string): string =>
    `INSERT INTO mutations (mutation_id, user_id, device_id, request_hash, result, created_at)
       SELECT ${id('mutation', n, CITY_KIND[kind])}::text, ${id('gridWorker', g)}, ${device(g)},
              encode(sha256(convert_to(${id(kind, n)}::text, 'UTF8')), 'hex'), '{"version":1}'::jsonb, ${at}
         FROM ${from}`;
  // Days before the morning, oldest first (the feed in the order the visits were made), in chunks for progress lines.
  const visitsFrom = (from: number, to: number) => `generate_series(${from}::bigint, ${to}, -1) AS d
         CROSS JOIN LATERAL generate_series((${shape.visitEveryDays} - d % ${shape.visitEveryDays}) % ${shape.visitEveryDays}, ${households - 1}, ${shape.visitEveryDays}) AS h`;
  const chunks: [number, number][] = [];
  for (let from = shape.days; from >= 1; from -= VISIT_DAYS_PER_STATEMENT) chunks.push([from, Math.max(1, from - VISIT_DAYS_PER_STATEMENT + 1)]);
  const visitN = `(${shape.days} - d) * ${households} + h`;
  const visitAt = `(date_trunc('day', now()) - d * interval '1 day' + interval '8 hours' + ((h * 37 + d * 11) % 600) * interval '1 minute')`;
  return [
    {
      label: 'districts',
      sql: insertRecords(
        'district',
        `SELECT ${id('district', 'd')} AS id, jsonb_build_object('name', (${textArray(DISTRICTS)})[(d % ${DISTRICTS.length} + 1)::int] || CASE WHEN d >= ${DISTRICTS.length} THEN (d + 1)::text ELSE '' END) AS data,
                NULL::uuid AS community_id, NULL::uuid AS grid_id, NULL::uuid AS building_id, NULL::uuid AS household_id,
                ${system} AS created_by, ${system} AS device, ${registered} AS at
           FROM generate_series(0::bigint, ${shape.districts - 1}) AS d`,
      ),
    },
    {
      label: 'streets',
      sql: insertRecords(
        'street',
        `SELECT ${id('street', 'c')} AS id, jsonb_build_object('districtId', ${id('district', streetDistrict)}, 'name', '第' || (c + 1) || '街道') AS data,
                NULL::uuid AS community_id, NULL::uuid AS grid_id, NULL::uuid AS building_id, NULL::uuid AS household_id,
                ${system} AS created_by, ${system} AS device, ${registered} AS at
           FROM generate_series(0::bigint, ${shape.streets - 1}) AS c`,
      ),
    },
    {
      label: 'communities',
      sql: insertRecords(
        'community',
        `SELECT ${id('community', 'c')} AS id,
                jsonb_build_object('name', '城区第' || (c + 1) || '社区', 'streetId', ${id('street', street)}, 'street', '第' || (${street} + 1) || '街道',
                                   'district', (${textArray(DISTRICTS)})[(${district} % ${DISTRICTS.length} + 1)::int], 'city', '武汉市') AS data,
                ${id('community', 'c')} AS community_id, NULL::uuid AS grid_id, NULL::uuid AS building_id, NULL::uuid AS household_id,
                ${system} AS created_by, ${system} AS device, ${registered} AS at
           FROM generate_series(0::bigint, ${shape.communities - 1}) AS c`,
      ),
    },
    {
      label: 'checkpoints',
      sql: insertRecords(
        'checkpoint',
        `SELECT ${id('checkpoint', 'c')} AS id, jsonb_build_object('communityId', ${id('community', 'c')}, 'name', '东门卡口') AS data,
                ${id('community', 'c')} AS community_id, NULL::uuid AS grid_id, NULL::uuid AS building_id, NULL::uuid AS household_id,
                ${system} AS created_by, ${system} AS device, ${registered} AS at
           FROM generate_series(0::bigint, ${shape.communities - 1}) AS c`,
      ),
    },
    {
      label: 'grids',
      sql: insertRecords(
        'grid',
        `SELECT ${id('grid', 'g')} AS id, jsonb_build_object('communityId', ${id('community', `g / ${G}`)}, 'name', '第' || (g % ${G} + 1) || '网格') AS data,
                ${id('community', `g / ${G}`)} AS community_id, ${id('grid', 'g')} AS grid_id, NULL::uuid AS building_id, NULL::uuid AS household_id,
                ${system} AS created_by, ${system} AS device, ${registered} AS at
           FROM generate_series(0::bigint, ${grids - 1}) AS g`,
      ),
    },
    {
      label: 'buildings',
      sql: insertRecords(
        'building',
        `SELECT ${id('building', 'b')} AS id,
                jsonb_build_object('gridId', ${id('grid', `b / ${B}`)}, 'name', (b % ${B} + 1) || '栋', 'address', '城区' || (b / ${B} + 1) || '网格' || (b % ${B} + 1) || '栋',
                                   'units', 2, 'floors', ${shape.floors}, 'sealed', false) AS data,
                ${id('community', `b / ${G * B}`)} AS community_id, ${id('grid', `b / ${B}`)} AS grid_id, ${id('building', 'b')} AS building_id,
                NULL::uuid AS household_id, ${system} AS created_by, ${system} AS device, ${registered} AS at
           FROM generate_series(0::bigint, ${grids * B - 1}) AS b`,
      ),
    },
    {
      label: 'grid workers (users of the register)',
      sql: `INSERT INTO users (id, username, display_name, role, community_id, grid_ids, password_hash)
              SELECT ${id('gridWorker', 'g')}, 'city-grid-' || g, '网格员' || (g + 1), 'grid_worker', ${id('community', `g / ${G}`)},
                     jsonb_build_array(${id('grid', 'g')}), $1
                FROM generate_series(0::bigint, ${grids - 1}) AS g`,
      params: [passwordHash],
    },
    {
      label: 'households',
      sql: insertRecords(
        'household',
        `SELECT ${id('household', 'h')} AS id,
                jsonb_strip_nulls(jsonb_build_object('buildingId', ${id('building', `h / ${HB}`)},
                  'unit', ((h % ${HB}) / ${HB / 2} + 1)::text,
                  'room', ((h % ${HB / 2}) / ${perFloorUnit} + 1)::text || '0' || (h % ${perFloorUnit} + 1)::text,
                  'status', 'occupied',
                  'phone', CASE WHEN h % 5 <> 0 THEN '13' || lpad(((h * 7919) % 1000000000)::text, 9, '0') END)) AS data,
                ${householdScope}, ${worker(`h / ${B * HB}`)} AS created_by, ${device(`h / ${B * HB}`)} AS device, ${registered} AS at
           FROM generate_series(0::bigint, ${households - 1}) AS h`,
      ),
    },
    {
      label: 'residents',
      sql: insertRecords(
        'resident',
        `SELECT ${id('resident', `h * ${MAX_RESIDENTS_PER_HOUSEHOLD} + j`)} AS id,
                jsonb_strip_nulls(jsonb_build_object('householdId', ${id('household', 'h')},
                  'name', (${textArray(SURNAMES)})[((h * 31 + j * 7) % ${SURNAMES.length} + 1)::int] || (${textArray(GIVEN)})[((h * 17 + j * 13) % ${GIVEN.length} + 1)::int],
                  'sex', CASE WHEN (h + j) % 2 = 0 THEN 'male' ELSE 'female' END,
                  'birthDate', to_char(date '1935-01-01' + ((h * 2654435761 + j * 40503) % 30000)::int, 'YYYY-MM-DD'),
                  'phone', CASE WHEN (h + j) % 10 < 8 THEN '1' || (3 + (h + j) % 7) || lpad(((h * 48271 + j * 16807) % 1000000000)::text, 9, '0') END,
                  'tags', CASE WHEN (h * 4 + j) % 23 = 0 THEN '["elderly_alone"]'::jsonb ELSE '[]'::jsonb END)) AS data,
                ${householdScope}, ${worker(`h / ${B * HB}`)} AS created_by, ${device(`h / ${B * HB}`)} AS device, ${registered} AS at
           FROM generate_series(0::bigint, ${households - 1}) AS h CROSS JOIN LATERAL generate_series(0, h % ${MAX_RESIDENTS_PER_HOUSEHOLD}) AS j`,
      ),
    },
    ...chunks.map(([from, to]) => ({
      label: `visits of days ${from}–${to} before the morning (each household every ${shape.visitEveryDays} days)`,
      sql: insertRecords(
        'visit',
        `SELECT ${id('visit', visitN)} AS id,
                jsonb_build_object('householdId', ${id('household', 'h')},
                  'visitedAt', to_char(${visitAt} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                  'outcome', CASE WHEN (h + d) % 50 < 44 THEN 'visited' WHEN (h + d) % 50 < 49 THEN 'not_home' ELSE 'refused' END,
                  'checks', CASE WHEN (h + d) % 50 >= 44 THEN '[]'::jsonb ELSE (
                    SELECT jsonb_agg(jsonb_build_object('residentId', ${id('resident', `h * ${MAX_RESIDENTS_PER_HOUSEHOLD} + j`)},
                             'temperature', round((360 + (h * 7 + j * 13 + d * 3) % 13)::numeric / 10, 1), 'symptoms', '[]'::jsonb) ORDER BY j)
                      FROM generate_series(0, h % ${MAX_RESIDENTS_PER_HOUSEHOLD}) AS j) END) AS data,
                ${householdScope}, ${worker(`h / ${B * HB}`)} AS created_by, ${device(`h / ${B * HB}`)} AS device, ${visitAt} AS at
           FROM ${visitsFrom(from, to)}`,
      ),
    })),
    {
      label: 'secretaries (users)',
      sql: `INSERT INTO users (id, username, display_name, role, community_id, password_hash)
              SELECT ${id('secretary', 'c')}, 'city-secretary-' || c, '书记' || (c + 1), 'secretary', ${id('community', 'c')}, $1
                FROM generate_series(0::bigint, ${shape.communities - 1}) AS c`,
      params: [passwordHash],
    },
    {
      label: "daily reports (each grid's every day, its visits counted)",
      sql: insertRecords(
        'daily_report',
        `SELECT ${id('dailyReport', `${numberOf('v.grid_id')} * 1000 + (current_date - v.day::date)`)} AS id,
                jsonb_build_object('gridId', v.grid_id, 'date', v.day, 'confirmedAt', v.day || 'T18:00:00.000Z',
                  'counts', jsonb_build_object('doorsKnocked', v.knocked, 'visited', v.visited, 'notHome', v.not_home, 'refused', v.refused,
                                               'residentsChecked', v.checked, 'feversFound', 0, 'feversReported', 0)) AS data,
                v.community_id, v.grid_id, NULL::uuid AS building_id, NULL::uuid AS household_id,
                ${worker(numberOf('v.grid_id'))} AS created_by, ${device(numberOf('v.grid_id'))} AS device, (v.day || 'T18:00:00Z')::timestamptz AS at
           FROM (SELECT community_id, grid_id, left(data->>'visitedAt', 10) AS day, count(*) AS knocked,
                        count(*) FILTER (WHERE data->>'outcome' = 'visited') AS visited,
                        count(*) FILTER (WHERE data->>'outcome' = 'not_home') AS not_home,
                        count(*) FILTER (WHERE data->>'outcome' = 'refused') AS refused,
                        sum(jsonb_array_length(data->'checks')) AS checked
                   FROM records WHERE entity = 'visit' GROUP BY community_id, grid_id, left(data->>'visitedAt', 10)) AS v
          ORDER BY v.day, v.grid_id`,
      ),
    },
    {
      label: "community reports (each community's every day, its grids' reports summed)",
      sql: insertRecords(
        'community_report',
        `SELECT ${id('communityReport', `${numberOf('r.community_id')} * 1000 + (current_date - r.day::date)`)} AS id,
                jsonb_build_object('communityId', r.community_id, 'date', r.day, 'confirmedAt', r.day || 'T20:00:00.000Z',
                  'counts', r.counts, 'gridsReported', r.grids, 'gridsMissing', '[]'::jsonb) AS data,
                r.community_id, NULL::uuid AS grid_id, NULL::uuid AS building_id, NULL::uuid AS household_id,
                ${id('secretary', numberOf('r.community_id'))}::text AS created_by, 'city-secretary-' || ${numberOf('r.community_id')} AS device,
                (r.day || 'T20:00:00Z')::timestamptz AS at
           FROM (SELECT community_id, data->>'date' AS day, jsonb_agg(grid_id ORDER BY grid_id) AS grids,
                        jsonb_build_object(${COUNTS.map((name) => `'${name}', sum((data->'counts'->>'${name}')::int)`).join(', ')}) AS counts
                   FROM records WHERE entity = 'daily_report' GROUP BY community_id, data->>'date') AS r
          ORDER BY r.day, r.community_id`,
      ),
    },
    {
      label: 'mutations of the households',
      sql: mutations('household', `generate_series(0::bigint, ${households - 1}) AS h`, 'h', `h / ${B * HB}`, registered),
    },
    {
      label: 'mutations of the residents',
      sql: mutations(
        'resident',
        `generate_series(0::bigint, ${households - 1}) AS h CROSS JOIN LATERAL generate_series(0, h % ${MAX_RESIDENTS_PER_HOUSEHOLD}) AS j`,
        `h * ${MAX_RESIDENTS_PER_HOUSEHOLD} + j`,
        `h / ${B * HB}`,
        registered,
      ),
    },
    ...chunks.map(([from, to]) => ({
      label: `mutations of the visits of days ${from}–${to}`,
      sql: mutations('visit', visitsFrom(from, to), visitN, `h / ${B * HB}`, visitAt),
    })),
  ];
}
