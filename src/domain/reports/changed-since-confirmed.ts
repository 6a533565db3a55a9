/**
 * "Changed since confirmed": a grid's counts recomputed now from the records on the phone, with the same
 * function the worker's daily report uses (computeDailyCounts), against the counts the worker confirmed.
 */
import { DAILY_REPORT_COUNTS, type DailyReportCount, type DailyReportCounts } from '../entities/daily-report';
import { computeDailyCounts, type DailyCountsInput } from '../round/daily-counts';
import type { ConfirmedReport } from './report-status';

/** Count → now minus confirmed, for the counts that differ only; empty when nothing changed. */
export type CountsDifference = Partial<Record<DailyReportCount, number>>;

export function countsDifference(confirmed: DailyReportCounts, now: DailyReportCounts): CountsDifference {
  const difference: CountsDifference = {};
  for (const name of DAILY_REPORT_COUNTS) {
    if (now[name] !== confirmed[name]) difference[name] = now[name] - confirmed[name];
  }
  return difference;
}

function size(difference: CountsDifference): number {
  return Object.values(difference).reduce((sum, value) => sum + Math.abs(value), 0);
}

export interface ChangeSinceConfirmed {
  /** The counts as they are now. */
  now: DailyReportCounts;
  difference: CountsDifference;
  changed: boolean;
}

/**
 * The report's counts recomputed for its writer (report.createdBy; `fallbackUserId` for a report made on
 * this phone and not sent yet), its grid and its day. The worker's screen counts fever reports made without
 * a household in their first grid only, which this phone cannot know: both readings are tried and the
 * one closer to the confirmed counts is kept, so such a report never shows as a change on its own.
 */
export function changeSinceConfirmed(
  report: ConfirmedReport,
  records: Pick<DailyCountsInput, 'visits' | 'feverReports' | 'householdGrid' | 'day'>,
  fallbackUserId: string,
): ChangeSinceConfirmed {
  const input: DailyCountsInput = { ...records, gridId: report.gridId, userId: report.createdBy ?? fallbackUserId };
  let best: ChangeSinceConfirmed | undefined;
  for (const includeDirectReports of [false, true]) {
    const now = computeDailyCounts({ ...input, includeDirectReports });
    const difference = countsDifference(report.counts, now);
    if (!best || size(difference) < size(best.difference)) best = { now, difference, changed: size(difference) > 0 };
  }
  return best!;
}
