/**
 * A household's status for one day, from that day's visits and fever reports: what the building
 * grid colours and the home screen counts. Voided records do not count.
 */
import type { EntityRecord, RecordMeta } from '../entities/entity-record';
import type { VisitCheck } from '../entities/visit';
import { isFever } from '../temperature';

export const ROOM_STATUSES = ['not_visited', 'visited', 'not_home', 'refused', 'fever'] as const;
export type RoomStatus = (typeof ROOM_STATUSES)[number];

/** What the day's rules read of a visit and of a fever report. */
export type DayVisit = Pick<EntityRecord<'visit'>, 'id' | 'householdId' | 'visitedAt' | 'outcome' | 'checks' | 'voidedAt' | 'createdBy'>;
export type DayFeverReport = Pick<EntityRecord<'fever_report'>, 'householdId' | 'residentId' | 'reportedAt' | 'voidedAt' | 'createdBy'>;

export function isVoided(record: Pick<RecordMeta, 'voidedAt'>): boolean {
  return record.voidedAt !== undefined;
}

/** A resident check at the door that found a fever: 37.3 °C or more, or fever among the symptoms. */
export function isFeverCheck(check: Pick<VisitCheck, 'temperature' | 'symptoms'>): boolean {
  return (check.temperature !== undefined && isFever(check.temperature)) || check.symptoms.includes('fever');
}

export function visitFoundFever(visit: Pick<DayVisit, 'outcome' | 'checks'>): boolean {
  return visit.outcome === 'visited' && visit.checks.some(isFeverCheck);
}

/** Of two visits to one door, whether `candidate` is the later: later visit time, on the same time the later id (UUIDv7 ids are time-ordered). */
export function isLaterVisit(candidate: Pick<DayVisit, 'id' | 'visitedAt'>, current: Pick<DayVisit, 'id' | 'visitedAt'>): boolean {
  const a = Date.parse(candidate.visitedAt);
  const b = Date.parse(current.visitedAt);
  if (a !== b) return a > b;
  return candidate.id > current.id;
}

function outcomeStatus(outcome: DayVisit['outcome']): RoomStatus {
  if (outcome === 'not_home') return 'not_home';
  if (outcome === 'refused') return 'refused';
  return 'visited';
}

/**
 * Status per household id, for households with at least one (non-voided) visit or fever report
 * that day; every other household is 'not_visited'. A fever found or reported wins; otherwise the
 * latest visit's outcome counts (knocked twice: nobody home in the morning, visited at noon → visited).
 */
export function householdStatuses(visits: readonly DayVisit[], feverReports: readonly DayFeverReport[] = []): Map<string, RoomStatus> {
  const latest = new Map<string, DayVisit>();
  const fever = new Set<string>();
  for (const visit of visits) {
    if (isVoided(visit)) continue;
    if (visitFoundFever(visit)) fever.add(visit.householdId);
    const seen = latest.get(visit.householdId);
    if (!seen || isLaterVisit(visit, seen)) latest.set(visit.householdId, visit);
  }
  for (const report of feverReports) {
    if (!isVoided(report) && report.householdId !== undefined) fever.add(report.householdId);
  }
  const statuses = new Map<string, RoomStatus>();
  for (const [householdId, visit] of latest) statuses.set(householdId, outcomeStatus(visit.outcome));
  for (const householdId of fever) statuses.set(householdId, 'fever');
  return statuses;
}
