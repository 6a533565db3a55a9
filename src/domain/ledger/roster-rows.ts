/**
 * The roster's rows as typed text: each mapped cell trimmed and half-width, ID numbers and phones
 * read as the digits they are (or reported when a spreadsheet turned an ID number into a number),
 * birth dates as YYYY-MM-DD (or YYYY-MM for 出生年月). Blank rows are skipped.
 */
import { formatIsoDate, isValidCalendarDate } from '../../shared/local-date';
import { cellText } from '../../shared/spreadsheet/sheet-cells';
import { ROSTER_FIELDS, type ColumnMapping, type RosterCell, type RosterField, type RosterSheetRow } from './roster-columns';

export interface RosterRow {
  /** The row's 1-based number in the sheet, as the user sees it. */
  rowNumber: number;
  values: Record<RosterField, string>;
  /**
   * The ID number came as a number (1.10102E+17, or its last digits lost): it cannot be recovered;
   * values.idNumber then holds what the cell showed.
   */
  idNumberAsNumber: boolean;
  /** The birth date cell could not be read as a date (values.birthDate holds its text). */
  birthDateUnreadable: boolean;
}

/** A number written in scientific notation, as Excel shows a long number (1.10102E+17). */
const SCIENTIFIC = /^\d+(\.\d+)?e\+?\d+$/i;
/** Excel's day 0 is 1899-12-30 (its serial dates count days from there). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

function readIdNumber(cell: RosterCell): { text: string; asNumber: boolean } {
  if (typeof cell === 'number') return { text: cellText(cell), asNumber: true };
  const text = cellText(cell).replace(/\s/g, '');
  if (SCIENTIFIC.test(text)) return { text, asNumber: true };
  // The check character is often typed as a small x.
  return { text: text.endsWith('x') ? `${text.slice(0, -1)}X` : text, asNumber: false };
}

/** A phone's digits: a number cell written out, spaces and dashes of a mobile number removed. */
function readPhone(cell: RosterCell): string {
  const text = cellText(cell).replace(/\s/g, '');
  const digits = text.replace(/-/g, '');
  return /^1\d{10}$/.test(digits) ? digits : text;
}

function isoIfValid(year: number, month: number, day: number): string | null {
  return isValidCalendarDate(year, month, day) ? formatIsoDate(year, month, day) : null;
}

/**
 * A birth date as written in rosters: 1985-06-15, 1985/6/15, 1985.6.15, 1985年6月15日, 19850615,
 * or only year and month (1985-06, 1985年6月 → "1985-06"); a date cell or an Excel serial number.
 * Null when it is none of these.
 */
export function readRosterDate(cell: RosterCell): string | null {
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? null : cell.toISOString().slice(0, 10);
  if (typeof cell === 'number') {
    if (Number.isInteger(cell) && cell >= 19000101 && cell <= 29991231) return readRosterDate(String(cell));
    if (cell >= 1 && cell < 2958466) return new Date(EXCEL_EPOCH_MS + Math.floor(cell) * DAY_MS).toISOString().slice(0, 10);
    return null;
  }
  const text = cellText(cell).replace(/\s/g, '');
  if (text === '') return null;
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (compact) return isoIfValid(Number(compact[1]), Number(compact[2]), Number(compact[3]));
  const full = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(text);
  if (full) return isoIfValid(Number(full[1]), Number(full[2]), Number(full[3]));
  const month = /^(\d{4})[-/.年](\d{1,2})月?$/.exec(text);
  if (month) {
    const m = Number(month[2]);
    return m >= 1 && m <= 12 ? `${month[1]}-${String(m).padStart(2, '0')}` : null;
  }
  return null;
}

function emptyValues(): Record<RosterField, string> {
  return { building: '', unit: '', room: '', name: '', idNumber: '', phone: '', sex: '', birthDate: '', householdPhone: '', tags: '' };
}

/** The fields that say who a row is about. */
const PERSON_FIELDS: readonly RosterField[] = ['name', 'idNumber', 'phone', 'birthDate'];

/** One sheet row as a roster row, or null when it names no person (every mapped person cell blank). */
export function readRosterRow(cells: RosterSheetRow, rowNumber: number, mapping: ColumnMapping): RosterRow | null {
  const values = emptyValues();
  let idNumberAsNumber = false;
  let birthDateUnreadable = false;
  for (const field of ROSTER_FIELDS) {
    const column = mapping[field];
    if (column === undefined) continue;
    const cell = cells[column];
    if (field === 'idNumber') {
      const id = readIdNumber(cell);
      values.idNumber = id.text;
      idNumberAsNumber = id.asNumber;
    } else if (field === 'phone' || field === 'householdPhone') {
      values[field] = readPhone(cell);
    } else if (field === 'birthDate') {
      const date = readRosterDate(cell);
      values.birthDate = date ?? cellText(cell);
      birthDateUnreadable = date === null && values.birthDate !== '';
    } else {
      values[field] = cellText(cell);
    }
  }
  // A row naming no person (blank, or only an address: an exported register's empty household) is no resident to import.
  if (PERSON_FIELDS.every((field) => values[field] === '')) return null;
  return { rowNumber, values, idNumberAsNumber, birthDateUnreadable };
}

/**
 * The rows below the header (headerIndex: the header's 0-based index in `rows`), blank ones
 * skipped, each with its 1-based sheet row number.
 */
export function readRosterRows(rows: readonly RosterSheetRow[], headerIndex: number, mapping: ColumnMapping): RosterRow[] {
  const result: RosterRow[] = [];
  for (let index = headerIndex + 1; index < rows.length; index++) {
    const row = readRosterRow(rows[index] ?? [], index + 1, mapping);
    if (row !== null) result.push(row);
  }
  return result;
}
