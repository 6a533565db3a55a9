// @vitest-environment node
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { makeSheet, type CellValue, type ColumnSpec, type LedgerOptions } from '../../../../../src/domain/ledger/ledger-sheet';
import { readSpreadsheet } from '../../../../../src/shared/spreadsheet/read-spreadsheet';
import { worksheetName, writeLedgerWorkbook, type WorkbookText } from '../../../../../src/features/ledger/xlsx/write-ledger-workbook';

const specs: ColumnSpec[] = [
  { key: 'name', kind: 'text' },
  { key: 'idNumber', kind: 'text' },
  { key: 'phone', kind: 'text' },
  { key: 'date', kind: 'date' },
  { key: 'time', kind: 'time' },
  { key: 'temperature', kind: 'temperature' },
  { key: 'age', kind: 'number' },
];

const options: LedgerOptions = {
  title: { community: '幸福社区', exportedAt: new Date('2026-11-25T10:00:00Z'), exportedBy: '王书记' },
  mask: false,
  label: (key) => key,
};

const rows: CellValue[][] = [
  ['张三', '11010219480302001X', '13800001234', new Date(Date.UTC(2026, 10, 25)), new Date(Date.UTC(2026, 10, 25, 9, 30)), 36.5, 78],
  ["'=HYPERLINK(\"http://x\")", '110102199011250074', null, null, null, null, null],
  ['+李四', null, '-1', null, null, 38.25, 0],
];

const text: WorkbookText = {
  title: (sheet) => `${sheet.title.community} ${sheet.title.register}`,
  header: (key) => `H:${key.slice('ledger:columns.'.length)}`,
  sheetName: () => '访问/台账[2026]',
};

async function written(): Promise<{ bytes: Uint8Array; sheet: ExcelJS.Worksheet }> {
  const sheet = makeSheet('visits', specs, rows, options, { from: '2026-11-20', to: '2026-11-25' });
  const bytes = await writeLedgerWorkbook([sheet], text);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(new Uint8Array(bytes).buffer);
  const worksheet = workbook.worksheets[0];
  if (!worksheet) throw new Error('no worksheet');
  return { bytes, sheet: worksheet };
}

describe('writeLedgerWorkbook', () => {
  it('writes a real .xlsx: a merged title row, a frozen header row with an auto-filter and a safe tab name', async () => {
    const { bytes, sheet } = await written();
    expect([...bytes.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    expect(sheet.name).toBe('访问 台账 2026');
    expect(sheet.getCell('A1').value).toBe('幸福社区 ledger:registers.visits');
    expect(sheet.getCell('A1').isMerged).toBe(true);
    expect(sheet.getCell('G1').isMerged).toBe(true);
    expect(sheet.getRow(2).values).toEqual([undefined, 'H:name', 'H:idNumber', 'H:phone', 'H:date', 'H:time', 'H:temperature', 'H:age']);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    expect(sheet.autoFilter).toBe('A2:G2');
  });

  it('keeps ID numbers and phones as text cells, every digit and the trailing X', async () => {
    const { sheet } = await written();
    const id = sheet.getCell('B3');
    expect(id.type).toBe(ExcelJS.ValueType.String);
    expect(id.value).toBe('11010219480302001X');
    expect(sheet.getCell('B4').value).toBe('110102199011250074');
    expect(sheet.getCell('B4').numFmt).toBe('@');
    expect(sheet.getCell('C3').value).toBe('13800001234');
    expect(sheet.getCell('C3').type).toBe(ExcelJS.ValueType.String);
  });

  it('writes dates and times as date cells of the wall clock, temperatures and ages as numbers', async () => {
    const { sheet } = await written();
    expect(sheet.getCell('D3').type).toBe(ExcelJS.ValueType.Date);
    expect(sheet.getCell('D3').value).toEqual(new Date(Date.UTC(2026, 10, 25)));
    expect(sheet.getCell('D3').numFmt).toBe('yyyy-mm-dd');
    expect(sheet.getCell('E3').value).toEqual(new Date(Date.UTC(2026, 10, 25, 9, 30)));
    expect(sheet.getCell('E3').numFmt).toBe('hh:mm');
    expect(sheet.getCell('F3').value).toBe(36.5);
    expect(sheet.getCell('F3').numFmt).toBe('0.0');
    expect(sheet.getCell('G3').value).toBe(78);
  });

  it('writes formula-looking text as inert text, never as a formula', async () => {
    const { sheet } = await written();
    expect(sheet.getCell('A4').type).toBe(ExcelJS.ValueType.String);
    expect(sheet.getCell('A4').value).toBe("'=HYPERLINK(\"http://x\")");
    expect(sheet.getCell('A5').value).toBe("'+李四");
    expect(sheet.getCell('C5').value).toBe("'-1");
    sheet.eachRow((row) => row.eachCell((cell) => expect(cell.type).not.toBe(ExcelJS.ValueType.Formula)));
  });

  it('reads its own file back with the inert quote removed', async () => {
    const { bytes } = await written();
    const [sheet] = await readSpreadsheet('visits.xlsx', bytes);
    expect(sheet?.rows[3]?.[0]).toBe('=HYPERLINK("http://x")');
    expect(sheet?.rows[4]?.slice(0, 3)).toEqual(['+李四', null, '-1']);
    expect(sheet?.rows[2]?.[1]).toBe('11010219480302001X');
  });

  it('reports progress up to the whole', async () => {
    const seen: [number, number][] = [];
    await writeLedgerWorkbook([makeSheet('visits', specs, rows, options)], text, (done, total) => seen.push([done, total]));
    expect(seen[0]).toEqual([0, 4]);
    expect(seen.at(-1)).toEqual([4, 4]);
  });
});

describe('worksheetName', () => {
  it('cuts to 31 characters and numbers a repeated name', () => {
    const long = 'x'.repeat(40);
    expect(worksheetName(long, new Set())).toHaveLength(31);
    expect(worksheetName('台账', new Set(['台账']))).toBe('台账 2');
  });
});
