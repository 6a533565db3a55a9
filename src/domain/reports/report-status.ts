/**
 * A grid's daily report for one date as the secretary sees it: reported (with its time), late (confirmed
 * after the community's deadline), not reported, or a zero report. Pure: the caller reads the reports.
 */
import { DAILY_REPORT_COUNTS, type DailyReportCounts } from '../entities/daily-report';
import type { EntityRecord } from '../entities/entity-record';
import { DEFAULT_REPORT_DEADLINE } from '../entities/community-settings';
import { parseIsoDate } from '../../shared/local-date';

/** What these rules read of a grid worker's daily report. */
export type ConfirmedReport = Pick<EntityRecord<'daily_report'>, 'id' | 'gridId' | 'date' | 'counts' | 'confirmedAt' | 'createdBy'>;

export const REPORT_STATUSES = ['reported', 'late', 'not_reported', 'zero_report'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

export type GridReportStatus<R extends ConfirmedReport = ConfirmedReport> =
  | { status: 'not_reported'; report: null; late: false; zero: false }
  | {
      /** 'late' wins over 'zero_report' (a late zero report is both: see `zero`). */
      status: 'reported' | 'late' | 'zero_report';
      /** The report that counts (the latest confirmed for the grid and date). */
      report: R;
      confirmedAt: string;
      late: boolean;
      /** Every count is zero. */
      zero: boolean;
    };

/** Of two reports, whether `candidate` was confirmed later (same time: the later id, UUIDv7 ids are time-ordered). */
function isLaterReport(candidate: ConfirmedReport, current: ConfirmedReport): boolean {
  const a = Date.parse(candidate.confirmedAt);
  const b = Date.parse(current.confirmedAt);
  if (a !== b) return a > b;
  return candidate.id > current.id;
}

function key(gridId: string, date: string): string {
  return `${gridId}|${date}`;
}

/**
 * The report that counts for each grid and date: the latest confirmed one (several workers of one grid,
 * or a re-confirmation). Look one up with `reportFor`.
 */
export class LatestReports<R extends ConfirmedReport = ConfirmedReport> {
  private readonly byGridDate = new Map<string, R>();

  constructor(reports: readonly R[]) {
    for (const report of reports) {
      const k = key(report.gridId, report.date);
      const seen = this.byGridDate.get(k);
      if (!seen || isLaterReport(report, seen)) this.byGridDate.set(k, report);
    }
  }

  reportFor(gridId: string, date: string): R | undefined {
    return this.byGridDate.get(key(gridId, date));
  }
}

/** Whether every count of a report is zero: a 零报告. */
export function isZeroReport(counts: DailyReportCounts): boolean {
  return DAILY_REPORT_COUNTS.every((name) => counts[name] === 0);
}

const TIME_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** The deadline of a date's reports in the phone's time zone, as epoch milliseconds. A bad deadline falls back to the default. */
export function reportDeadlineOn(date: string, deadline: string = DEFAULT_REPORT_DEADLINE): number {
  const parsed = parseIsoDate(date);
  if (!parsed) throw new RangeError(`not a date: ${date}`);
  const time = TIME_PATTERN.exec(deadline) ?? TIME_PATTERN.exec(DEFAULT_REPORT_DEADLINE)!;
  return new Date(parsed.year, parsed.month - 1, parsed.day, Number(time[1]), Number(time[2])).getTime();
}

/** Whether a report confirmed at `confirmedAt` for `date` came after the deadline (at the deadline itself is on time). */
export function isLate(confirmedAt: string, date: string, deadline?: string): boolean {
  return Date.parse(confirmedAt) > reportDeadlineOn(date, deadline);
}

/** The status of one grid's report for a date, from the report that counts (or none). */
export function gridReportStatus<R extends ConfirmedReport>(report: R | undefined, date: string, deadline?: string): GridReportStatus<R> {
  if (!report) return { status: 'not_reported', report: null, late: false, zero: false };
  const late = isLate(report.confirmedAt, date, deadline);
  const zero = isZeroReport(report.counts);
  return { status: late ? 'late' : zero ? 'zero_report' : 'reported', report, confirmedAt: report.confirmedAt, late, zero };
}
