/**
 * A household's open home monitorings by resident, with their "Day <n> of 14" on the phone's clock
 * (the schedule's own function; the day is counted in the community's time zone): the household's
 * residents and the visit form show them.
 */
import { useMemo } from 'react';
import { MONITORING_TIME_ZONE, scheduleOf } from '../../domain/monitoring/monitoring-rules';
import { monitoringStatus } from '../../domain/monitoring/monitoring-schedule';
import { monitoringsOfHousehold } from '../queries/monitoring-queries';
import { useRecords } from './use-records';

/** A resident's open home monitoring: its id and "Day <n> of <total>". */
export interface OpenMonitoring {
  id: string;
  day: number;
  total: number;
}

/** `now`: the caller's clock (ms), e.g. a minute-ticking useNow. */
export function useOpenMonitorings(householdId: string, now: number): ReadonlyMap<string, OpenMonitoring> | undefined {
  const monitorings = useRecords(householdId ? monitoringsOfHousehold(householdId) : null);
  return useMemo(() => {
    if (!monitorings) return undefined;
    const open = new Map<string, OpenMonitoring>();
    for (const m of monitorings) {
      if (m.endedOn !== undefined || open.has(m.residentId)) continue;
      const status = monitoringStatus(scheduleOf(m), [], now, MONITORING_TIME_ZONE);
      open.set(m.residentId, { id: m.id, day: Math.max(1, status.day), total: status.total });
    }
    return open;
  }, [monitorings, now]);
}
