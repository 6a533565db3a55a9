/**
 * The records behind the street's screen, live, from this phone: the street, its communities, their own
 * reports of the 14 days to the date, the day's fever reports and the sealed buildings with their
 * communities (through their grids).
 */
import { useMemo } from 'react';
import {
  communityReportsBetween,
  everyCommunity,
  everyRecord,
  everyStreet,
  feverReportsBetween,
  sealedBuildings,
  useRecords,
  type LocalRecord,
} from '../../data';
import { periodDates, reportingRates, type ReportingRate } from '../../domain/reports/reporting-rate';
import { DEFAULT_STREET_DEADLINE, latestCommunityReports, streetDay, type StreetDay } from '../../domain/reports/street-day';
import { localDay } from '../../shared/local-date';

export interface SealedBuilding {
  building: LocalRecord<'building'>;
  communityName: string;
}

export interface StreetView {
  street: LocalRecord<'street'> | null;
  day: StreetDay;
  rates: ReportingRate[];
  communityNames: ReadonlyMap<string, string>;
  sealed: SealedBuilding[];
}

const collator = new Intl.Collator('zh-CN', { numeric: true });

/** undefined while any read is in flight. */
export function useStreetView(date: string): StreetView | undefined {
  const day = useMemo(() => localDay(date), [date]);
  const period = useMemo(() => periodDates(date), [date]);
  const streets = useRecords(everyStreet());
  const communities = useRecords(everyCommunity());
  const reports = useRecords(communityReportsBetween(period[0]!, date));
  const fevers = useRecords(feverReportsBetween(day, day));
  const buildings = useRecords(sealedBuildings());
  const grids = useRecords(everyRecord('grid'));

  return useMemo(() => {
    if (!streets || !communities || !reports || !fevers || !buildings || !grids) return undefined;
    const street = streets[0] ?? null;
    const deadline = street?.reportDeadline ?? DEFAULT_STREET_DEADLINE;
    const sorted = [...communities].sort((a, b) => collator.compare(a.name, b.name));
    const feversByCommunity = new Map<string, number>();
    for (const report of fevers) {
      if (report.voidedAt !== undefined || report.communityId === undefined) continue;
      feversByCommunity.set(report.communityId, (feversByCommunity.get(report.communityId) ?? 0) + 1);
    }
    const latest = latestCommunityReports(reports);
    const communityNames = new Map(sorted.map((community) => [community.id, community.name]));
    const gridCommunity = new Map(grids.map((grid) => [grid.id, grid.communityId]));
    const sealed = buildings
      .map((building) => ({ building, communityName: communityNames.get(gridCommunity.get(building.gridId) ?? '') ?? '' }))
      .sort((a, b) => collator.compare(a.communityName, b.communityName) || collator.compare(a.building.name, b.building.name));
    return {
      street,
      day: streetDay(sorted, latest, feversByCommunity, date, deadline),
      rates: reportingRates(sorted.map((community) => community.id), latest, date, deadline),
      communityNames,
      sealed,
    };
  }, [streets, communities, reports, fevers, buildings, grids, date]);
}
