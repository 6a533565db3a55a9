/**
 * A spreadsheet's cells as a reader gives them (text, number, date, boolean), and how they are read
 * as text and as headers. Pure, library-free: shared by the roster import and the lab results import.
 */

/** One cell as an xlsx or csv reader gives it. */
export type SheetCell = string | number | Date | boolean | null | undefined;
export type SheetRow = readonly SheetCell[];

/** Full-width ASCII (Ａ１＃) to half-width, the ideographic space to a space. */
export function toHalfWidth(text: string): string {
  return text.replace(/[\uFF01-\uFF5E\u3000]/g, (char) =>
    char === '\u3000' ? ' ' : String.fromCharCode(char.charCodeAt(0) - 0xfee0),
  );
}

/** A cell as text: trimmed, half-width; numbers as written without exponent when whole; dates as YYYY-MM-DD (UTC). */
export function cellText(cell: SheetCell): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10);
  if (typeof cell === 'number') return Number.isInteger(cell) && Math.abs(cell) < 1e21 ? cell.toFixed(0) : String(cell);
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  return toHalfWidth(cell).trim();
}

/**
 * A header as compared: half-width, lower case, without spaces, line breaks, required-marks (*),
 * a bracketed note ("姓名（必填）", "Phone (mobile)") and punctuation.
 */
export function normalizeHeader(cell: SheetCell): string {
  return cellText(cell)
    .toLowerCase()
    .replace(/[([【（][^)\]】）]*[)\]】）]/g, '')
    .replace(/[\s*＊:：._\-#/\\、]/g, '');
}
