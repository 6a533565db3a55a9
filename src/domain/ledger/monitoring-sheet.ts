/**
 * The home monitoring register (居家监测台账): one row per monitoring that overlaps the date range
 * (started by its last day, not ended before its first), oldest start first: the person and place,
 * reason, start, length, the day it is on at export, its state and end, its checks and the last one.
 */
import type { EntityRecord } from '../entities/entity-record';
import { lastDayOf, MONITORING_TIME_ZONE, scheduleOf } from '../monitoring/monitoring-rules';
import { monitoringStatus } from '../monitoring/monitoring-schedule';
import { byId } from '../../shared/by-id';
import { valueKey } from './ledger-keys';
import { addressCell, idNumberCell, phoneCell, placesOf, textCell, type DateRange } from './ledger-cells';
import { dateCell, makeSheet, wallClockCell, type CellValue, type ColumnSpec, type LedgerOptions, type LedgerSheet } from './ledger-sheet';

export const MONITORING_COLUMNS: readonly ColumnSpec[] = [
  { key: 'address', kind: 'text' },
  { key: 'name', kind: 'text' },
  { key: 'idNumber', kind: 'text' },
  { key: 'phone', kind: 'text' },
  { key: 'monitoringReason', kind: 'text' },
  { key: 'startDate', kind: 'date' },
  { key: 'days', kind: 'number' },
  { key: 'dayNow', kind: 'number' },
  { key: 'monitoringState', kind: 'text' },
  { key: 'endedOn', kind: 'date' },
  { key: 'checks', kind: 'number' },
  { key: 'lastCheckAt', kind: 'datetime' },
  { key: 'temperature', kind: 'temperature' },
  { key: 'note', kind: 'text' },
];

export interface MonitoringInput {
  monitorings: readonly EntityRecord<'home_monitoring'>[];
  checks: readonly EntityRecord<'monitoring_check'>[];
  buildings: readonly EntityRecord<'building'>[];
  households: readonly EntityRecord<'household'>[];
  residents: readonly EntityRecord<'resident'>[];
}

export interface MonitoringOptions extends LedgerOptions {
  range: DateRange;
  /** The export's moment (ms): the day each open monitoring is on. */
  now: number;
}

export function monitoringSheet(input: MonitoringInput, options: MonitoringOptions): LedgerSheet {
  const places = placesOf(input.buildings, input.households);
  const residents = byId(input.residents);
  const checksOf = new Map<string, EntityRecord<'monitoring_check'>[]>();
  for (const check of input.checks) {
    if (check.voidedAt !== undefined) continue;
    checksOf.set(check.monitoringId, [...(checksOf.get(check.monitoringId) ?? []), check]);
  }
  const overlaps = (m: EntityRecord<'home_monitoring'>) => m.startDate <= options.range.to && (m.endedOn ?? lastDayOf(m)) >= options.range.from;
  const rows = input.monitorings
    .filter(overlaps)
    .sort((a, b) => a.startDate.localeCompare(b.startDate) || a.startedAt.localeCompare(b.startedAt))
    .map((m): CellValue[] => {
      const resident = residents.get(m.residentId);
      const checks = checksOf.get(m.id) ?? [];
      const last = checks.reduce<EntityRecord<'monitoring_check'> | undefined>((latest, c) => (!latest || Date.parse(c.checkedAt) > Date.parse(latest.checkedAt) ? c : latest), undefined);
      const status = monitoringStatus(scheduleOf(m), checks, options.now, MONITORING_TIME_ZONE);
      return [
        addressCell(m.householdId, places),
        textCell(resident?.name),
        idNumberCell(resident?.idNumber, options.mask),
        phoneCell(resident?.phone, options.mask),
        textCell(options.label(valueKey('monitoringReason', m.reason))),
        dateCell(m.startDate),
        status.total,
        status.day,
        textCell(options.label(valueKey('monitoringState', m.endKind ?? 'open'))),
        dateCell(m.endedOn),
        checks.length,
        wallClockCell(last?.checkedAt),
        last?.temperature ?? null,
        textCell([m.reasonNote, m.endNote].filter((text): text is string => Boolean(text)).join('；') || null),
      ];
    });
  return makeSheet('monitoring', MONITORING_COLUMNS, rows, options, options.range);
}
