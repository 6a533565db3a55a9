/**
 * A picked .xlsx or .csv file as worksheets of plain cells (text, number, date, boolean), for the
 * roster import and the lab results import. An .xlsx is read with ExcelJS: a formula gives its saved result, rich text its
 * plain text, a merged range its first cell's value in every cell; text the ledger's export made
 * inert (a leading ' before = + - @) is given back as it was (restoreSafeText). A .csv is decoded
 * (UTF-8, UTF-16, GB18030) and split (src/shared/csv-text.ts). An old binary .xls cannot be read:
 * the user is asked to save it as .xlsx.
 */
import { decodeCsvBytes, parseCsv } from '../csv-text';
import { restoreSafeText } from './formula-text';
import { newWorkbook, type ExcelCellValue } from './load-exceljs';
import type { SheetCell } from './sheet-cells';

export interface SpreadsheetSheet {
  name: string;
  /** Row i is the sheet's row i + 1 (blank rows kept, so row numbers are the ones the user sees). */
  rows: SheetCell[][];
}

export type SpreadsheetErrorCode = 'file_xls_unsupported' | 'file_unreadable' | 'file_empty';

/** Why a file could not be read (a key of the 'validation' namespace). */
export class SpreadsheetError extends Error {
  constructor(readonly code: SpreadsheetErrorCode) {
    super(code);
    this.name = 'SpreadsheetError';
  }
}

const isZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
const isOleCompound = (bytes: Uint8Array) => bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;

/** An ExcelJS cell value as a plain cell. */
export function plainCell(value: ExcelCellValue | undefined): SheetCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return restoreSafeText(value);
  if (typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  if ('richText' in value) return restoreSafeText(value.richText.map((run) => run.text).join(''));
  if ('formula' in value || 'sharedFormula' in value) {
    const result = value.result;
    if (result === undefined || result === null || (typeof result === 'object' && !(result instanceof Date))) return null;
    return typeof result === 'string' ? restoreSafeText(result) : result;
  }
  if ('hyperlink' in value) return plainCell(value.text);
  return null;
}

async function readXlsx(bytes: Uint8Array): Promise<SpreadsheetSheet[]> {
  const workbook = await newWorkbook();
  try {
    // ExcelJS's types ask for a Buffer; its browser bundle reads an ArrayBuffer.
    const buffer = new Uint8Array(bytes).buffer;
    await workbook.xlsx.load(buffer);
  } catch {
    throw new SpreadsheetError('file_unreadable');
  }
  return workbook.worksheets.map((worksheet) => {
    const rows: SheetCell[][] = [];
    worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const cells: SheetCell[] = [];
      row.eachCell({ includeEmpty: false }, (cell, column) => {
        cells[column - 1] = plainCell(cell.value);
      });
      rows[rowNumber - 1] = Array.from(cells, (cell) => cell ?? null);
    });
    return { name: worksheet.name, rows: Array.from(rows, (row) => row ?? []) };
  });
}

/** Every worksheet of the file (a .csv is one), or a SpreadsheetError. */
export async function readSpreadsheet(fileName: string, bytes: Uint8Array): Promise<SpreadsheetSheet[]> {
  if (bytes.length === 0) throw new SpreadsheetError('file_empty');
  if (isOleCompound(bytes)) throw new SpreadsheetError('file_xls_unsupported');
  if (isZip(bytes)) {
    const sheets = await readXlsx(bytes);
    if (sheets.every((sheet) => sheet.rows.length === 0)) throw new SpreadsheetError('file_empty');
    return sheets;
  }
  if (/\.xlsx?$/i.test(fileName)) throw new SpreadsheetError('file_unreadable');
  const rows: SheetCell[][] = parseCsv(decodeCsvBytes(bytes)).map((row) => row.map((cell) => restoreSafeText(cell)));
  if (rows.every((row) => row.every((cell) => cell === ''))) throw new SpreadsheetError('file_empty');
  return [{ name: fileName.replace(/\.[^.]*$/, ''), rows }];
}
