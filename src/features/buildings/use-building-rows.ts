/**
 * What the Buildings list reads: the buildings, grids, phones' syncs and seal periods (small tables),
 * each building's household count on the index (no household is read), and only today's visits and
 * fever reports with the households they name.
 */
import { useMemo } from 'react';
import {
  deviceSyncs,
  everyRecord,
  everySealPeriod,
  householdCountsByBuilding,
  useDayRecords,
  useRecordCounts,
  useRecords,
} from '../../data';
import { householdStatuses, isVoided } from '../../domain/round/day-status';
import { localDay } from '../../shared/local-date';
import { buildingRows, type BuildingRow } from './building-rows';

export function useBuildingRows(today: string): { rows: BuildingRow[]; grids: { id: string; name: string }[] } | undefined {
  const buildings = useRecords(everyRecord('building'));
  const grids = useRecords(everyRecord('grid'));
  const devices = useRecords(deviceSyncs());
  const sealPeriods = useRecords(everySealPeriod());
  const householdCounts = useRecordCounts(buildings ? householdCountsByBuilding(buildings.map((building) => building.id)) : null);
  const day = useMemo(() => localDay(today), [today]);
  const records = useDayRecords(day);
  return useMemo(() => {
    if (!buildings || !grids || !devices || !sealPeriods || !householdCounts || !records) return undefined;
    // Counted for these buildings (a read under an earlier set of buildings is not the answer yet).
    if (!buildings.every((building) => householdCounts.has(building.id))) return undefined;
    const statuses = householdStatuses(
      records.visits,
      records.feverReports.filter((report) => !isVoided(report)),
    );
    const rows = buildingRows({ buildings, grids, devices, sealPeriods, householdCounts, statuses, householdBuilding: records.householdBuilding, today });
    return { rows, grids: grids.map((grid) => ({ id: grid.id, name: grid.name })) };
  }, [buildings, grids, devices, sealPeriods, householdCounts, records, today]);
}
