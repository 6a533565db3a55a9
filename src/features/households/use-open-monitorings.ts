/**
 * The household's open home monitorings by resident, with their "Day <n> of 14" on the phone's clock
 * (the schedule's own function; the day is counted in the community's time zone).
 */
import { useMemo } from 'react';
import { monitoringsOfHousehold, useRecords } from '../../data';
import { extensionDays, MONITORING_TIME_ZONE } from '../../domain/monitoring/monitoring-rules';
import { monitoringStatus } from '../../domain/monitoring/monitoring-schedule';
import { useNow } from '../../shared/ui/use-now';
import type { OpenMonitoring } from './household-residents';

export function useOpenMonitorings(householdId: string): ReadonlyMap<string, OpenMonitoring> | undefined {
  const monitorings = useRecords(householdId ? monitoringsOfHousehold(householdId) : null);
  const now = useNow(60_000).getTime();
  return useMemo(() => {
    if (!monitorings) return undefined;
    const open = new Map<string, OpenMonitoring>();
    for (const m of monitorings) {
      if (m.endedOn !== undefined || open.has(m.residentId)) continue;
      const schedule = { startDate: m.startDate, startedAt: m.startedAt, days: m.days, checksPerDay: m.checksPerDay, extensionDays: extensionDays(m) };
      const status = monitoringStatus(schedule, [], now, MONITORING_TIME_ZONE);
      open.set(m.residentId, { id: m.id, day: Math.max(1, status.day), total: status.total });
    }
    return open;
  }, [monitorings, now]);
}
