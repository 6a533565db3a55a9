/**
 * The records home monitoring screens show, in one live read: the open monitorings, then
 * at once their checks, people and households, with every building (a short list). Two steps instead of
 * a chain of four reads: Home's "Due follow-ups" appears with Home.
 */
import type { DataClient } from '../data-client';
import type { LocalRecord } from '../local-record';
import { checksOfMonitorings, checksOfMonitoringsSince, openMonitorings } from '../queries/monitoring-queries';
import { everyRecord, recordsByIds } from '../queries/record-queries';
import { useDataClient } from './data-client-context';
import { useLiveRead } from './use-live-read';

export interface MonitoringRecords {
  monitorings: LocalRecord<'home_monitoring'>[];
  checks: LocalRecord<'monitoring_check'>[];
  residents: LocalRecord<'resident'>[];
  households: LocalRecord<'household'>[];
  buildings: LocalRecord<'building'>[];
}

/** Home's due follow-ups need only the checks of the current day's slots: those of the last 24 hours. */
const DUE_CHECKS_MS = 24 * 60 * 60 * 1000;

/** Every open monitoring with its people, places and checks: all of them, or only those made since `checksSince`. */
async function readMonitoring(client: DataClient, checksSince?: number): Promise<MonitoringRecords> {
  const [monitorings, buildings] = await Promise.all([
    client.listRecords(openMonitorings()),
    client.listRecords(everyRecord('building')),
  ]);
  if (monitorings.length === 0) return { monitorings, checks: [], residents: [], households: [], buildings };
  const [checks, residents, households] = await Promise.all([
    client.listRecords(
      checksSince === undefined ? checksOfMonitorings(monitorings.map((m) => m.id)) : checksOfMonitoringsSince(monitorings.map((m) => m.id), checksSince),
    ),
    client.listRecords(recordsByIds('resident', monitorings.map((m) => m.residentId))),
    client.listRecords(recordsByIds('household', monitorings.map((m) => m.householdId))),
  ]);
  return { monitorings, checks, residents, households, buildings };
}

/** The open monitorings on this phone with what they are shown with (undefined while the first read runs). */
export function useMonitoringRecords(): MonitoringRecords | undefined {
  const client = useDataClient();
  return useLiveRead('monitoring:open', () => readMonitoring(client));
}

/**
 * Home's "Due follow-ups": as useMonitoringRecords with only the last 24 hours' checks (what today's
 * slots need), its first read started while the caller first renders (LiveReadOptions.atOnce).
 */
export function useMonitoringRecordsAtOnce(): MonitoringRecords | undefined {
  const client = useDataClient();
  return useLiveRead('monitoring:due', () => readMonitoring(client, Date.now() - DUE_CHECKS_MS), { atOnce: true });
}
