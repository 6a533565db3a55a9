/**
 * Ledger sheets as one .xlsx workbook, a worksheet per register: a merged title row (community,
 * register, date range, exported at and by), the header row frozen under it with an auto-filter,
 * fitted column widths, and typed cells: text columns are text cells (an ID number stays 18 digits,
 * never 1.10102E+17), dates and times real date cells (wall-clock values, written as they are),
 * temperatures numbers with one decimal. Any text a spreadsheet would run as a formula is written
 * inert (safeText). Long sheets are written in slices, reporting progress between them.
 */
import { safeText } from '../../../shared/spreadsheet/formula-text';
import type { LedgerHeaderKey } from '../../../domain/ledger/ledger-keys';
import { cellMatchesKind, type CellValue, type ColumnKind, type LedgerSheet } from '../../../domain/ledger/ledger-sheet';
import { newWorkbook, type ExcelCellValue, type Workbook } from '../../../shared/spreadsheet/load-exceljs';

/** The number format of each column kind ('@' makes every cell of the column text, typed later ones too). */
export const COLUMN_FORMATS: Record<ColumnKind, string> = {
  text: '@',
  number: 'General',
  temperature: '0.0',
  date: 'yyyy-mm-dd',
  time: 'hh:mm',
  datetime: 'yyyy-mm-dd hh:mm',
};

/** The words of a workbook, in the UI's language. */
export interface WorkbookText {
  /** The title row: community, register, date range, exported at, by whom. */
  title(sheet: LedgerSheet): string;
  header(key: LedgerHeaderKey): string;
  /** The worksheet's tab name (made safe and unique here). */
  sheetName(sheet: LedgerSheet): string;
}

/** Rows written so far of all rows; `total` counts one more step for packing the file. */
export type ProgressListener = (done: number, total: number) => void;

/** Rows written between two progress reports (and two yields to the page). */
export const SLICE_ROWS = 2000;

/** Excel's limits on a tab name: 31 characters, none of : \ / ? * [ ]. */
export function worksheetName(name: string, taken: ReadonlySet<string>): string {
  const base = name.replace(/[:\\/?*[\]]/g, ' ').trim().slice(0, 31) || 'Sheet';
  let candidate = base;
  for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = `${base.slice(0, 31 - String(n).length - 1)} ${n}`;
  return candidate;
}

/** A cell as written: text made inert; a value that does not fit its column's kind written as text. */
export function excelValue(value: CellValue, kind: ColumnKind): ExcelCellValue {
  if (value === null) return null;
  if (typeof value === 'string') return safeText(value);
  if (!cellMatchesKind(value, kind) || kind === 'text') return safeText(value instanceof Date ? value.toISOString() : String(value));
  return value;
}

const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

async function addSheet(workbook: Workbook, sheet: LedgerSheet, text: WorkbookText, name: string, report: (rows: number) => void): Promise<void> {
  const count = Math.max(1, sheet.columns.length);
  const worksheet = workbook.addWorksheet(name, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: 2, topLeftCell: 'A3', activeCell: 'A3' }],
  });
  worksheet.columns = sheet.columns.map((column) => ({ key: column.key, width: column.width, style: { numFmt: COLUMN_FORMATS[column.kind] } }));

  worksheet.mergeCells(1, 1, 1, count);
  const title = worksheet.getCell(1, 1);
  title.value = safeText(text.title(sheet));
  title.font = { bold: true, size: 13 };
  title.numFmt = '@';
  title.alignment = { vertical: 'middle', wrapText: true };
  worksheet.getRow(1).height = 30;

  const header = worksheet.getRow(2);
  sheet.columns.forEach((column, index) => {
    const cell = header.getCell(index + 1);
    cell.value = safeText(text.header(column.header));
    cell.numFmt = '@';
    cell.font = { bold: true };
    cell.alignment = { vertical: 'middle', wrapText: true };
    cell.border = { bottom: { style: 'thin' } };
  });
  worksheet.autoFilter = { from: { row: 2, column: 1 }, to: { row: 2, column: count } };

  const kinds = sheet.columns.map((column) => column.kind);
  for (let start = 0; start < sheet.rows.length; start += SLICE_ROWS) {
    const slice = sheet.rows.slice(start, start + SLICE_ROWS);
    worksheet.addRows(slice.map((row) => kinds.map((kind, index) => excelValue(row[index] ?? null, kind))));
    report(slice.length);
    await yieldToPage();
  }
}

/** The workbook's bytes. `onProgress` hears of every slice of rows written, then of the packed file. */
export async function writeLedgerWorkbook(sheets: readonly LedgerSheet[], text: WorkbookText, onProgress?: ProgressListener): Promise<Uint8Array> {
  const workbook = await newWorkbook();
  const first = sheets[0];
  if (first) {
    workbook.creator = first.title.exportedBy;
    workbook.created = first.title.exportedAt;
  }
  const total = sheets.reduce((sum, sheet) => sum + sheet.rows.length, 0) + 1;
  let done = 0;
  onProgress?.(0, total);
  const taken = new Set<string>();
  for (const sheet of sheets) {
    const name = worksheetName(text.sheetName(sheet), taken);
    taken.add(name.toLowerCase());
    await addSheet(workbook, sheet, text, name, (rows) => {
      done += rows;
      onProgress?.(done, total);
    });
  }
  const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
  onProgress?.(total, total);
  return bytes;
}
