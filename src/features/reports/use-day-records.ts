/**
 * The records a grid's daily report is computed from: the day's visits and fever reports, and each
 * household's grid. The same reads as the worker's daily report (features/report/use-day-records.ts;
 * features do not import each other), so "Changed since confirmed" recomputes from what the worker counted.
 */
import { useMemo } from 'react';
import { everyRecord, feverReportsOnDay, useRecords, visitsOnDay, type LocalRecord } from '../../data';
import type { LocalDay } from '../../shared/local-date';

export interface DayRecords {
  visits: LocalRecord<'visit'>[];
  feverReports: LocalRecord<'fever_report'>[];
  householdGrid: ReadonlyMap<string, string>;
}

/** householdId → gridId through the household's building. */
function householdGridOf(households: readonly LocalRecord<'household'>[], buildings: readonly LocalRecord<'building'>[]): Map<string, string> {
  const buildingGrid = new Map(buildings.map((building) => [building.id, building.gridId]));
  const map = new Map<string, string>();
  for (const household of households) {
    const gridId = buildingGrid.get(household.buildingId);
    if (gridId) map.set(household.id, gridId);
  }
  return map;
}

/** undefined while any read is in flight; live afterwards. */
export function useDayRecords(day: LocalDay): DayRecords | undefined {
  const visits = useRecords(visitsOnDay(day));
  const feverReports = useRecords(feverReportsOnDay(day));
  const households = useRecords(everyRecord('household'));
  const buildings = useRecords(everyRecord('building'));
  const householdGrid = useMemo(() => (households && buildings ? householdGridOf(households, buildings) : undefined), [households, buildings]);
  return useMemo(
    () => (visits && feverReports && householdGrid ? { visits, feverReports, householdGrid } : undefined),
    [visits, feverReports, householdGrid],
  );
}
