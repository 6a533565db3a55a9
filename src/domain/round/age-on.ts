/** A person's age in whole years on a given date, from birth and reference dates written YYYY-MM-DD. */
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function ageOn(birthDate: unknown, onDate: string): number | null {
  if (typeof birthDate !== 'string') return null;
  const birth = DATE.exec(birthDate);
  const on = DATE.exec(onDate);
  if (!birth || !on) return null;
  const [, by, bm, bd] = birth.map(Number) as [number, number, number, number];
  const [, oy, om, od] = on.map(Number) as [number, number, number, number];
  const age = oy - by - (om < bm || (om === bm && od < bd) ? 1 : 0);
  return age >= 0 ? age : null;
}
