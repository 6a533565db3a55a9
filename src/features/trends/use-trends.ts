/** The records behind the Trends screen, live, and their figures: each read on an index, over the 14 days at most. */
import { useMemo } from 'react';
import {
  checkpointEntriesBetween,
  everyRecord,
  feverReportsBetween,
  householdIdsByBuilding,
  useRecordIds,
  useRecords,
  visitsBetween,
  type LocalRecord,
} from '../../data';
import {
  feverReportsPerDay,
  gateEntriesPerHour,
  householdGridFromBuildings,
  householdsVisitedPerDay,
  trendDates,
  type FeverDay,
  type GateHour,
  type HouseholdsVisitedPerDay,
} from '../../domain/trends/trend-counts';
import { localDay } from '../../shared/local-date';

export interface TrendsView {
  today: string;
  dates: string[];
  fevers: FeverDay[];
  visits: HouseholdsVisitedPerDay;
  grids: LocalRecord<'grid'>[];
  gate: GateHour[];
}

const ALL_BUILDINGS = householdIdsByBuilding();

/** undefined while any read is in flight. */
export function useTrends(today: string): TrendsView | undefined {
  const dates = useMemo(() => trendDates(today), [today]);
  const [firstDay, lastDay] = useMemo(() => [localDay(dates[0] ?? today), localDay(today)] as const, [dates, today]);
  const visits = useRecords(visitsBetween(firstDay, lastDay));
  const feverReports = useRecords(feverReportsBetween(firstDay, lastDay));
  const entries = useRecords(checkpointEntriesBetween(lastDay, lastDay));
  const grids = useRecords(everyRecord('grid'));
  const buildings = useRecords(everyRecord('building'));
  const householdIds = useRecordIds(ALL_BUILDINGS);

  return useMemo(() => {
    if (!visits || !feverReports || !entries || !grids || !buildings || !householdIds) return undefined;
    const householdGrid = householdGridFromBuildings(householdIds, buildings);
    return {
      today,
      dates,
      fevers: feverReportsPerDay(feverReports, dates),
      visits: householdsVisitedPerDay(
        visits,
        householdGrid,
        grids.map((grid) => grid.id),
        dates,
      ),
      grids,
      gate: gateEntriesPerHour(entries, today),
    };
  }, [visits, feverReports, entries, grids, buildings, householdIds, today, dates]);
}
