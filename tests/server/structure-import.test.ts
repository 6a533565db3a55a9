import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAdminCommand } from '../../src/server/admin/commands';
import { startTestServer, type TestServer } from '../fixtures/server-harness';

let server: TestServer;
const dir = mkdtempSync(join(tmpdir(), 'gw-import-'));

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

function csvFile(name: string, text: string | Uint8Array): string {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

async function importFile(file: string, ...flags: string[]): Promise<{ code: number; lines: string[] }> {
  const lines: string[] = [];
  const code = await runAdminCommand(server.db, ['import-structure', file, ...flags], (line) => lines.push(line), {});
  return { code, lines };
}

async function countOf(entity: string): Promise<number> {
  const { rows } = await server.db.query<{ n: number | string }>('SELECT count(*) AS n FROM records WHERE entity = $1', [entity]);
  return Number(rows[0]!.n);
}

const CITY = [
  'district,street,community,grid,building,units,floors,address',
  '洪山区,珞南街道,珞南社区,第一网格,1栋,2,6,珞南小区1栋',
  '洪山区,珞南街道,珞南社区,第一网格,B座,3,18,',
  '洪山区,珞南街道,珞南社区,第二网格,3栋,2,7,',
  '洪山区,关山街道,关山社区,第一网格,,,,',
  '江夏区,纸坊街道,纸坊社区,,,,,',
  '',
].join('\r\n');

describe('admin import-structure', () => {
  it('creates each level once, and importing the same file again creates nothing', async () => {
    const file = csvFile('city.csv', CITY);
    const first = await importFile(file);
    expect(first.code).toBe(0);
    expect(first.lines.at(-1)).toBe(
      'Created: 2 district, 3 street, 3 community, 3 grid, 3 building; already there: 0 district, 0 street, 0 community, 0 grid, 0 building; communities placed in their street: 0',
    );
    const { rows } = await server.db.query<{ community: string; grids: number | string; street: string; district: string }>(
      `SELECT c.data->>'name' AS community, s.data->>'name' AS street, d.data->>'name' AS district,
              (SELECT count(*) FROM records g WHERE g.entity = 'grid' AND g.community_id = c.id) AS grids
         FROM records c JOIN records s ON s.id = (c.data->>'streetId')::uuid JOIN records d ON d.id = (s.data->>'districtId')::uuid
        WHERE c.entity = 'community' AND c.data->>'name' = '珞南社区'`,
    );
    expect(rows.map((r) => ({ ...r, grids: Number(r.grids) }))).toEqual([{ community: '珞南社区', street: '珞南街道', district: '洪山区', grids: 2 }]);
    const building = await server.db.query<{ data: Record<string, unknown>; community_id: string; grid_id: string }>(
      `SELECT data, community_id::text, grid_id::text FROM records WHERE entity = 'building' AND data->>'name' = 'B座'`,
    );
    expect(building.rows[0]!.data).toMatchObject({ units: 3, floors: 18, sealed: false });
    expect(building.rows[0]!.community_id).not.toBeNull();

    const before = { districts: await countOf('district'), buildings: await countOf('building') };
    const again = await importFile(file);
    expect(again.code).toBe(0);
    expect(again.lines.at(-1)).toBe(
      'Created: 0 district, 0 street, 0 community, 0 grid, 0 building; already there: 2 district, 3 street, 3 community, 3 grid, 3 building; communities placed in their street: 0',
    );
    expect({ districts: await countOf('district'), buildings: await countOf('building') }).toEqual(before);
  });

  it('adds only what is new from a longer file, with Chinese headers and a byte-order mark', async () => {
    const text = '\uFEFF区,街道,社区,网格,楼栋,单元数,层数\n洪山区,珞南街道,珞南社区,第一网格,1栋,2,6\n洪山区,珞南街道,珞南社区,第三网格,9栋,1,5\n';
    const result = await importFile(csvFile('more.csv', text));
    expect(result.code).toBe(0);
    expect(result.lines.at(-1)).toMatch(/^Created: 0 district, 0 street, 0 community, 1 grid, 1 building; already there: 1 district, 1 street, 1 community, 1 grid, 1 building/);
  });

  it('lists every bad row by its line and imports nothing', async () => {
    const before = await server.db.query('SELECT id FROM records');
    const text = [
      'district,street,community,grid,building,units,floors',
      '洪山区,新街道,新社区,第一网格,1栋,2,6',
      '洪山区,,无街道社区,,,,',
      '洪山区,新街道,新社区,,5栋,2,6',
      '洪山区,新街道,新社区,第一网格,6栋,0,6',
      `洪山区,新街道,${'长'.repeat(51)},,,,`,
      '洪山区,珞南街道,珞南社区,第一网格,B座,2,6',
    ].join('\n');
    const result = await importFile(csvFile('bad.csv', text));
    expect(result.code).toBe(1);
    expect(result.lines).toEqual([
      'line 3: street: name_required',
      'line 4: grid: grid_required',
      'line 5: units: count_invalid',
      'line 6: community: name_too_long',
      'line 7: building: other_size (3 units, 18 floors)',
      'Nothing imported: 5 error(s). Fix the lines above and import the file again.',
    ]);
    expect((await server.db.query('SELECT id FROM records')).rows).toHaveLength(before.rows.length);
  });

  it('refuses a file without the level columns, and a dry run writes nothing', async () => {
    await expect(importFile(csvFile('no-header.csv', '洪山区,珞南街道,珞南社区\n'))).rejects.toThrow(/missing: district, street, community/);
    const before = await countOf('community');
    const dry = await importFile(csvFile('dry.csv', 'district,street,community\n青山区,红卫路街道,红卫社区\n'), '--dry-run');
    expect(dry.code).toBe(0);
    expect(dry.lines.at(-1)).toMatch(/^Would create: 1 district, 1 street, 1 community, 0 grid, 0 building/);
    expect(await countOf('community')).toBe(before);
  });
});
