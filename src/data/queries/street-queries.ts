/**
 * The reads only the street officer's screen makes (issue 19), each on an index: kept apart so they load
 * with the street's screen.
 */
import type { RecordQuery } from './record-query';
import { between, everyRecord, query } from './record-queries';

/** Every community's own reports for the dates from `firstDate` to `lastDate` (YYYY-MM-DD, both included). */
export function communityReportsBetween(firstDate: string, lastDate: string): RecordQuery<'community_report'> {
  return query('communityReportsBetween', 'community_report', between('date', firstDate, lastDate));
}

/** The streets on this phone: a street officer's one. */
export function everyStreet(): RecordQuery<'street'> {
  return everyRecord('street');
}

/** Every community on this phone: a street officer's are its street's. */
export function everyCommunity(): RecordQuery<'community'> {
  return everyRecord('community');
}

/** The buildings sealed now, of every community on this phone. */
export function sealedBuildings(): RecordQuery<'building'> {
  return query('sealedBuildings', 'building', { kind: 'all' }, { filter: (building) => building.sealed });
}
