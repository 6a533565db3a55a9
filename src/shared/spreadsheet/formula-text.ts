/**
 * Text a spreadsheet would run as a formula, kept as text (OWASP "CSV Injection"): a cell starting
 * with = + - @, a tab or a carriage return may be run as a formula (=HYPERLINK(…), =cmd|…) when the
 * file is opened, or after it is saved as CSV and opened again. Such text gets a leading single quote
 * ('), as OWASP advises; the ledger's writer also makes every text column's cells text cells. The quote
 * keeps the value inert even where the cell type is lost (a copy to CSV, a paste); `restoreSafeText`
 * removes it again, so reading an exported file gives back the original value (the round trip).
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
