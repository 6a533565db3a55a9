/** The records a daily report is computed from: the day's visits and fever reports, and each household's grid. */
import { useMemo } from 'react';
import type { LocalRecord } from '../../data/data-client';
import { useAllRecords, useRecordsBetween } from '../../data/hooks/use-records';
import type { LocalDay } from '../../shared/local-date';

export interface DayRecords {
  visits: LocalRecord[];
  feverReports: LocalRecord[];
  householdGrid: ReadonlyMap<string, string>;
}

/** householdId → gridId through the household's building. */
function householdGridOf(households: readonly LocalRecord[], buildings: readonly LocalRecord[]): Map<string, string> {
  const buildingGrid = new Map<string, string>();
  for (const building of buildings) if (typeof building.gridId === 'string') buildingGrid.set(building.id, building.gridId);
  const map = new Map<string, string>();
  for (const household of households) {
    const gridId = typeof household.buildingId === 'string' ? buildingGrid.get(household.buildingId) : undefined;
    if (gridId) map.set(household.id, gridId);
  }
  return map;
}

/** undefined while any read is in flight; live afterwards. */
export function useDayRecords(day: LocalDay): DayRecords | undefined {
  const visits = useRecordsBetween('visit', 'visitedAt', day.lower, day.upper);
  const feverReports = useRecordsBetween('fever_report', 'reportedAt', day.lower, day.upper);
  const households = useAllRecords('household');
  const buildings = useAllRecords('building');
  const householdGrid = useMemo(() => (households && buildings ? householdGridOf(households, buildings) : undefined), [households, buildings]);
  return useMemo(
    () => (visits && feverReports && householdGrid ? { visits, feverReports, householdGrid } : undefined),
    [visits, feverReports, householdGrid],
  );
}
