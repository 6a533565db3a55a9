/**
 * Resident identity card numbers (居民身份证号码), GB 11643-1999:
 * 6-digit region code, 8-digit birth date, 3-digit sequence (odd = male), check character.
 */
import { formatIsoDate, isValidCalendarDate, latestDateAnywhere } from '../shared/local-date';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = '10X98765432';

/** Province-level codes that may open an ID number (first two digits). */
const PROVINCE_CODES = new Set([
  '11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37',
  '41', '42', '43', '44', '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65',
  '71', '81', '82', '83',
]);

export type IdNumberError =
  | 'id_number_length'
  | 'id_number_format'
  | 'id_number_region'
  | 'id_number_birth_date'
  | 'id_number_checksum';

export interface IdNumberInfo {
  birthDate: string;
  sex: 'male' | 'female';
}

export type IdNumberResult = { ok: true; value: string; info: IdNumberInfo } | { ok: false; error: IdNumberError };

/** The check character for the first 17 digits. */
export function idNumberCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK_CHARS[sum % 11]!;
}

/** Normalises (trim, upper-case x) and validates; `today` is YYYY-MM-DD for the future-date rule. */
export function checkIdNumber(raw: string, today: string = latestDateAnywhere()): IdNumberResult {
  const value = raw.trim().toUpperCase();
  if (value.length !== 18) return { ok: false, error: 'id_number_length' };
  if (!/^\d{17}[\dX]$/.test(value)) return { ok: false, error: 'id_number_format' };
  if (!PROVINCE_CODES.has(value.slice(0, 2))) return { ok: false, error: 'id_number_region' };
  const year = Number(value.slice(6, 10));
  const month = Number(value.slice(10, 12));
  const day = Number(value.slice(12, 14));
  const birthDate = formatIsoDate(year, month, day);
  if (year < 1900 || !isValidCalendarDate(year, month, day) || birthDate > today) {
    return { ok: false, error: 'id_number_birth_date' };
  }
  if (idNumberCheckChar(value) !== value[17]) return { ok: false, error: 'id_number_checksum' };
  const sex = Number(value[16]) % 2 === 1 ? 'male' : 'female';
  return { ok: true, value, info: { birthDate, sex } };
}

/** Birth date and sex from a valid ID number, or null. */
export function idNumberInfo(raw: string): IdNumberInfo | null {
  const result = checkIdNumber(raw);
  return result.ok ? result.info : null;
}

/**
 * 110102199001011234 → 110102********1234: the region (first 6) and the last 4 kept, the birth date
 * and sequence hidden. Shorter values (an old 15-digit ID) keep as much as leaves at least half hidden.
 * For what leaves the office (a masked ledger) and what another worker's phone receives of a visitor
 * at the gate (issue 18). A masked number masks to itself.
 */
export function maskIdNumber(idNumber: string): string {
  const value = idNumber.trim();
  if (value.length >= 14) return `${value.slice(0, 6)}${'*'.repeat(value.length - 10)}${value.slice(-4)}`;
  if (value.length > 4) return `${'*'.repeat(value.length - 4)}${value.slice(-4)}`;
  return '*'.repeat(Math.max(4, value.length));
}

/** A valid ID number as maskIdNumber leaves it: region, 8 stars, the last 4 (check character included). */
const MASKED_ID_NUMBER_PATTERN = /^\d{6}\*{8}\d{3}[\dX]$/;

/** Whether a value is a masked ID number (as the server sends a gate entry another worker recorded). */
export function isMaskedIdNumber(value: string): boolean {
  return MASKED_ID_NUMBER_PATTERN.test(value);
}
