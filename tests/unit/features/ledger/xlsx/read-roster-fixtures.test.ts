// @vitest-environment node
/**
 * The roster import on real files (tests/fixtures/rosters, made by tools/make-roster-fixtures.mjs): the same
 * roster written by ExcelJS, saved again by LibreOffice Calc 7.4, and saved as CSV the way Excel on a Chinese
 * Windows does (GB18030, cells as shown). Each goes through the reader, the header search, the row reader and
 * the check, as the import does.
 */
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { checkRoster, type RosterRegister } from '../../../../../src/domain/ledger/roster-check';
import { findHeaderRow, missingFields } from '../../../../../src/domain/ledger/roster-columns';
import { readRosterRows, type RosterRow } from '../../../../../src/domain/ledger/roster-rows';
import { readSpreadsheet } from '../../../../../src/shared/spreadsheet/read-spreadsheet';
import { makeIdNumber } from '../../../../fixtures/id-number-factory';

const TITLE = '幸福社区居民花名册（2026年11月）';
const TODAY = '2026-11-30';
const BUILDING_1 = '0190b000-0000-7000-8000-000000000001';

/** The residents' ID numbers, as the generator notes them. */
const ID = {
  zhang: makeIdNumber({ birthDate: '1948-03-02', sex: 'male' }),
  li: makeIdNumber({ birthDate: '1985-06-15', sex: 'female', sequence: 5 }),
  wang: makeIdNumber({ birthDate: '1972-11-08', sex: 'male', sequence: 1 }),
  zhao: makeIdNumber({ birthDate: '1990-11-25', sex: 'female', sequence: 7 }),
  formulaName: makeIdNumber({ birthDate: '1979-01-30', sex: 'male', sequence: 21 }),
  sun: makeIdNumber({ birthDate: '2001-09-09', sex: 'female', sequence: 33 }),
};

const FIXTURES = [
  { file: 'roster-exceljs.xlsx', sheetName: '花名册' },
  { file: 'roster-libreoffice.xlsx', sheetName: '花名册' },
  { file: 'roster.csv', sheetName: 'roster' },
] as const;

const fixture = (file: string) => new URL(`../../../../fixtures/rosters/${file}`, import.meta.url);

async function read(file: string) {
  const bytes = new Uint8Array(readFileSync(fixture(file)));
  const sheets = await readSpreadsheet(file, bytes);
  const sheet = sheets[0];
  if (sheet === undefined) throw new Error(`${file}: no sheet`);
  const header = findHeaderRow(sheet.rows);
  if (header === null) throw new Error(`${file}: no header row`);
  const rows = readRosterRows(sheet.rows, header.index, header.match.mapping);
  return { sheets, sheet, header, rows };
}

function rowAt(rows: readonly RosterRow[], rowNumber: number): RosterRow {
  const row = rows.find((r) => r.rowNumber === rowNumber);
  if (row === undefined) throw new Error(`no row ${rowNumber}`);
  return row;
}

const register: RosterRegister = { buildings: [{ id: BUILDING_1, name: '1号楼' }], households: [], residents: [] };

describe.each(FIXTURES)('the roster $file', ({ file, sheetName }) => {
  it('is one sheet whose first row is the merged title', async () => {
    const { sheets, sheet } = await read(file);
    expect(sheets.map((s) => s.name)).toEqual([sheetName]);
    expect(sheet.rows[0]?.[0]).toBe(TITLE);
  });

  it('finds the Chinese header in sheet row 3, past the title and the blank row, with every column matched', async () => {
    const { header } = await read(file);
    expect(header.index + 1).toBe(3);
    expect(header.match.mapping).toEqual({ building: 1, unit: 2, room: 3, name: 4, sex: 5, idNumber: 6, phone: 7, birthDate: 8, tags: 9 });
    expect(header.match.unmatched).toEqual([{ column: 0, header: '序号' }]);
    expect(missingFields(header.match.mapping)).toEqual([]);
  });

  it('skips the blank row and keeps the row numbers the user sees', async () => {
    const { rows } = await read(file);
    expect(rows.map((row) => [row.rowNumber, row.values.name])).toEqual([
      [4, '张三'],
      [5, '李秀英'],
      [6, '王建国'],
      [8, '赵丽'],
      [9, '=SUM(A1)'],
      [10, '孙梅'],
      [11, '周大爷'],
      [12, '周奶奶'],
    ]);
  });

  it('reads text ID numbers exactly, a trailing X kept and a small x made X', async () => {
    const { rows } = await read(file);
    expect([4, 5, 6, 9, 10].map((n) => rowAt(rows, n).values.idNumber)).toEqual([ID.zhang, ID.li, ID.wang, ID.formulaName, ID.sun]);
    expect(ID.li.endsWith('X') && ID.wang.endsWith('X')).toBe(true);
    expect([4, 5, 6, 9, 10].some((n) => rowAt(rows, n).idNumberAsNumber)).toBe(false);
  });

  it('flags the ID number typed into a number cell: its digits are lost', async () => {
    const { rows } = await read(file);
    const zhao = rowAt(rows, 8);
    expect(zhao.idNumberAsNumber).toBe(true);
    expect(zhao.values.idNumber).not.toBe(ID.zhao);
  });

  it('reads unit and room number cells as text, the formula-looking name as the text it is', async () => {
    const { rows } = await read(file);
    expect(rowAt(rows, 9).values).toMatchObject({ building: '1栋', unit: '2', room: '202', name: '=SUM(A1)' });
  });

  it('reads the date cell and the Chinese date text as YYYY-MM-DD, the phone number cell as its 11 digits', async () => {
    const { rows } = await read(file);
    expect(rowAt(rows, 4).values.birthDate).toBe('1948-03-02');
    expect(rowAt(rows, 5).values.birthDate).toBe('1985-06-15');
    expect(rowAt(rows, 8).values.birthDate).toBe('1990-11-25');
    expect(rowAt(rows, 5).values.phone).toBe('13912345678');
    expect(rowAt(rows, 4).values.phone).toBe('13800001234');
    expect(rows.some((row) => row.birthDateUnreadable)).toBe(false);
  });

  it('checks against an empty register with building 1: seven new residents, the number-cell ID row wrong', async () => {
    const { rows } = await read(file);
    const result = checkRoster(rows, register, TODAY);
    expect(result.totals).toEqual({ rows: 8, new: 7, updated: 0, unchanged: 0, wrong: 1 });
    const wrong = result.rows.filter((row) => row.status === 'wrong');
    expect(wrong.map((row) => [row.row.rowNumber, row.reasons])).toEqual([[8, [{ key: 'id_number_as_number', field: 'idNumber' }]]]);
    expect(result.unknownBuildings).toEqual([]);
  });

  it('places "1号楼" and "1栋" rows in the same building, with the sex and birth date the ID number gives', async () => {
    const { rows } = await read(file);
    const result = checkRoster(rows, register, TODAY);
    const li = result.rows.find((row) => row.row.rowNumber === 5);
    expect(li).toMatchObject({
      status: 'new',
      place: { buildingId: BUILDING_1, unit: '1', room: '101' },
      resident: { name: '李秀英', idNumber: ID.li, phone: '13912345678', sex: 'female', birthDate: '1985-06-15' },
    });
    expect(result.rows.filter((row) => row.status === 'new').every((row) => row.place.buildingId === BUILDING_1)).toBe(true);
    expect(result.rows.find((row) => row.row.rowNumber === 11)).toMatchObject({
      status: 'new',
      resident: { name: '周大爷', tags: ['elderly_alone', 'chronic_illness'] },
    });
  });
});

describe('the LibreOffice-saved roster', () => {
  it('holds what LibreOffice writes differently, and the reader gives it as plain cells', async () => {
    const bytes = readFileSync(fixture('roster-libreoffice.xlsx'));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(bytes).buffer);
    const raw = workbook.worksheets[0];
    // Text split into rich-text runs by script (CJK and Latin fonts), the ID number cut to 15 significant digits.
    expect(raw?.getCell('B4').type).toBe(ExcelJS.ValueType.RichText);
    expect(raw?.getCell('I5').type).toBe(ExcelJS.ValueType.RichText);
    expect(raw?.getCell('G8').value).toBe(420106199011251000);
    const { sheet } = await read('roster-libreoffice.xlsx');
    expect(sheet.rows[3]?.[1]).toBe('1号楼');
    expect(sheet.rows[4]?.[8]).toBe('1985年6月15日');
  });
});
