/**
 * The community's day at a glance, from the records on the secretary's phone: each grid's counts by
 * the very function the worker's daily report uses (computeDailyCounts, over every writer), their sum,
 * the households not knocked yet, today's fever reports by action, and which grids have not confirmed.
 */
import { DAILY_REPORT_COUNTS, type DailyReportCounts } from '../entities/daily-report';
import type { EntityRecord } from '../entities/entity-record';
import { FEVER_ACTIONS, type FeverAction } from '../entities/fever-report';
import { computeDailyCounts } from '../round/daily-counts';
import { isVoided, type DayFeverReport, type DayVisit } from '../round/day-status';

export interface CommunityDayInput {
  /** The community's grids, in the order to show them. */
  gridIds: readonly string[];
  visits: readonly DayVisit[];
  feverReports: readonly (DayFeverReport & Pick<EntityRecord<'fever_report'>, 'action'>)[];
  /** householdId → gridId (through the household's building). */
  householdGrid: ReadonlyMap<string, string>;
  /** Households per grid (the register's total). */
  householdsPerGrid: ReadonlyMap<string, number>;
  day: { includes(timestamp: string): boolean };
  /** Grids with a daily report confirmed for the day. */
  confirmedGridIds: ReadonlySet<string>;
  /** A writer's first grid, where their reports without a household count (as in their own daily report). */
  firstGridOf?: (userId: string) => string | undefined;
}

export interface GridDay {
  gridId: string;
  households: number;
  counts: DailyReportCounts;
  confirmed: boolean;
}

export interface CommunityDay {
  grids: GridDay[];
  households: number;
  counts: DailyReportCounts;
  /** Households without any visit today. */
  notKnocked: number;
  /** Today's fever reports (not voided) by the action taken. */
  reportsByAction: Record<FeverAction, number>;
  /** Grids that have not confirmed the day's report. */
  unconfirmedGridIds: string[];
}

export function zeroCounts(): DailyReportCounts {
  return { doorsKnocked: 0, visited: 0, notHome: 0, refused: 0, residentsChecked: 0, feversFound: 0, feversReported: 0 };
}

export function addCounts(into: DailyReportCounts, counts: DailyReportCounts): DailyReportCounts {
  for (const name of DAILY_REPORT_COUNTS) into[name] += counts[name];
  return into;
}

export function computeCommunityDay(input: CommunityDayInput): CommunityDay {
  // A report made directly (no household) counts once: in its writer's first grid, as in their own report
  // (in the community's first grid when the writer's grids are not known on this phone).
  const directGrid = (report: DayFeverReport) =>
    (report.createdBy === undefined ? undefined : input.firstGridOf?.(report.createdBy)) ?? input.gridIds[0];
  const grids = input.gridIds.map((gridId) => ({
    gridId,
    households: input.householdsPerGrid.get(gridId) ?? 0,
    counts: computeDailyCounts({ ...input, gridId, userId: null, includeDirectReports: (report) => directGrid(report) === gridId }),
    confirmed: input.confirmedGridIds.has(gridId),
  }));
  const counts = grids.reduce((sum, grid) => addCounts(sum, grid.counts), zeroCounts());
  const households = grids.reduce((sum, grid) => sum + grid.households, 0);
  const reportsByAction = Object.fromEntries(FEVER_ACTIONS.map((action) => [action, 0])) as Record<FeverAction, number>;
  for (const report of input.feverReports) {
    if (!isVoided(report) && input.day.includes(report.reportedAt)) reportsByAction[report.action] += 1;
  }
  return {
    grids,
    households,
    counts,
    notKnocked: Math.max(0, households - counts.doorsKnocked),
    reportsByAction,
    unconfirmedGridIds: grids.filter((grid) => !grid.confirmed).map((grid) => grid.gridId),
  };
}
