/**
 * What makes a ledger cell safe to hand out: text a spreadsheet would run as a formula kept as text,
 * and ID numbers and phones masked for files that leave the office.
 *
 * Formula injection (OWASP "CSV Injection"): a cell starting with = + - @, a tab or a carriage return
 * may be run as a formula (=HYPERLINK(…), =cmd|…) when the file is opened, or after it is saved as
 * CSV and opened again. Choice: such text gets a leading single quote ('), as OWASP advises, AND the
 * writer makes every text column's cells text cells. The quote keeps the value inert even where the
 * cell type is lost (a copy to CSV, a paste); it is visible in the cell, which tells the reader the
 * value was neutralised. `restoreSafeText` removes it again, so importing an exported file gives back
 * the original value (the round trip).
 */

/** The characters that open a formula (or a DDE command) at the start of a cell. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** The text as it is, or with a leading ' when a spreadsheet would run it as a formula. */
export function safeText(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** Undoes safeText: a ' put before a formula start is removed; any other text is left as it is. */
export function restoreSafeText(value: string): string {
  return value.startsWith("'") && FORMULA_START.test(value.slice(1)) ? value.slice(1) : value;
}

/**
 * 110102199001011234 → 110102********1234: the region (first 6) and the last 4 kept, the birth date
 * and sequence hidden. Shorter values (an old 15-digit ID) keep as much as leaves at least half hidden.
 */
export function maskIdNumber(idNumber: string): string {
  const value = idNumber.trim();
  if (value.length >= 14) return `${value.slice(0, 6)}${'*'.repeat(value.length - 10)}${value.slice(-4)}`;
  if (value.length > 4) return `${'*'.repeat(value.length - 4)}${value.slice(-4)}`;
  return '*'.repeat(Math.max(4, value.length));
}
