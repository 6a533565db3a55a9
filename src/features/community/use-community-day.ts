/** The records behind the Community screen, live: today's figures per grid and in sum, the workers, sealed buildings. */
import { useMemo } from 'react';
import { dailyReportsBetween, everyRecord, householdCountsByBuilding, useDayRecords, useRecordCounts, useRecords, type LocalRecord } from '../../data';
import { computeCommunityDay, type CommunityDay } from '../../domain/community/community-day';
import { workerActivity, type WorkerActivity } from '../../domain/community/worker-activity';
import { currentSeal, sealDay } from '../../domain/sealing/seal-days';
import type { LocalDay } from '../../shared/local-date';

export interface SealedBuilding {
  building: LocalRecord<'building'>;
  /** Day <n> of the seal; 0 when its start is not known. */
  day: number;
}

export interface CommunityView {
  grids: LocalRecord<'grid'>[];
  day: CommunityDay;
  workers: WorkerActivity[];
  sealed: SealedBuilding[];
}

const collator = new Intl.Collator('zh-CN', { numeric: true });

function sealedBuildings(buildings: readonly LocalRecord<'building'>[], periods: readonly LocalRecord<'seal_period'>[], today: string): SealedBuilding[] {
  return buildings
    .filter((building) => building.sealed)
    .map((building) => {
      const period = currentSeal(periods.filter((p) => p.buildingId === building.id), today);
      const start = period?.startDate ?? building.sealedSince;
      return { building, day: start ? sealDay(start, today) : 0 };
    })
    .sort((a, b) => collator.compare(a.building.name, b.building.name));
}

export function useCommunityDay(date: string, day: LocalDay, now: Date): CommunityView | undefined {
  const records = useDayRecords(day);
  const grids = useRecords(everyRecord('grid'));
  const buildings = useRecords(everyRecord('building'));
  const periods = useRecords(everyRecord('seal_period'));
  const devices = useRecords(everyRecord('device_sync'));
  const reports = useRecords(dailyReportsBetween(date, date));
  // The register's totals, counted on the household index per building (no household is read).
  const counts = useRecordCounts(buildings ? householdCountsByBuilding(buildings.map((building) => building.id)) : null);

  return useMemo(() => {
    if (!records || !grids || !buildings || !periods || !devices || !reports || !counts) return undefined;
    // Counted for these buildings (a read under an earlier set of buildings is not the answer yet).
    if (!buildings.every((building) => counts.has(building.id))) return undefined;
    const householdsPerGrid = new Map<string, number>();
    for (const building of buildings) {
      householdsPerGrid.set(building.gridId, (householdsPerGrid.get(building.gridId) ?? 0) + (counts.get(building.id) ?? 0));
    }
    const communityDay = computeCommunityDay({
      // In the order the grids were created (their ids): 第一网格 before 第二网格.
      gridIds: grids.map((grid) => grid.id),
      ...records,
      householdsPerGrid,
      day,
      confirmedGridIds: new Set(reports.map((report) => report.gridId)),
      firstGridOf: (userId) => devices.find((device) => device.userId === userId)?.gridIds[0],
    });
    return {
      grids,
      day: communityDay,
      workers: workerActivity(devices, records.visits, day, now),
      sealed: sealedBuildings(buildings, periods, date),
    };
  }, [records, grids, buildings, periods, devices, reports, counts, day, date, now]);
}
