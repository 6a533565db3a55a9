/**
 * The roster import's pure steps between the file and the writes: which sheet and header row to read,
 * the column mapping after the user's re-matching, the checked rows, and the "Rows with errors" table
 * (the file's own header, each wrong row as it was, its row number and the reasons).
 */
import { checkRoster, type RosterCheck, type RosterReason, type RosterRegister } from '../../domain/ledger/roster-check';
import { missingFields, overrideMapping, ROSTER_SHEET, type ColumnMapping, type RosterField } from '../../domain/ledger/roster-columns';
import { readRosterRows } from '../../domain/ledger/roster-rows';
import type { SpreadsheetSheet } from '../../shared/spreadsheet/read-spreadsheet';
import { cellText } from '../../shared/spreadsheet/sheet-cells';
import { findSheetLayout, type SheetLayout } from '../../shared/spreadsheet/sheet-layout';
import type { PlainTable } from './xlsx/write-table-workbook';

export type RosterLayout = SheetLayout<RosterField>;

/** The first sheet with a roster header row (of the first 30 rows, past title rows); null when none has one. */
export function findRosterLayout(sheets: readonly SpreadsheetSheet[]): RosterLayout | null {
  return findSheetLayout(ROSTER_SHEET, sheets);
}

export interface RosterPreview {
  mapping: ColumnMapping;
  missing: RosterField[];
  /** Null until every required field has a column. */
  check: RosterCheck | null;
}

export function previewRoster(
  sheet: SpreadsheetSheet,
  layout: RosterLayout,
  changes: Partial<Record<RosterField, number | null>>,
  register: RosterRegister,
  today: string,
): RosterPreview {
  const mapping = overrideMapping(layout.auto, changes);
  const missing = missingFields(mapping);
  if (missing.length > 0) return { mapping, missing, check: null };
  return { mapping, missing, check: checkRoster(readRosterRows(sheet.rows, layout.headerIndex, mapping), register, today) };
}

/** The "Rows with errors" table: the header as it was, then row number and reasons after the file's columns. */
export function rowsWithErrorsTable(
  sheet: SpreadsheetSheet,
  layout: RosterLayout,
  check: RosterCheck,
  words: { sheetName: string; rowNumber: string; reasons: string },
  reasonText: (reason: RosterReason) => string,
): PlainTable {
  const header = sheet.rows[layout.headerIndex] ?? [];
  const width = Math.max(header.length, ...check.rows.filter((row) => row.status === 'wrong').map((row) => (sheet.rows[row.row.rowNumber - 1] ?? []).length));
  const headers = Array.from({ length: width }, (_, column) => cellText(header[column]));
  const rows = check.rows.flatMap((checked) => {
    if (checked.status !== 'wrong') return [];
    const cells = sheet.rows[checked.row.rowNumber - 1] ?? [];
    const own = Array.from({ length: width }, (_, column) => cells[column] ?? null);
    return [[...own, String(checked.row.rowNumber), checked.reasons.map(reasonText).join('；')]];
  });
  return { sheetName: words.sheetName, headers: [...headers, words.rowNumber, words.reasons], rows };
}

/** What a new building's form starts with, from the file's rows naming it: its units and floors (room 1203 → floor 12). */
export function newBuildingDefaults(check: RosterCheck, name: string): { units: number; floors: number } {
  let units = 1;
  let floors = 1;
  for (const checked of check.rows) {
    if (checked.row.values.building !== name) continue;
    const unit = Number.parseInt(checked.row.values.unit.replace(/\D+/g, ''), 10);
    const room = Number.parseInt(checked.row.values.room.replace(/\D+/g, ''), 10);
    if (Number.isFinite(unit) && unit <= 99) units = Math.max(units, unit);
    if (Number.isFinite(room) && room >= 100) floors = Math.max(floors, Math.min(200, Math.floor(room / 100)));
  }
  return { units, floors };
}
