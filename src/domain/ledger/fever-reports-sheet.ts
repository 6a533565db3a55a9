/**
 * The fever reports (发热人员台账): one row per report, oldest first, within a date range or all held.
 * The phone is the report's own, else the resident's; voided reports stay, marked.
 */
import type { EntityRecord } from '../entities/entity-record';
import { valueKey } from './ledger-keys';
import { addressCell, inRange, labelsCell, phoneCell, placesOf, textCell, voidedCell, workerCell, type DateRange, type Workers } from './ledger-cells';
import { dateCell, dayOf, makeSheet, wallClockCell, type CellValue, type ColumnSpec, type LedgerOptions, type LedgerSheet } from './ledger-sheet';
import { byId } from '../../shared/by-id';

export const FEVER_REPORTS_COLUMNS: readonly ColumnSpec[] = [
  { key: 'date', kind: 'date' },
  { key: 'time', kind: 'time' },
  { key: 'name', kind: 'text' },
  { key: 'phone', kind: 'text' },
  { key: 'address', kind: 'text' },
  { key: 'temperature', kind: 'temperature' },
  { key: 'symptoms', kind: 'text' },
  { key: 'onsetDate', kind: 'date' },
  { key: 'action', kind: 'text' },
  { key: 'worker', kind: 'text' },
  { key: 'voided', kind: 'text' },
];

export interface FeverReportsInput {
  reports: readonly EntityRecord<'fever_report'>[];
  buildings: readonly EntityRecord<'building'>[];
  households: readonly EntityRecord<'household'>[];
  residents: readonly EntityRecord<'resident'>[];
}

export interface FeverReportsOptions extends LedgerOptions {
  /** The days, in the phone's time zone, both included; without it every report held. */
  range?: DateRange;
  workers: Workers;
}

export function feverReportsSheet(input: FeverReportsInput, options: FeverReportsOptions): LedgerSheet {
  const places = placesOf(input.buildings, input.households);
  const residents = byId(input.residents);
  const reportedAt = (report: EntityRecord<'fever_report'>) => report.reportedAt;
  const reports = options.range
    ? inRange(input.reports, options.range, reportedAt)
    : [...input.reports].sort((a, b) => Date.parse(a.reportedAt) - Date.parse(b.reportedAt));
  const rows = reports.map((report): CellValue[] => {
    const at = wallClockCell(report.reportedAt);
    const resident = report.residentId === undefined ? undefined : residents.get(report.residentId);
    return [
      dayOf(at),
      at,
      textCell(report.name),
      phoneCell(report.phone ?? resident?.phone, options.mask),
      addressCell(report.householdId ?? resident?.householdId, places),
      report.temperature,
      labelsCell(report.symptoms.map((symptom) => valueKey('symptoms', symptom)), options.label),
      dateCell(report.onsetDate),
      textCell(options.label(valueKey('action', report.action))),
      workerCell(report, options.workers),
      voidedCell(report, options.label),
    ];
  });
  return makeSheet('feverReports', FEVER_REPORTS_COLUMNS, rows, options, options.range ?? null);
}
