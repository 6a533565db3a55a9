/**
 * Reporting rate per grid over the days up to a date, as DHIS2's reporting-rate summary: reports received
 * over reports expected (one per day), and those received on time (by the community's deadline).
 */
import { addDays } from '../../shared/local-date';
import { gridReportStatus, type ConfirmedReport, type LatestReports } from './report-status';

export const REPORTING_RATE_DAYS = 14;

export interface ReportingRate {
  gridId: string;
  /** Reports expected: one per day of the period. */
  expected: number;
  reported: number;
  onTime: number;
  /** reported / expected, 0..1 */
  reportedRate: number;
  /** onTime / expected, 0..1 */
  onTimeRate: number;
}

/** The dates of the period ending on `lastDate`, oldest first. */
export function periodDates(lastDate: string, days: number = REPORTING_RATE_DAYS): string[] {
  return Array.from({ length: days }, (_, index) => addDays(lastDate, index - days + 1));
}

export function reportingRates(
  gridIds: readonly string[],
  reports: LatestReports<ConfirmedReport>,
  lastDate: string,
  deadline?: string,
  days: number = REPORTING_RATE_DAYS,
): ReportingRate[] {
  const dates = periodDates(lastDate, days);
  return gridIds.map((gridId) => {
    let reported = 0;
    let onTime = 0;
    for (const date of dates) {
      const status = gridReportStatus(reports.reportFor(gridId, date), date, deadline);
      if (status.status === 'not_reported') continue;
      reported++;
      if (!status.late) onTime++;
    }
    return { gridId, expected: days, reported, onTime, reportedRate: reported / days, onTimeRate: onTime / days };
  });
}
