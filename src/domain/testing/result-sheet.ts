/**
 * A lab's results spreadsheet (tube number, result, and optionally the time of the result) as rows:
 * the field set the shared header matching finds the columns with, and each row read as typed values.
 * Result words: 阴性 / 阳性 / 无效, 阴 / 阳, negative / positive / invalid in any case. Pure.
 */
import type { TestResultValue } from '../entities/test-result';
import { MAX_TUBE_NUMBER_LENGTH } from '../entities/sampling';
import type { SheetFields } from '../../shared/spreadsheet/header-match';
import { cellText, type SheetCell, type SheetRow } from '../../shared/spreadsheet/sheet-cells';
import { tubeKey } from './campaign-tubes';

export const RESULT_FIELDS = ['tubeNumber', 'result', 'resultAt'] as const;
export type ResultField = (typeof RESULT_FIELDS)[number];

/** Each field's header names, written as normalizeHeader leaves them. */
const HEADER_NAMES: Record<ResultField, readonly string[]> = {
  tubeNumber: [
    '管号', '试管号', '采样管号', '采样管编号', '试管编号', '试管条码', '条码', '条码号', '样本编号', '样本号', '样本条码', '标本号', '标本编号', '混管编号', '管码',
    'tube', 'tubeno', 'tubenumber', 'tubeid', 'tubebarcode', 'sampleid', 'sampleno', 'samplenumber', 'barcode',
  ],
  result: ['结果', '检测结果', '核酸结果', '核酸检测结果', '检验结果', '报告结果', 'result', 'testresult', 'labresult', 'outcome'],
  resultAt: [
    '时间', '检测时间', '报告时间', '结果时间', '出结果时间', '出报告时间', '检测日期', '报告日期', '审核时间',
    'time', 'date', 'resulttime', 'resultat', 'reporttime', 'reportedat', 'testedat', 'datetime',
  ],
};

/** The results sheet's field set: tube number and result are required; a header row names both. */
export const RESULT_SHEET: SheetFields<ResultField> = {
  fields: RESULT_FIELDS,
  required: ['tubeNumber', 'result'],
  headerNames: HEADER_NAMES,
  minHeaderFields: 2,
};

const RESULT_WORDS: ReadonlyMap<string, TestResultValue> = new Map([
  ['阴性', 'negative'],
  ['阴', 'negative'],
  ['negative', 'negative'],
  ['阳性', 'positive'],
  ['阳', 'positive'],
  ['positive', 'positive'],
  ['无效', 'invalid'],
  ['invalid', 'invalid'],
]);

/** The result a word names (any case, spaces ignored), or null. */
export function resultOfWord(text: string): TestResultValue | null {
  return RESULT_WORDS.get(text.replace(/\s+/g, '').toLowerCase()) ?? null;
}

const TUBE_NUMBER = new RegExp(`^[A-Z0-9-]{1,${MAX_TUBE_NUMBER_LENGTH}}$`);

/** A tube number as the lab wrote it, as stored (tubeKey), or null when it is not one. */
export function readTubeNumber(text: string): string | null {
  const key = tubeKey(text);
  return TUBE_NUMBER.test(key) ? key : null;
}

/** Excel's day 0 is 1899-12-30 (its serial dates count days from there). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/** A wall-clock time (a Date whose UTC fields are the time shown) as that time on the phone's clock. */
function onPhoneClock(wallClock: Date): Date {
  return new Date(
    wallClock.getUTCFullYear(),
    wallClock.getUTCMonth(),
    wallClock.getUTCDate(),
    wallClock.getUTCHours(),
    wallClock.getUTCMinutes(),
    wallClock.getUTCSeconds(),
  );
}

/**
 * The time of a result as a lab writes it, on the phone's clock (China's): a date-time cell, an Excel
 * serial number, or text "2026-11-26 20:05", "2026/11/26 20:05:30", "2026年11月26日 20时05分", a day
 * alone (its midnight). Null when it is none of these.
 */
export function readResultTime(cell: SheetCell): Date | null {
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? null : onPhoneClock(cell);
  if (typeof cell === 'number') return cell >= 1 && cell < 2958466 ? onPhoneClock(new Date(EXCEL_EPOCH_MS + Math.round(cell * DAY_MS))) : null;
  const text = cellText(cell);
  const match = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:[\sT]+(\d{1,2})[:：时](\d{1,2})(?:[:：分](\d{1,2})秒?)?分?)?$/.exec(text);
  if (!match) return null;
  const part = (index: number) => Number(match[index] ?? 0);
  const [year, month, day, hour, minute, second] = [part(1), part(2), part(3), part(4), part(5), part(6)];
  const at = new Date(year, month - 1, day, hour, minute, second);
  const valid = at.getFullYear() === year && at.getMonth() === month - 1 && at.getDate() === day && hour < 24 && minute < 60 && second < 60;
  return valid ? at : null;
}

/** One row of the lab's sheet as read. */
export interface LabRow {
  /** The row's 1-based number in the sheet, as the user sees it. */
  rowNumber: number;
  /** The tube number as written (trimmed, half-width). */
  tubeText: string;
  /** As stored (capitals), or null when it is not a tube number. */
  tubeNumber: string | null;
  resultText: string;
  result: TestResultValue | null;
  /** The time cell as written; '' when absent. */
  timeText: string;
  /** The time read, as an ISO timestamp; null when absent or unreadable. */
  resultAt: string | null;
}

/** The rows below the header (headerIndex: its 0-based index), blank rows skipped. */
export function readLabRows(rows: readonly SheetRow[], headerIndex: number, mapping: Partial<Record<ResultField, number>>): LabRow[] {
  const read: LabRow[] = [];
  const cellOf = (cells: SheetRow, field: ResultField) => {
    const column = mapping[field];
    return column === undefined ? null : cells[column];
  };
  for (let index = headerIndex + 1; index < rows.length; index++) {
    const cells = rows[index] ?? [];
    const tubeText = cellText(cellOf(cells, 'tubeNumber'));
    const resultText = cellText(cellOf(cells, 'result'));
    const timeCell = cellOf(cells, 'resultAt');
    const timeText = timeCell instanceof Date ? (readResultTime(timeCell)?.toISOString() ?? '') : cellText(timeCell);
    if (tubeText === '' && resultText === '') continue;
    const time = timeText === '' ? null : readResultTime(timeCell);
    read.push({
      rowNumber: index + 1,
      tubeText,
      tubeNumber: readTubeNumber(tubeText),
      resultText,
      result: resultOfWord(resultText),
      timeText,
      resultAt: time ? time.toISOString() : null,
    });
  }
  return read;
}
