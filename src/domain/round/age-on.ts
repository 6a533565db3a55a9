/** A person's age in whole years on a given date, from birth and reference dates written YYYY-MM-DD. */
import { parseIsoDate } from '../../shared/local-date';

/** Null when either date is missing, not a real calendar date, or the birth is after the reference date. */
export function ageOn(birthDate: string | undefined, onDate: string): number | null {
  if (birthDate === undefined) return null;
  const born = parseIsoDate(birthDate);
  const on = parseIsoDate(onDate);
  if (!born || !on) return null;
  const hadBirthday = on.month > born.month || (on.month === born.month && on.day >= born.day);
  const age = on.year - born.year - (hadBirthday ? 0 : 1);
  return age >= 0 ? age : null;
}
