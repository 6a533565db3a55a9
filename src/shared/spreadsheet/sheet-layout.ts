/**
 * Where an import reads a picked file: which sheet, which row is the header, and the columns matched
 * from it (header-match.ts); a column's name in the re-matching choices.
 */
import { findFieldHeaderRow, matchFieldHeaders, type FieldColumns, type SheetFields } from './header-match';
import type { SpreadsheetSheet } from './read-spreadsheet';
import { cellText, type SheetRow } from './sheet-cells';

export interface SheetLayout<F extends string> {
  sheetIndex: number;
  /** The header row's 0-based index in the sheet's rows. */
  headerIndex: number;
  /** The mapping found from the headers. */
  auto: FieldColumns<F>;
}

/** The first sheet with a header row (of the first 30 rows, past title rows); null when none has one. */
export function findSheetLayout<F extends string>(set: SheetFields<F>, sheets: readonly SpreadsheetSheet[]): SheetLayout<F> | null {
  for (const [sheetIndex, sheet] of sheets.entries()) {
    const header = findFieldHeaderRow(set, sheet.rows);
    if (header) return { sheetIndex, headerIndex: header.index, auto: header.match.mapping };
  }
  return null;
}

/** The layout of a sheet the user chose: its header row if found, else its first non-blank row. */
export function layoutOfSheetIn<F extends string>(set: SheetFields<F>, sheets: readonly SpreadsheetSheet[], sheetIndex: number): SheetLayout<F> {
  const rows = sheets[sheetIndex]?.rows ?? [];
  const header = findFieldHeaderRow(set, rows);
  if (header) return { sheetIndex, headerIndex: header.index, auto: header.match.mapping };
  const first = Math.max(0, rows.findIndex((row) => row.some((cell) => cellText(cell) !== '')));
  return { sheetIndex, headerIndex: first, auto: matchFieldHeaders(set, rows[first] ?? []).mapping };
}

/** A, B, … Z, AA, AB … */
export function columnLetter(column: number): string {
  let n = column + 1;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** A column's name in the mapping choices: its header text, else its letter. */
export function columnLabel(headerCells: SheetRow, column: number): string {
  const text = cellText(headerCells[column]);
  return text === '' ? columnLetter(column) : `${columnLetter(column)} · ${text}`;
}
