/**
 * A plain table as an .xlsx workbook: the roster template (headers only) and the "Rows with errors"
 * file (the file's own header, its wrong rows as they were, and a reason column). Every column is a
 * text column ('@'), so ID numbers typed or pasted into it later stay text; the header row is bold
 * and frozen. Text a spreadsheet would run as a formula is written inert; dates stay date cells.
 */
import { safeText } from '../../../shared/spreadsheet/formula-text';
import { newWorkbook, type ExcelCellValue } from '../../../shared/spreadsheet/load-exceljs';
import { cellText, type SheetCell } from '../../../shared/spreadsheet/sheet-cells';
import { worksheetName } from './write-ledger-workbook';

export interface PlainTable {
  sheetName: string;
  headers: readonly string[];
  rows: readonly (readonly SheetCell[])[];
}

function tableCell(cell: SheetCell): ExcelCellValue {
  if (cell === null || cell === undefined || cell === '') return null;
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? null : cell;
  return safeText(typeof cell === 'string' ? cell : cellText(cell));
}

export async function writeTableWorkbook(table: PlainTable): Promise<Uint8Array> {
  const workbook = await newWorkbook();
  const worksheet = workbook.addWorksheet(worksheetName(table.sheetName, new Set()), {
    views: [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }],
  });
  const width = (index: number) =>
    Math.min(40, Math.max(10, ...[table.headers[index], ...table.rows.map((row) => row[index])].map((cell) => cellText(cell).length * 2 + 2)));
  worksheet.columns = table.headers.map((_, index) => ({ width: width(index), style: { numFmt: '@' } }));
  const header = worksheet.getRow(1);
  table.headers.forEach((text, index) => {
    const cell = header.getCell(index + 1);
    cell.value = safeText(text);
    cell.font = { bold: true };
  });
  worksheet.addRows(table.rows.map((row) => table.headers.map((_, index) => tableCell(row[index]))));
  for (let index = 0; index < table.rows.length; index++) {
    const row = table.rows[index] ?? [];
    row.forEach((cell, column) => {
      if (cell instanceof Date) worksheet.getCell(index + 2, column + 1).numFmt = 'yyyy-mm-dd';
    });
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
