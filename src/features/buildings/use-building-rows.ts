/**
 * What the Buildings list reads: the buildings, grids, phones' syncs and seal periods (small tables),
 * the household ids of each building from an index (no household is read), and only today's visits
 * and fever reports.
 */
import { useMemo } from 'react';
import { deviceSyncs, everyRecord, everySealPeriod, householdIdsByBuilding, useRecordIds, useRecords } from '../../data';
import { buildingRows, type BuildingRow } from './building-rows';
import { useTodayStatuses } from './use-today-statuses';

export function useBuildingRows(today: string): { rows: BuildingRow[]; grids: { id: string; name: string }[] } | undefined {
  const buildings = useRecords(everyRecord('building'));
  const grids = useRecords(everyRecord('grid'));
  const devices = useRecords(deviceSyncs());
  const sealPeriods = useRecords(everySealPeriod());
  // Every building's households at once: a query that does not wait for the buildings' read.
  const householdIds = useRecordIds(householdIdsByBuilding());
  const statuses = useTodayStatuses(today);
  return useMemo(() => {
    if (!buildings || !grids || !devices || !sealPeriods || !householdIds || !statuses) return undefined;
    const rows = buildingRows({ buildings, grids, devices, sealPeriods, householdIds, statuses, today });
    return { rows, grids: grids.map((grid) => ({ id: grid.id, name: grid.name })) };
  }, [buildings, grids, devices, sealPeriods, householdIds, statuses, today]);
}
