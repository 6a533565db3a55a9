/**
 * The counts of a worker's daily report for one grid and one day, computed from the records on the phone.
 * Pure: the caller reads the day's visits and fever reports and says which grid each household is in.
 */
import type { DailyReportCounts } from '../entities/daily-report';
import type { RecordMeta } from '../entities/entity-record';
import { isFeverCheck, isLaterVisit, isVoided, type DayFeverReport, type DayVisit } from './day-status';

export interface DailyCountsInput {
  visits: readonly DayVisit[];
  feverReports: readonly DayFeverReport[];
  /** householdId → gridId (through the household's building). */
  householdGrid: ReadonlyMap<string, string>;
  gridId: string;
  /** The local day being closed (see localDay in src/shared/local-date.ts). */
  day: { includes(timestamp: string): boolean };
  /** Whose records count: a worker's own daily report; null counts every writer's (the community's view of a grid). */
  userId: string | null;
  /**
   * Whether fever reports made directly (no household: someone not in the register) count in this grid.
   * The caller says yes for the user's first grid only, so such a report counts exactly once (the community's
   * view asks per report: in its writer's first grid).
   */
  includeDirectReports?: boolean | ((report: DayFeverReport) => boolean);
}

/** A record of this user: created by them, or without createdBy (created on this phone, not sent yet). */
export function isOwn(record: Pick<RecordMeta, 'createdBy'>, userId: string): boolean {
  return record.createdBy === undefined || record.createdBy === userId;
}

/**
 * Counts of one day, one grid, one user (or every user); voided records never count. A household knocked several times
 * counts once, with its latest outcome, so visited + notHome + refused = doorsKnocked. Residents checked and
 * fevers found are distinct residents over the day's visited visits; fevers reported are the day's fever
 * reports, one per resident (a report without a resident counts on its own).
 */
export function computeDailyCounts(input: DailyCountsInput): DailyReportCounts {
  const { visits, feverReports, householdGrid, gridId, day, userId, includeDirectReports = false } = input;
  const latest = new Map<string, DayVisit>();
  const checked = new Set<string>();
  const feverish = new Set<string>();
  for (const visit of visits) {
    if (isVoided(visit) || (userId !== null && !isOwn(visit, userId)) || !day.includes(visit.visitedAt)) continue;
    const householdId = visit.householdId;
    if (householdGrid.get(householdId) !== gridId) continue;
    const seen = latest.get(householdId);
    if (!seen || isLaterVisit(visit, seen)) latest.set(householdId, visit);
    if (visit.outcome !== 'visited') continue;
    for (const check of visit.checks) {
      checked.add(check.residentId);
      if (isFeverCheck(check)) feverish.add(check.residentId);
    }
  }
  let visited = 0;
  let notHome = 0;
  let refused = 0;
  for (const visit of latest.values()) {
    if (visit.outcome === 'not_home') notHome++;
    else if (visit.outcome === 'refused') refused++;
    else visited++;
  }
  const reportedResidents = new Set<string>();
  let reportsWithoutResident = 0;
  for (const report of feverReports) {
    if (isVoided(report) || (userId !== null && !isOwn(report, userId)) || !day.includes(report.reportedAt)) continue;
    const householdId = report.householdId;
    const direct = typeof includeDirectReports === 'function' ? includeDirectReports(report) : includeDirectReports;
    const inGrid = householdId !== undefined ? householdGrid.get(householdId) === gridId : direct;
    if (!inGrid) continue;
    if (report.residentId !== undefined) reportedResidents.add(report.residentId);
    else reportsWithoutResident++;
  }
  return {
    doorsKnocked: latest.size,
    visited,
    notHome,
    refused,
    residentsChecked: checked.size,
    feversFound: feverish.size,
    feversReported: reportedResidents.size + reportsWithoutResident,
  };
}
