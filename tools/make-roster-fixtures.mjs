// Writes the roster (花名册) fixtures the import tests read, in tests/fixtures/rosters:
//   roster-exceljs.xlsx     made by ExcelJS (the library the app reads with)
//   roster-libreoffice.xlsx the same workbook opened and saved again by LibreOffice Calc (when soffice is installed:
//                           apt-get install libreoffice-calc-nogui)
//   roster.csv              the same roster as Excel on a Chinese Windows saves "CSV": GB18030, CRLF, the cells as shown
// Run: node tools/make-roster-fixtures.mjs — the output is committed, so tests need neither tool.
//
// The roster is as communities keep them: a merged title row, a blank row, Chinese headers; ID numbers as text cells,
// one with a trailing X and one with a small x, one typed into a number cell (its last digits lost); a blank row in
// the middle; a phone in a number cell; a birth date as a date cell and one as text; a name that looks like a formula;
// the same building written "1号楼" and "1栋". The ID numbers are valid (GB 11643-1999): they are what
// tests/fixtures/id-number-factory.ts makeIdNumber gives for the birth date, sex and sequence noted beside each.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';

const OUT = 'tests/fixtures/rosters';
const TITLE = '幸福社区居民花名册（2026年11月）';
const HEADERS = ['序号', '楼栋', '单元', '房号', '姓名', '性别', '身份证号码', '联系电话', '出生日期', '重点人群'];

const text = (value) => ({ text: value });
const number = (value) => ({ number: value });
const date = (iso) => ({ date: new Date(`${iso}T00:00:00Z`) });

/** Sheet row 4 on; null is a blank row. Cells: a string is a text cell, {text} a text-formatted (@) cell. */
const RESIDENTS = [
  // makeIdNumber({ birthDate: '1948-03-02', sex: 'male' })
  [1, '1号楼', 1, 101, '张三', '男', text('420106194803021236'), text('13800001234'), date('1948-03-02'), '独居老人'],
  // makeIdNumber({ birthDate: '1985-06-15', sex: 'female', sequence: 5 }): ends in X
  [2, '1栋', 1, 101, '李秀英', '女', text('42010619850615054X'), number(13912345678), '1985年6月15日', ''],
  // makeIdNumber({ birthDate: '1972-11-08', sex: 'male', sequence: 1 }), its X typed small
  [3, '1号楼', 1, 102, '王建国', '男', text('42010619721108013x'), text('13700001111'), '', '租户'],
  null,
  // makeIdNumber({ birthDate: '1990-11-25', sex: 'female', sequence: 7 }) typed into a number cell: 420106199011250746
  // becomes the double 420106199011250750 (Excel would keep 15 digits: 420106199011250000)
  [4, '1号楼', 2, 201, '赵丽', '女', number(Number('420106199011250746')), text('13600002222'), date('1990-11-25'), ''],
  // makeIdNumber({ birthDate: '1979-01-30', sex: 'male', sequence: 21 })
  [5, '1栋', 2, 202, '=SUM(A1)', '男', text('420106197901302131'), '', '', ''],
  // makeIdNumber({ birthDate: '2001-09-09', sex: 'female', sequence: 33 })
  [6, '1号楼', 3, 301, '孙梅', '女', text('420106200109093342'), text('13500003333'), '', ''],
  [7, '1号楼', 3, 302, '周大爷', '男', '', '', '', '独居老人、慢性病患者'],
  [8, '1栋', 3, 302, '周奶奶', '女', '', text('13400004444'), '', ''],
];

function setCell(cell, value) {
  if (value === '' || value === null) return;
  if (typeof value === 'string' || typeof value === 'number') cell.value = value;
  else if ('text' in value) {
    cell.numFmt = '@';
    cell.value = value.text;
  } else if ('number' in value) {
    cell.numFmt = 'General';
    cell.value = value.number;
  } else {
    cell.numFmt = 'yyyy-mm-dd';
    cell.value = value.date;
  }
}

async function writeXlsx(path) {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Gridwalk fixtures';
  workbook.created = workbook.modified = new Date('2026-11-20T08:00:00Z');
  const sheet = workbook.addWorksheet('花名册');
  sheet.getCell('A1').value = TITLE;
  sheet.getCell('A1').font = { bold: true, size: 16 };
  sheet.getCell('A1').alignment = { horizontal: 'center' };
  sheet.mergeCells(1, 1, 1, HEADERS.length);
  sheet.getRow(3).values = HEADERS;
  sheet.getRow(3).font = { bold: true };
  RESIDENTS.forEach((cells, i) => {
    if (cells === null) return;
    cells.forEach((value, column) => setCell(sheet.getCell(4 + i, column + 1), value));
  });
  sheet.columns.forEach((column, i) => (column.width = [6, 8, 6, 6, 10, 6, 22, 14, 14, 20][i]));
  await workbook.xlsx.writeFile(path);
}

/** A cell as Excel shows it, so as its "CSV" writes it: a long number in scientific form, a date as y/m/d. */
function shown(value) {
  if (value === null || value === '') return '';
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  if ('text' in value) return value.text;
  if ('number' in value) return value.number >= 1e11 ? value.number.toExponential(5).replace(/\.?0+e/, 'e').toUpperCase() : String(value.number);
  const d = value.date;
  return `${d.getUTCFullYear()}/${d.getUTCMonth() + 1}/${d.getUTCDate()}`;
}

const csvCell = (value) => (/[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);

/** GB18030 bytes: Node decodes it but has no encoder, so each character's two-byte code is found by decoding them all. */
function encodeGb18030(value) {
  const decoder = new TextDecoder('gb18030');
  const codes = new Map();
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const char = decoder.decode(new Uint8Array([lead, trail]));
      if (char.length === 1 && !codes.has(char)) codes.set(char, [lead, trail]);
    }
  }
  const bytes = [];
  for (const char of value) {
    const code = char.codePointAt(0);
    if (code < 0x80) bytes.push(code);
    else if (codes.has(char)) bytes.push(...codes.get(char));
    else throw new Error(`no two-byte GB18030 code for ${char}`);
  }
  return Uint8Array.from(bytes);
}

function writeCsv(path) {
  const lines = [
    [TITLE, ...HEADERS.slice(1).map(() => '')],
    HEADERS.map(() => ''),
    HEADERS,
    ...RESIDENTS.map((cells) => (cells === null ? HEADERS.map(() => '') : cells.map(shown))),
  ];
  const csv = lines.map((cells) => cells.map(csvCell).join(',')).join('\r\n') + '\r\n';
  writeFileSync(path, encodeGb18030(csv));
}

/** Opens the ExcelJS file in LibreOffice Calc and saves it again as .xlsx (false when soffice is not installed). */
function resaveWithLibreOffice(source, target) {
  const work = mkdtempSync(join(tmpdir(), 'roster-lo-'));
  try {
    const result = spawnSync(
      'soffice',
      [`-env:UserInstallation=file://${work}/profile`, '--headless', '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', work, source],
      { stdio: 'inherit' },
    );
    if (result.error) return false;
    if (result.status !== 0) throw new Error(`soffice exited with ${result.status}`);
    copyFileSync(join(work, 'roster-exceljs.xlsx'), target);
    return true;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

mkdirSync(OUT, { recursive: true });
const exceljsPath = join(OUT, 'roster-exceljs.xlsx');
await writeXlsx(exceljsPath);
writeCsv(join(OUT, 'roster.csv'));
const resaved = resaveWithLibreOffice(exceljsPath, join(OUT, 'roster-libreoffice.xlsx'));
console.log(`wrote ${OUT}: roster-exceljs.xlsx, roster.csv${resaved ? ', roster-libreoffice.xlsx' : ' (soffice not found: roster-libreoffice.xlsx not remade)'}`);
