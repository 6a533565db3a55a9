/**
 * A seal's day count: the start date is "Day 1 of 14"; from day 14 on the building is due to lift.
 * Pure, on local dates (YYYY-MM-DD): the caller says what today is. Free of zod: the worker's Home uses it.
 */
import type { EntityRecord } from '../entities/entity-record';

/** How long a seal normally lasts: "Day <n> of 14"; from day 14 the building is due to lift. */
export const SEAL_DAYS = 14;

type Period = Pick<EntityRecord<'seal_period'>, 'id' | 'buildingId' | 'startDate' | 'liftedOn' | 'voidedAt'>;

const DAY_MS = 86_400_000;

function dayNumber(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  return Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1) / DAY_MS;
}

/** Day <n> of the seal on `today` (1 on the start date); 0 when it starts later. */
export function sealDay(startDate: string, today: string): number {
  const n = dayNumber(today) - dayNumber(startDate) + 1;
  return n > 0 ? n : 0;
}

/** Whether a seal that holds has reached its last planned day (day 14 or later): "Due to lift". */
export function isDueToLift(startDate: string, today: string): boolean {
  return sealDay(startDate, today) >= SEAL_DAYS;
}

/** The period that holds on `today` (started, not lifted, not voided), the latest started if several. */
export function currentSeal<P extends Period>(periods: readonly P[], today: string): P | undefined {
  let current: P | undefined;
  for (const period of periods) {
    if (period.voidedAt !== undefined || period.liftedOn !== undefined || period.startDate > today) continue;
    if (!current || period.startDate > current.startDate || (period.startDate === current.startDate && period.id > current.id)) current = period;
  }
  return current;
}
