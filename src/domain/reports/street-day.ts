/**
 * The street office's day (街道汇总): for a date, each community's own report (Reported, Late, Missing,
 * Zero report: the grid rules of report-status.ts with the community in the grid's place and the
 * street's deadline), the street's sums over the communities that reported, fevers by community (as the
 * community reported them, and as fever reports reached the server: a community that reports fewer fevers
 * than were reported in it is flagged, the false zero report), and the 14-day
 * reporting rate per community (reportingRates of reporting-rate.ts over latestCommunityReports). Pure: the
 * caller reads the records.
 */
import type { DailyReportCounts } from '../entities/daily-report';
import type { EntityRecord } from '../entities/entity-record';
import { communityTotal } from './community-total';
import { gridReportStatus, LatestReports, type ConfirmedReport } from './report-status';

/** When the street expects a community's report for a day, unless the street's record says otherwise. */
export const DEFAULT_STREET_DEADLINE = '20:00';

export const STREET_STATUSES = ['reported', 'late', 'missing', 'zero_report'] as const;
export type StreetStatus = (typeof STREET_STATUSES)[number];

type CommunityReport = Pick<EntityRecord<'community_report'>, 'id' | 'communityId' | 'date' | 'counts' | 'confirmedAt' | 'createdBy' | 'gridsMissing'>;
type Community = Pick<EntityRecord<'community'>, 'id' | 'name'>;

export interface StreetCommunityDay {
  community: Community;
  status: StreetStatus;
  /** A late report that is also all zeros. */
  zero: boolean;
  report: CommunityReport | null;
  /** Fevers in the community's report (feversReported), null when it has not reported. */
  feversInReport: number | null;
  /** Fever reports of the day that reached the server from the community (not voided). */
  feverReports: number;
  /** The community's report says fewer fevers than were reported in it. */
  feversDisagree: boolean;
}

export interface StreetDay {
  rows: StreetCommunityDay[];
  /** The sums of the communities that reported (late ones included). */
  sums: DailyReportCounts;
  counts: Record<StreetStatus, number>;
  feverReports: number;
}

/** A community report in the shape of the grid rules (the community stands in the grid's place). */
function asConfirmed(report: CommunityReport): ConfirmedReport & { source: CommunityReport } {
  return { id: report.id, gridId: report.communityId, date: report.date, counts: report.counts, confirmedAt: report.confirmedAt, createdBy: report.createdBy, source: report };
}

export function latestCommunityReports(reports: readonly CommunityReport[]): LatestReports<ConfirmedReport & { source: CommunityReport }> {
  return new LatestReports(reports.map(asConfirmed));
}

export function streetDay(
  communities: readonly Community[],
  reports: ReturnType<typeof latestCommunityReports>,
  feverReportsByCommunity: ReadonlyMap<string, number>,
  date: string,
  deadline: string = DEFAULT_STREET_DEADLINE,
): StreetDay {
  const counts: Record<StreetStatus, number> = { reported: 0, late: 0, missing: 0, zero_report: 0 };
  let feverReports = 0;
  const rows = communities.map((community): StreetCommunityDay => {
    const status = gridReportStatus(reports.reportFor(community.id, date), date, deadline);
    const fevers = feverReportsByCommunity.get(community.id) ?? 0;
    feverReports += fevers;
    if (status.status === 'not_reported') {
      counts.missing += 1;
      return { community, status: 'missing', zero: false, report: null, feversInReport: null, feverReports: fevers, feversDisagree: false };
    }
    counts[status.status] += 1;
    const inReport = status.report.counts.feversReported;
    return { community, status: status.status, zero: status.zero, report: status.report.source, feversInReport: inReport, feverReports: fevers, feversDisagree: inReport < fevers };
  });
  // The street's sums as a community sums its grids: the communities in the grids' place.
  const sums = communityTotal(rows.map((row) => ({ gridId: row.community.id, counts: row.report?.counts ?? null }))).counts;
  return { rows, sums, counts, feverReports };
}
