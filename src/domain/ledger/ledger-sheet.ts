/**
 * A ledger (台账) sheet as any spreadsheet writer can take it: a title (community, register, date range,
 * exported at and by), typed columns with fitted widths, and rows of plain cell values. No xlsx library
 * here: the writer, loaded only when exporting, turns this into a workbook (title row, frozen header
 * row, auto-filter, text/date/number cell types from each column's kind).
 *
 * Dates are wall-clock values: a Date's UTC fields are the local date and time shown in the cell (as a
 * spreadsheet's date serial numbers mean them), made by `dateCell` and `wallClockCell`. A writer must
 * not shift them by a time zone.
 */
import type { LedgerColumnName, LedgerHeaderKey, LedgerRegisterKey, LedgerSheetKey, LedgerValueKey } from './ledger-keys';
import { headerKey } from './ledger-keys';
import { parseIsoDate } from '../../shared/local-date';

export type CellValue = string | number | Date | null;

/**
 * How a column's cells are written. 'text' cells are always text cells (ID numbers, phones, rooms: an
 * 18-digit ID must never become a number), already passed through safeText. 'date' is a day, 'time' a
 * time of day and 'datetime' both (wall-clock Dates); 'temperature' a number in °C with one decimal.
 */
export type ColumnKind = 'text' | 'number' | 'date' | 'time' | 'datetime' | 'temperature';

export interface LedgerColumn {
  key: LedgerColumnName;
  /** A message key; the caller translates it in the UI's language. */
  header: LedgerHeaderKey;
  /** In characters (a Chinese character counts two), fitted to header and content, capped. */
  width: number;
  kind: ColumnKind;
}

export interface TitleInfo {
  community: string;
  /** The register's name, a message key (人房关联台账 …). */
  register: LedgerRegisterKey;
  /** The days covered, YYYY-MM-DD, both included; null for a register that is a snapshot. */
  dateRange: { from: string; to: string } | null;
  exportedAt: Date;
  /** The name of the person exporting. */
  exportedBy: string;
}

export interface LedgerSheet {
  key: LedgerSheetKey;
  title: TitleInfo;
  columns: LedgerColumn[];
  /** One array per row, a value per column in the columns' order. */
  rows: CellValue[][];
}

/** The caller's translation of coded values (sex, tags, outcomes …), e.g. i18next's `t`. */
export type LedgerLabel = (key: LedgerValueKey) => string;

/** Who exports what and when; each builder adds its register and date range. */
export type ExportInfo = Pick<TitleInfo, 'community' | 'exportedAt' | 'exportedBy'>;

/** What every sheet builder takes. */
export interface LedgerOptions {
  title: ExportInfo;
  /** Mask ID numbers (110102********1234) and phones (138****1234): on for files that leave the office. */
  mask: boolean;
  label: LedgerLabel;
  /** Translated headers, to fit widths to them; without it a column is fitted to its content only (and MIN_WIDTH). */
  headerText?: (key: LedgerHeaderKey) => string;
}

export const MIN_WIDTH = 6;
export const MAX_WIDTH = 50;

/**
 * Whether a value fits its column's kind: text columns hold strings only (an ID number is never a
 * number), number and temperature columns finite numbers, date and time columns Dates; any cell may be
 * empty (null). A writer may check each cell with it before typing the cell.
 */
export function cellMatchesKind(value: CellValue, kind: ColumnKind): boolean {
  if (value === null) return true;
  switch (kind) {
    case 'text':
      return typeof value === 'string';
    case 'number':
    case 'temperature':
      return typeof value === 'number' && Number.isFinite(value);
    case 'date':
    case 'time':
    case 'datetime':
      return value instanceof Date && !Number.isNaN(value.getTime());
  }
}

/** The width text takes in a spreadsheet column: two for a wide (CJK, full-width) character, one for others. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(char) || char.codePointAt(0)! > 0xffff ? 2 : 1;
  return width;
}

/** Widths a Date takes by kind: 2026-11-25, 09:30, 2026-11-25 09:30. */
const DATE_WIDTHS: Record<ColumnKind, number> = { text: 0, number: 0, temperature: 0, date: 10, time: 5, datetime: 16 };

function cellWidth(value: CellValue, kind: ColumnKind): number {
  if (value === null) return 0;
  if (value instanceof Date) return DATE_WIDTHS[kind] || 16;
  if (typeof value === 'number') return String(kind === 'temperature' ? value.toFixed(1) : value).length;
  return Math.max(0, ...value.split(/\r?\n/).map(displayWidth));
}

export interface ColumnSpec {
  key: LedgerColumnName;
  kind: ColumnKind;
}

/** Columns with widths fitted to the header (when translated) and the widest cell, plus a margin, between MIN_WIDTH and MAX_WIDTH. */
export function fitColumns(specs: readonly ColumnSpec[], rows: readonly CellValue[][], headerText?: (key: LedgerHeaderKey) => string): LedgerColumn[] {
  return specs.map((spec, index) => {
    const header = headerKey(spec.key);
    let widest = headerText ? displayWidth(headerText(header)) : 0;
    for (const row of rows) widest = Math.max(widest, cellWidth(row[index] ?? null, spec.kind));
    return { key: spec.key, header, kind: spec.kind, width: Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widest + 2)) };
  });
}

/** A day written YYYY-MM-DD as a date cell (midnight UTC of that day), or null when missing or not a date. */
export function dateCell(date: string | undefined): Date | null {
  const parsed = date === undefined ? null : parseIsoDate(date);
  return parsed ? new Date(Date.UTC(parsed.year, parsed.month - 1, parsed.day)) : null;
}

/** An ISO timestamp as the wall clock in the phone's time zone (as localDay counts days), or null. */
export function wallClockCell(timestamp: string | undefined): Date | null {
  if (timestamp === undefined) return null;
  const at = new Date(timestamp);
  if (Number.isNaN(at.getTime())) return null;
  return new Date(Date.UTC(at.getFullYear(), at.getMonth(), at.getDate(), at.getHours(), at.getMinutes(), at.getSeconds()));
}

/** A wall-clock Date as the day it falls on (its time dropped). */
export function dayOf(wallClock: Date | null): Date | null {
  return wallClock ? new Date(Date.UTC(wallClock.getUTCFullYear(), wallClock.getUTCMonth(), wallClock.getUTCDate())) : null;
}

/** A sheet from its column specs and rows: its register in the title, widths fitted. */
export function makeSheet(
  key: LedgerSheetKey,
  specs: readonly ColumnSpec[],
  rows: CellValue[][],
  options: LedgerOptions,
  dateRange: TitleInfo['dateRange'] = null,
): LedgerSheet {
  const title: TitleInfo = { ...options.title, register: `ledger:registers.${key}`, dateRange };
  return { key, title, columns: fitColumns(specs, rows, options.headerText), rows };
}
