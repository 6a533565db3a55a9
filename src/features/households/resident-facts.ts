/** Small derived facts shown on the household screen: a resident's age and a record's time. */
import { parseIsoDate } from '../../shared/local-date';

/** Full years between a YYYY-MM-DD birth date and `today` (YYYY-MM-DD); null when the birth date is missing or invalid. */
export function ageOn(birthDate: unknown, today: string): number | null {
  if (typeof birthDate !== 'string') return null;
  const born = parseIsoDate(birthDate);
  const now = parseIsoDate(today);
  if (!born || !now) return null;
  const hadBirthday = now.month > born.month || (now.month === born.month && now.day >= born.day);
  const age = now.year - born.year - (hadBirthday ? 0 : 1);
  return age >= 0 ? age : null;
}

/** An ISO timestamp as a short local date and time in the UI language (the raw text if it does not parse). */
export function formatDateTime(timestamp: unknown, language: string): string {
  if (typeof timestamp !== 'string') return '';
  const at = Date.parse(timestamp);
  if (Number.isNaN(at)) return timestamp;
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(at);
}

/** Newest first by an ISO timestamp field (records with the same time keep their order). */
export function newestFirst<T extends Record<string, unknown>>(records: readonly T[], field: string): T[] {
  const time = (record: T) => {
    const value = record[field];
    const at = typeof value === 'string' ? Date.parse(value) : Number.NaN;
    return Number.isNaN(at) ? -Infinity : at;
  };
  return [...records].sort((a, b) => time(b) - time(a));
}
