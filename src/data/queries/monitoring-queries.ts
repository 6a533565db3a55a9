/**
 * The reads of home monitoring (issue 16), by purpose, each on an index: a resident's monitorings (the
 * open one and the history), every monitoring on the phone (Home's due follow-ups, the secretary's
 * list), a monitoring's checks, the checks of several monitorings and a household's fever reports made
 * from checks. Kept apart from record-queries.ts so they load with the screens that use them, never with
 * the first screen.
 */
import type { RecordQuery } from './record-query';
import { between, equals, query } from './record-queries';

const byStart = (a: { startedAt: string }, b: { startedAt: string }) => (Date.parse(b.startedAt) || 0) - (Date.parse(a.startedAt) || 0);
const byCheckTime = (a: { checkedAt: string }, b: { checkedAt: string }) => (Date.parse(a.checkedAt) || 0) - (Date.parse(b.checkedAt) || 0);

/** A resident's monitorings, the latest started first. */
export function monitoringsOfResident(residentId: string): RecordQuery<'home_monitoring'> {
  return query('monitoringsOf', 'home_monitoring', equals('residentId', residentId), { order: byStart });
}

/** A household's monitorings, the latest started first. */
export function monitoringsOfHousehold(householdId: string): RecordQuery<'home_monitoring'> {
  return query('monitoringsOfHousehold', 'home_monitoring', equals('householdId', householdId), { order: byStart });
}

/** Every monitoring on this phone that has not ended, the latest started first. */
export function openMonitorings(): RecordQuery<'home_monitoring'> {
  return query('openMonitorings', 'home_monitoring', { kind: 'all' }, { filter: (m) => m.endedOn === undefined, order: byStart });
}

/** Every monitoring on this phone, the latest started first. */
export function everyMonitoring(): RecordQuery<'home_monitoring'> {
  return query('everyMonitoring', 'home_monitoring', { kind: 'all' }, { order: byStart });
}

/** A monitoring's checks (voided ones included: callers leave them out), oldest first. */
export function checksOfMonitoring(monitoringId: string): RecordQuery<'monitoring_check'> {
  return query('checksOf', 'monitoring_check', equals('monitoringId', monitoringId), { order: byCheckTime });
}

/** The checks of several monitorings, oldest first. */
export function checksOfMonitorings(monitoringIds: readonly string[]): RecordQuery<'monitoring_check'> {
  return query('checksOfMany', 'monitoring_check', { kind: 'anyOf', index: 'monitoringId', values: [...new Set(monitoringIds)].sort() }, { order: byCheckTime });
}

/** The widest offset a stored timestamp may carry (UTC−12 to UTC+14): its text may read this much before or after its instant. */
const OFFSET_MARGIN_MS = 14 * 60 * 60 * 1000;

/**
 * The checks of several monitorings made since `sinceMs`, oldest first: Home's due follow-ups need
 * today's, not the whole period's (a read that does not grow with the days of monitoring). Read on the
 * time index, whose timestamps keep their own offsets: from 14 hours earlier by their text, then exactly.
 */
export function checksOfMonitoringsSince(monitoringIds: readonly string[], sinceMs: number): RecordQuery<'monitoring_check'> {
  const ids = new Set(monitoringIds);
  const lower = new Date(sinceMs - OFFSET_MARGIN_MS).toISOString().slice(0, 13);
  return query(`checksSince:${[...ids].sort().join(',')}`, 'monitoring_check', between('checkedAt', lower, '\uffff'), {
    filter: (check) => ids.has(check.monitoringId) && Date.parse(check.checkedAt) >= sinceMs,
    order: byCheckTime,
  });
}

/** A household's fever reports made from a home monitoring check (voided ones included: callers leave them out). */
export function feverReportsFromChecks(householdId: string): RecordQuery<'fever_report'> {
  return query('feversFromChecks', 'fever_report', equals('householdId', householdId), { filter: (report) => report.monitoringCheckId !== undefined });
}
