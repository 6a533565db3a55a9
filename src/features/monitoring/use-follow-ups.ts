/**
 * The monitorings on this phone with their people, places, checks and status, re-judged every minute
 * (a slot turns due or overdue as the clock moves). Only those not ended. From the records of
 * useMonitoringRecords (a screen's list) or useMonitoringRecordsAtOnce (Home's part, which suspends
 * until they are read).
 */
import { useMemo } from 'react';
import type { MonitoringRecords } from '../../data';
import { byId } from '../../shared/by-id';
import { useNow } from '../../shared/ui/use-now';
import { followUpsOf, type FollowUp } from './monitoring-view';

export function useFollowUps(records: MonitoringRecords | undefined): { followUps: FollowUp[] | undefined; now: number } {
  const now = useNow(60_000).getTime();
  const followUps = useMemo(() => {
    if (!records) return undefined;
    const places = { residents: byId(records.residents), households: byId(records.households), buildings: byId(records.buildings) };
    return followUpsOf(records.monitorings, records.checks, places, now);
  }, [records, now]);
  return { followUps, now };
}
