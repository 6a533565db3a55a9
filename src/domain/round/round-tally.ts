/**
 * Today's round in numbers: how many households were visited, found nobody home, refused or had a
 * fever, out of how many, from the day's statuses (see day-status.ts).
 */
import type { RoomStatus } from './day-status';

export interface RoundTally {
  total: number;
  /** Someone opened and was checked: visited, or a fever found. */
  visited: number;
  notHome: number;
  refused: number;
  /** Households with a fever found or reported. */
  fever: number;
  /** Not knocked on today. */
  notVisited: number;
}

export function tallyStatuses(householdIds: Iterable<string>, statuses: ReadonlyMap<string, RoomStatus>): RoundTally {
  const tally: RoundTally = { total: 0, visited: 0, notHome: 0, refused: 0, fever: 0, notVisited: 0 };
  for (const id of householdIds) {
    tally.total += 1;
    const status = statuses.get(id) ?? 'not_visited';
    if (status === 'visited') tally.visited += 1;
    else if (status === 'fever') {
      tally.visited += 1;
      tally.fever += 1;
    } else if (status === 'not_home') tally.notHome += 1;
    else if (status === 'refused') tally.refused += 1;
    else tally.notVisited += 1;
  }
  return tally;
}

/**
 * The same tally from a building's household count and the statuses of its households knocked on today
 * (the rest are not visited): a whole community's buildings without reading every household.
 */
export function tallyCounted(total: number, statuses: Iterable<RoomStatus>): RoundTally {
  const tally: RoundTally = { total, visited: 0, notHome: 0, refused: 0, fever: 0, notVisited: total };
  for (const status of statuses) {
    if (status === 'not_visited') continue;
    tally.notVisited -= 1;
    if (status === 'visited') tally.visited += 1;
    else if (status === 'fever') {
      tally.visited += 1;
      tally.fever += 1;
    } else if (status === 'not_home') tally.notHome += 1;
    else tally.refused += 1;
  }
  tally.notVisited = Math.max(0, tally.notVisited);
  return tally;
}
