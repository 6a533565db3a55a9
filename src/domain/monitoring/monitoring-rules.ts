/**
 * What may happen to a home monitoring, judged the same on the phone and on the server: it starts
 * open (not already ended, not in the future); once ended it is closed for good; extensions are only
 * ever appended; a release ends it on its last day or later (an early end names another kind and a
 * reason). Its period: the days a check may fall on.
 */
import { addDays, latestDateAnywhere, todayIn } from '../../shared/local-date';
import type { HomeMonitoring } from '../entities/home-monitoring';
import type { MonitoringSchedule } from './monitoring-schedule';

/** The community's time zone: a check's day and a monitoring's days are counted in it. */
export const MONITORING_TIME_ZONE = 'Asia/Shanghai';

export interface MonitoringRefusal {
  field: string;
  key: string;
}

type Planned = Pick<HomeMonitoring, 'startDate' | 'days' | 'extensions' | 'endedOn'>;

/** Days added by extensions. */
export function extensionDays(monitoring: Pick<HomeMonitoring, 'extensions'>): number {
  return (monitoring.extensions ?? []).reduce((sum, extension) => sum + extension.days, 0);
}

/** A monitoring's schedule, as the schedule function (monitoring-schedule.ts) judges it. */
export function scheduleOf(
  monitoring: Pick<HomeMonitoring, 'startDate' | 'startedAt' | 'days' | 'checksPerDay' | 'extensions' | 'endedOn'>,
): MonitoringSchedule {
  return {
    startDate: monitoring.startDate,
    startedAt: monitoring.startedAt,
    days: monitoring.days,
    checksPerDay: monitoring.checksPerDay,
    extensionDays: extensionDays(monitoring),
    ...(monitoring.endedOn !== undefined ? { endedOn: monitoring.endedOn } : {}),
  };
}

/** The planned last day: start + days + extensions − 1. */
export function lastDayOf(monitoring: Pick<HomeMonitoring, 'startDate' | 'days' | 'extensions'>): string {
  return addDays(monitoring.startDate, monitoring.days + extensionDays(monitoring) - 1);
}

/** The days a check may fall on: from the start to the last day, or to the day it ended if earlier. */
export function periodOf(monitoring: Planned): { first: string; last: string } {
  const last = lastDayOf(monitoring);
  return { first: monitoring.startDate, last: monitoring.endedOn !== undefined && monitoring.endedOn < last ? monitoring.endedOn : last };
}

/** Whether a check taken at `checkedAt` (ISO timestamp) falls within the monitoring's period, in its time zone. */
export function checkInPeriod(monitoring: Planned, checkedAt: string, timeZone: string = MONITORING_TIME_ZONE): boolean {
  const at = new Date(checkedAt);
  if (Number.isNaN(at.getTime())) return false;
  const day = todayIn(timeZone, at);
  const { first, last } = periodOf(monitoring);
  return day >= first && day <= last;
}

export function monitoringCreateProblem(monitoring: HomeMonitoring, now: number = Date.now()): MonitoringRefusal | null {
  if (monitoring.endedOn !== undefined) return { field: 'endedOn', key: 'not_on_create' };
  if (monitoring.startDate > latestDateAnywhere(now)) return { field: 'startDate', key: 'date_in_future' };
  if ((monitoring.extensions ?? []).length > 0) return { field: 'extensions', key: 'not_on_create' };
  return null;
}

function sameExtension(a: NonNullable<HomeMonitoring['extensions']>[number], b: NonNullable<HomeMonitoring['extensions']>[number]): boolean {
  return a.days === b.days && a.reason === b.reason && a.at === b.at;
}

export function monitoringChangeProblem(before: HomeMonitoring, after: HomeMonitoring, now: number = Date.now()): MonitoringRefusal | null {
  if (before.endedOn !== undefined) return { field: 'endedOn', key: 'monitoring_ended' };
  const earlier = before.extensions ?? [];
  const later = after.extensions ?? [];
  if (later.length < earlier.length || earlier.some((extension, index) => !sameExtension(extension, later[index]!))) {
    return { field: 'extensions', key: 'extensions_append_only' };
  }
  if (after.endedOn !== undefined) {
    if (after.endedOn > latestDateAnywhere(now)) return { field: 'endedOn', key: 'date_in_future' };
    if (after.endKind === 'released' && after.endedOn < lastDayOf(after)) return { field: 'endKind', key: 'release_before_last_day' };
  }
  return null;
}
