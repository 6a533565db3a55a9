/**
 * Issue 15, the ledger in Excel, as secretary1 and worker1: the secretary exports the household register
 * offline (masked by default, then unmasked) and the downloaded .xlsx is read back (its rows, text-typed
 * ID numbers, the frozen header); imports a roster with 3 wrong rows, sees them by number with reasons,
 * imports the rest offline and syncs; worker1 finds the new residents of their grid; importing the same
 * file again changes nothing.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { makeIdNumber } from '../fixtures/id-number-factory';
import { LedgerExportPage, RosterImportPage } from './pages/ledger-page';
import { SearchPage } from './pages/search-page';
import { signInAndSync, waitForServiceWorker } from './support/app-session';
import { useE2eWorld } from './support/e2e-world';

const world = useE2eWorld();

async function readWorkbook(bytes: Uint8Array): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(new Uint8Array(bytes).buffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error('the file has no worksheet');
  return sheet;
}

/** Rows the register must have: one per resident, one for a household without residents. */
async function expectedRegisterRows(): Promise<{ rows: number; idNumbers: Set<string> }> {
  const { rows } = await world.server.db.query<{ residents: string; id_numbers: string[] | null }>(
    `SELECT COUNT(r.id) AS residents, ARRAY_AGG(r.data->>'idNumber') FILTER (WHERE r.data ? 'idNumber') AS id_numbers
       FROM records h LEFT JOIN records r ON r.entity = 'resident' AND r.household_id = h.id AND r.voided_at IS NULL
      WHERE h.entity = 'household' AND h.voided_at IS NULL GROUP BY h.id`,
  );
  return {
    rows: rows.reduce((sum, row) => sum + Math.max(1, Number(row.residents)), 0),
    idNumbers: new Set(rows.flatMap((row) => row.id_numbers ?? [])),
  };
}

/** A building of worker1's grid (not the sealed one) and rooms of its unit 1 that have no household yet. */
async function freeRooms(count: number): Promise<{ building: string; rooms: string[] }> {
  const worker1 = world.server.demo.users.find((user) => user.username === 'worker1')!;
  const { rows } = await world.server.db.query<{ id: string; name: string; floors: number }>(
    `SELECT id, data->>'name' AS name, (data->>'floors')::int AS floors FROM records
      WHERE entity = 'building' AND grid_id = $1 AND id <> $2 ORDER BY data->>'name' LIMIT 1`,
    [worker1.gridIds[0], world.server.demo.sealedBuildingId],
  );
  const building = rows[0]!;
  const taken = await world.server.db.query<{ room: string }>(`SELECT data->>'room' AS room FROM records WHERE entity = 'household' AND building_id = $1 AND data->>'unit' = '1'`, [
    building.id,
  ]);
  const used = new Set(taken.rows.map((row) => row.room));
  const rooms: string[] = [];
  for (let floor = 1; floor <= building.floors && rooms.length < count; floor++) {
    for (let door = 9; door >= 5 && rooms.length < count; door--) {
      const room = `${floor}0${door}`;
      if (!used.has(room)) rooms.push(room);
    }
  }
  return { building: building.name, rooms };
}

interface RosterLine {
  building: string;
  unit: string;
  room: string;
  name: string;
  idNumber: string;
  phone: string;
}

/** A roster as a community keeps one: a merged title row, Chinese headers, ID numbers as text. */
async function rosterFile(lines: readonly RosterLine[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('花名册');
  sheet.mergeCells(1, 1, 1, 6);
  sheet.getCell(1, 1).value = '幸福里社区居民花名册';
  sheet.addRow(['楼栋', '单元', '房号', '姓名', '身份证号', '联系电话']);
  for (const line of lines) sheet.addRow([line.building, line.unit, line.room, line.name, line.idNumber, line.phone]);
  sheet.getColumn(5).numFmt = '@';
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe('the ledger in Excel', () => {
  it('exports the register offline, imports a roster with 3 wrong rows, syncs; worker1 sees the new residents; re-import changes nothing', async () => {
    const context = await world.newContext();
    const page = await context.newPage();
    await signInAndSync(page, world.server, 'secretary1', 'Community');
    await waitForServiceWorker(page);
    await context.setOffline(true);

    // Export, offline: masked by default.
    await page.getByRole('navigation', { name: 'Desk' }).getByRole('link', { name: 'Ledger (Excel)' }).click();
    const ledger = new LedgerExportPage(page);
    await ledger.heading.waitFor();
    expect(await ledger.register('Household register').isChecked()).toBe(true);
    expect(await ledger.mask.isChecked()).toBe(true);
    const masked = await ledger.export();
    expect(masked.name).toMatch(/^Ledger-.+-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const expected = await expectedRegisterRows();
    const maskedSheet = await readWorkbook(masked.bytes);
    expect(maskedSheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    const headers = (maskedSheet.getRow(2).values as unknown[]).slice(1);
    expect(headers).toEqual(expect.arrayContaining(['Building', 'Unit', 'Room', 'Name', 'ID number', 'Phone']));
    const idColumn = headers.indexOf('ID number') + 1;
    expect(maskedSheet.rowCount - 2).toBe(expected.rows);
    const maskedIds: string[] = [];
    maskedSheet.eachRow((row, number) => {
      const cell = row.getCell(idColumn);
      if (number > 2 && cell.value !== null) {
        expect(cell.type).toBe(ExcelJS.ValueType.String);
        maskedIds.push(String(cell.value));
      }
    });
    expect(maskedIds.length).toBe(expected.idNumbers.size);
    for (const id of maskedIds) expect(id).toMatch(/^\d{6}\*{8}\d{3}[\dX]$/);

    // Unmasked: the secretary's only, and the screen says what it means.
    await ledger.mask.uncheck();
    await ledger.unmaskedWarning.waitFor();
    const full = await readWorkbook((await ledger.export()).bytes);
    const fullIds = new Set<string>();
    full.eachRow((row, number) => {
      const cell = row.getCell(idColumn);
      if (number > 2 && cell.value !== null) {
        expect(cell.type).toBe(ExcelJS.ValueType.String);
        fullIds.add(String(cell.value));
      }
    });
    expect(fullIds).toEqual(expected.idNumbers);

    // Import roster, still offline: 3 good rows, 3 wrong ones.
    const { building, rooms } = await freeRooms(2);
    const id = (birthDate: string, sequence: number) => makeIdNumber({ region: '110105', birthDate, sex: 'female', sequence });
    const good: RosterLine[] = [
      { building, unit: '1', room: rooms[0]!, name: '导入甲', idNumber: id('1961-04-12', 17), phone: '13911110001' },
      { building, unit: '1', room: rooms[0]!, name: '导入乙', idNumber: id('1988-09-03', 23), phone: '13911110002' },
      { building, unit: '1', room: rooms[1]!, name: '导入丙', idNumber: id('1975-01-30', 31), phone: '13911110003' },
    ];
    const badChecksum = `${id('1990-02-02', 41).slice(0, 17)}${id('1990-02-02', 41).endsWith('0') ? '1' : '0'}`;
    const wrong: RosterLine[] = [
      { building, unit: '1', room: rooms[1]!, name: '错误丁', idNumber: badChecksum, phone: '13911110004' },
      { building, unit: '1', room: rooms[1]!, name: '错误戊', idNumber: id('1992-03-03', 53), phone: '12345' },
      { building, unit: '1', room: rooms[0]!, name: '导入甲', idNumber: good[0]!.idNumber, phone: '13911110001' },
    ];
    const roster = await rosterFile([...good, ...wrong]);
    await ledger.importLink.click();
    const importer = new RosterImportPage(page);
    await importer.heading.waitFor();
    await importer.choose('花名册.xlsx', roster);
    await page.getByRole('heading', { name: 'Checked (6 rows)' }).waitFor({ timeout: 30_000 });
    expect(await importer.total('New')).toBe(3);
    expect(await importer.total('Wrong')).toBe(3);
    // Title row 1, header row 2: the wrong rows are the file's rows 6, 7 and 8.
    const listed = await importer.wrongRows().allTextContents();
    expect(listed).toHaveLength(3);
    expect(listed[0]).toMatch(/^Row 6 · 错误丁.*ID number: The check digit does not match/);
    expect(listed[1]).toMatch(/^Row 7 · 错误戊.*Phone:/);
    expect(listed[2]).toMatch(/^Row 8 · 导入甲.*The same person as row 3/);

    // "Rows with errors": the wrong rows as they were, with their reasons.
    const download = page.waitForEvent('download');
    await importer.wrongRowsButton.click();
    const errorsFile = await readWorkbook(new Uint8Array(await (await import('node:fs/promises')).readFile(await (await download).path())));
    expect(errorsFile.getRow(1).values).toEqual([undefined, '楼栋', '单元', '房号', '姓名', '身份证号', '联系电话', 'Row in file', 'Reason']);
    expect([2, 3, 4].map((n) => errorsFile.getRow(n).getCell(4).value)).toEqual(['错误丁', '错误戊', '导入甲']);
    expect(errorsFile.getRow(2).getCell(5).value).toBe(badChecksum);

    await importer.importButton.click();
    await importer.done.waitFor({ timeout: 30_000 });
    expect(await importer.done.textContent()).toContain('2 new households, 3 new residents');

    await context.setOffline(false);
    await page.getByRole('button', { name: 'Sync now' }).click();
    await expect
      .poll(async () => (await world.server.db.query(`SELECT 1 FROM records WHERE entity = 'resident' AND data->>'name' IN ('导入甲', '导入乙', '导入丙')`)).rows.length, { timeout: 30_000 })
      .toBe(3);
    const created = await world.server.db.query<{ name: string; unit: string; room: string }>(
      `SELECT r.data->>'name' AS name, h.data->>'unit' AS unit, h.data->>'room' AS room FROM records r JOIN records h ON h.id = r.household_id
        WHERE r.entity = 'resident' AND r.data->>'name' LIKE '导入%' ORDER BY r.data->>'name'`,
    );
    expect(created.rows).toEqual([
      { name: '导入丙', unit: '1', room: rooms[1] },
      { name: '导入乙', unit: '1', room: rooms[0] },
      { name: '导入甲', unit: '1', room: rooms[0] },
    ]);

    // worker1, on their own phone, finds them.
    const workerContext = await world.newContext();
    const workerPage = await workerContext.newPage();
    await signInAndSync(workerPage, world.server, 'worker1', 'Home');
    const search = new SearchPage(workerPage);
    await search.openFromNav();
    await search.waitUntilReady();
    await search.box.fill('导入');
    for (const line of good) await search.results.getByText(line.name).first().waitFor();

    // The same file again: nothing new, nothing to write.
    await importer.choose('花名册.xlsx', roster);
    await expect.poll(() => importer.total('Unchanged'), { timeout: 30_000 }).toBe(3);
    expect(await importer.total('New')).toBe(0);
    expect(await importer.total('Wrong')).toBe(3);
    expect(await importer.importButton.isDisabled()).toBe(true);
  });
});
