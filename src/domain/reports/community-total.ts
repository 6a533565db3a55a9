/** The community's own daily report: the sum of its grids' reports that count, with the grids missing named. */
import { DAILY_REPORT_COUNTS, type DailyReportCounts } from '../entities/daily-report';

export const ZERO_COUNTS: DailyReportCounts = {
  doorsKnocked: 0,
  visited: 0,
  notHome: 0,
  refused: 0,
  residentsChecked: 0,
  feversFound: 0,
  feversReported: 0,
};

export interface CommunityTotal {
  counts: DailyReportCounts;
  /** Grid ids whose report is in the sum, in the order given. */
  gridsReported: string[];
  /** Grid ids without a report, in the order given. */
  gridsMissing: string[];
}

/** `grids`: every grid of the community with the counts of its report that counts, or null when it has none. */
export function communityTotal(grids: readonly { gridId: string; counts: DailyReportCounts | null }[]): CommunityTotal {
  const counts = { ...ZERO_COUNTS };
  const gridsReported: string[] = [];
  const gridsMissing: string[] = [];
  for (const grid of grids) {
    if (!grid.counts) {
      gridsMissing.push(grid.gridId);
      continue;
    }
    gridsReported.push(grid.gridId);
    for (const name of DAILY_REPORT_COUNTS) counts[name] += grid.counts[name];
  }
  return { counts, gridsReported, gridsMissing };
}
