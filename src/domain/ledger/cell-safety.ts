/**
 * ID numbers masked for ledger files that leave the office. The other half of a cell's safety, text a
 * spreadsheet would run as a formula kept as text, is src/shared/spreadsheet/formula-text.ts (the
 * export writes it, the imports read it back).
 */
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
