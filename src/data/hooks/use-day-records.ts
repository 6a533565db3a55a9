/**
 * The records a daily report is computed from: the day's visits and fever reports, and each household's
 * grid. One read for the worker's daily report, the secretary's daily reports and the Community screen,
 * so their figures come from the same records.
 */
import { useMemo } from 'react';
import type { LocalRecord } from '../local-record';
import { everyRecord, feverReportsOnDay, visitsOnDay } from '../queries/record-queries';
import { useRecords } from './use-records';
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
