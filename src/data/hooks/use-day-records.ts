/**
 * The records a daily report is computed from: the day's visits and fever reports, and the grid of each
 * household they name. One read for the worker's daily report, the secretary's daily reports and the
 * Community screen, so their figures come from the same records. Only the day's households are read
 * (by id), never the whole register: a community holds thousands of households, a day names a few hundred.
 */
import type { DataClient } from '../data-client';
import type { LocalRecord } from '../local-record';
import { everyRecord, feverReportsOnDay, recordsByIds, visitsOnDay } from '../queries/record-queries';
import { useDataClient } from './data-client-context';
import { useLiveRead } from './use-live-read';
import type { LocalDay } from '../../shared/local-date';

export interface DayRecords {
  visits: LocalRecord<'visit'>[];
  feverReports: LocalRecord<'fever_report'>[];
  /** householdId → gridId (through the household's building), for the households the day's records name. */
  householdGrid: ReadonlyMap<string, string>;
  /** householdId → buildingId, for the same households. */
  householdBuilding: ReadonlyMap<string, string>;
}

/** One read (so it is live as a whole): the day's visits and reports, then their households and the buildings. */
async function readDay(client: DataClient, day: LocalDay): Promise<DayRecords> {
  const [visits, feverReports, buildings] = await Promise.all([
    client.listRecords(visitsOnDay(day)),
    client.listRecords(feverReportsOnDay(day)),
    client.listRecords(everyRecord('building')),
  ]);
  const named = new Set<string>();
  for (const visit of visits) named.add(visit.householdId);
  for (const report of feverReports) if (report.householdId !== undefined) named.add(report.householdId);
  const households = named.size > 0 ? await client.listRecords(recordsByIds('household', [...named])) : [];
  const buildingGrid = new Map(buildings.map((building) => [building.id, building.gridId]));
  const householdGrid = new Map<string, string>();
  const householdBuilding = new Map<string, string>();
  for (const household of households) {
    householdBuilding.set(household.id, household.buildingId);
    const gridId = buildingGrid.get(household.buildingId);
    if (gridId) householdGrid.set(household.id, gridId);
  }
  return { visits, feverReports, householdGrid, householdBuilding };
}

/** undefined while the read is in flight; live afterwards. */
export function useDayRecords(day: LocalDay): DayRecords | undefined {
  const client = useDataClient();
  return useLiveRead(`day:${day.lower}:${day.upper}`, () => readDay(client, day));
}
