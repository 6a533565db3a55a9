/**
 * The monitorings on this phone with their people, places, checks and status, re-judged every minute
 * (a slot turns due or overdue as the clock moves). `open`: only those not ended.
 */
import { useMemo } from 'react';
import { checksOfMonitorings, everyMonitoring, openMonitorings, recordsByIds, useRecords } from '../../data';
import { byId } from '../../shared/by-id';
import { useNow } from '../../shared/ui/use-now';
import { followUpsOf, type FollowUp } from './monitoring-view';

export function useFollowUps(which: 'open' | 'all'): { followUps: FollowUp[] | undefined; now: number } {
  const monitorings = useRecords(which === 'open' ? openMonitorings() : everyMonitoring());
  const ids = useMemo(() => (monitorings ?? []).map((m) => m.id), [monitorings]);
  const checks = useRecords(monitorings ? checksOfMonitorings(ids) : null);
  const residents = useRecords(monitorings ? recordsByIds('resident', monitorings.map((m) => m.residentId)) : null);
  const households = useRecords(monitorings ? recordsByIds('household', monitorings.map((m) => m.householdId)) : null);
  const buildings = useRecords(households ? recordsByIds('building', households.map((h) => h.buildingId)) : null);
  const now = useNow(60_000).getTime();
  const followUps = useMemo(() => {
    if (!monitorings || !checks || !residents || !households || !buildings) return undefined;
    return followUpsOf(monitorings, checks, { residents: byId(residents), households: byId(households), buildings: byId(buildings) }, now);
  }, [monitorings, checks, residents, households, buildings, now]);
  return { followUps, now };
}
