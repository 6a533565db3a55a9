/** The records behind the Daily reports screen, live: each grid's report for the date, the total, the 14-day rate. */
import { useMemo } from 'react';
import { communityReportsOn, communitySettingsOf, dailyReportsBetween, gridsOfCommunity, useDayRecords, useRecords, type LocalRecord } from '../../data';
import { DEFAULT_REPORT_DEADLINE } from '../../domain/entities/community-settings';
import { changeSinceConfirmed, type ChangeSinceConfirmed } from '../../domain/reports/changed-since-confirmed';
import { communityTotal, type CommunityTotal } from '../../domain/reports/community-total';
import { gridReportStatus, LatestReports, type GridReportStatus } from '../../domain/reports/report-status';
import { periodDates, reportingRates, type ReportingRate } from '../../domain/reports/reporting-rate';
import { localDay } from '../../shared/local-date';

export interface GridRow {
  grid: LocalRecord<'grid'>;
  status: GridReportStatus<LocalRecord<'daily_report'>>;
  /** Counts recomputed now against the confirmed ones; null without a report. */
  change: ChangeSinceConfirmed | null;
}

export interface ReportsView {
  rows: GridRow[];
  total: CommunityTotal;
  rates: ReportingRate[];
  deadline: string;
  /** The community's settings record, if one exists (the latest written). */
  settings: LocalRecord<'community_settings'> | null;
  /** The community's latest own report for the date, if confirmed. */
  communityReport: LocalRecord<'community_report'> | null;
}

const collator = new Intl.Collator('zh-CN', { numeric: true });

function latestWritten(settings: readonly LocalRecord<'community_settings'>[]): LocalRecord<'community_settings'> | null {
  let latest: LocalRecord<'community_settings'> | null = null;
  for (const record of settings) {
    if (!latest || (record.updatedAt ?? '') > (latest.updatedAt ?? '')) latest = record;
  }
  return latest;
}

/** undefined while any read is in flight. `userId`: this phone's user, the writer of reports not sent yet. */
export function useReportsView(communityId: string, date: string, userId: string): ReportsView | undefined {
  const day = useMemo(() => localDay(date), [date]);
  const period = useMemo(() => periodDates(date), [date]);
  const records = useDayRecords(day);
  const grids = useRecords(gridsOfCommunity(communityId));
  const reports = useRecords(dailyReportsBetween(period[0]!, date));
  const settings = useRecords(communitySettingsOf(communityId));
  const communityReports = useRecords(communityReportsOn(communityId, date));

  return useMemo(() => {
    if (!records || !grids || !reports || !settings || !communityReports) return undefined;
    const setting = latestWritten(settings);
    const deadline = setting?.reportDeadline ?? DEFAULT_REPORT_DEADLINE;
    const latest = new LatestReports(reports);
    const sorted = [...grids].sort((a, b) => collator.compare(a.name, b.name));
    const rows: GridRow[] = sorted.map((grid) => {
      const status = gridReportStatus(latest.reportFor(grid.id, date), date, deadline);
      const change = status.report ? changeSinceConfirmed(status.report, { ...records, day }, userId) : null;
      return { grid, status, change };
    });
    return {
      rows,
      total: communityTotal(rows.map((row) => ({ gridId: row.grid.id, counts: row.status.report?.counts ?? null }))),
      rates: reportingRates(
        sorted.map((grid) => grid.id),
        latest,
        date,
        deadline,
      ),
      deadline,
      settings: setting,
      communityReport: communityReports[0] ?? null,
    };
  }, [records, grids, reports, settings, communityReports, date, day, userId]);
}
