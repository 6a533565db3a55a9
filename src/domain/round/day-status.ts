/**
 * A household's status for one day, from that day's visits and fever reports: what the building
 * grid colours and the home screen counts. Voided records do not count.
 */
import { isFever } from '../temperature';

export const ROOM_STATUSES = ['not_visited', 'visited', 'not_home', 'refused', 'fever'] as const;
export type RoomStatus = (typeof ROOM_STATUSES)[number];

/** A stored record as the UI reads it: entity fields are not typed there. */
export type LooseRecord = Readonly<Record<string, unknown>>;

export function isVoided(record: LooseRecord): boolean {
  return typeof record.voidedAt === 'string';
}

/** A resident check at the door that found a fever: 37.3 °C or more, or fever among the symptoms. */
export function isFeverCheck(check: unknown): boolean {
  if (typeof check !== 'object' || check === null) return false;
  const { temperature, symptoms } = check as { temperature?: unknown; symptoms?: unknown };
  if (typeof temperature === 'number' && isFever(temperature)) return true;
  return Array.isArray(symptoms) && symptoms.includes('fever');
}

export function checksOf(visit: LooseRecord): unknown[] {
  return Array.isArray(visit.checks) ? visit.checks : [];
}

export function visitFoundFever(visit: LooseRecord): boolean {
  return visit.outcome === 'visited' && checksOf(visit).some(isFeverCheck);
}

function timeOf(timestamp: unknown): number {
  return typeof timestamp === 'string' ? Date.parse(timestamp) || 0 : 0;
}

/** Of two visits to one door, whether `candidate` is the later: later visit time, on the same time the later id (UUIDv7 ids are time-ordered). */
export function isLaterVisit(candidate: LooseRecord, current: LooseRecord): boolean {
  const a = timeOf(candidate.visitedAt);
  const b = timeOf(current.visitedAt);
  if (a !== b) return a > b;
  return String(candidate.id ?? '') > String(current.id ?? '');
}

function outcomeStatus(outcome: unknown): RoomStatus {
  if (outcome === 'not_home') return 'not_home';
  if (outcome === 'refused') return 'refused';
  return 'visited';
}

/**
 * Status per household id, for households with at least one (non-voided) visit or fever report
 * that day; every other household is 'not_visited'. A fever found or reported wins; otherwise the
 * latest visit's outcome counts (knocked twice: nobody home in the morning, visited at noon → visited).
 */
export function householdStatuses(visits: readonly LooseRecord[], feverReports: readonly LooseRecord[] = []): Map<string, RoomStatus> {
  const latest = new Map<string, LooseRecord>();
  const fever = new Set<string>();
  for (const visit of visits) {
    if (isVoided(visit) || typeof visit.householdId !== 'string') continue;
    if (visitFoundFever(visit)) fever.add(visit.householdId);
    const seen = latest.get(visit.householdId);
    if (!seen || isLaterVisit(visit, seen)) latest.set(visit.householdId, visit);
  }
  for (const report of feverReports) {
    if (!isVoided(report) && typeof report.householdId === 'string') fever.add(report.householdId);
  }
  const statuses = new Map<string, RoomStatus>();
  for (const [householdId, visit] of latest) statuses.set(householdId, outcomeStatus(visit.outcome));
  for (const householdId of fever) statuses.set(householdId, 'fever');
  return statuses;
}
