/**
 * The visits of a date range (入户走访台账): one row per resident checked at the door, with their
 * temperature and symptoms; a visit without checks (nobody home, refused) one row. Voided visits stay,
 * marked, so the ledger matches what was recorded.
 */
import type { EntityRecord } from '../entities/entity-record';
import { valueKey } from './ledger-keys';
import { addressCell, inRange, labelsCell, placesOf, textCell, voidedCell, workerCell, type DateRange, type Workers } from './ledger-cells';
import { dayOf, makeSheet, wallClockCell, type CellValue, type ColumnSpec, type LedgerOptions, type LedgerSheet } from './ledger-sheet';

export const VISITS_COLUMNS: readonly ColumnSpec[] = [
  { key: 'date', kind: 'date' },
  { key: 'time', kind: 'time' },
  { key: 'address', kind: 'text' },
  { key: 'outcome', kind: 'text' },
  { key: 'resident', kind: 'text' },
  { key: 'temperature', kind: 'temperature' },
  { key: 'symptoms', kind: 'text' },
  { key: 'worker', kind: 'text' },
  { key: 'voided', kind: 'text' },
];

export interface VisitsInput {
  visits: readonly EntityRecord<'visit'>[];
  buildings: readonly EntityRecord<'building'>[];
  households: readonly EntityRecord<'household'>[];
  residents: readonly EntityRecord<'resident'>[];
}

export interface VisitsOptions extends LedgerOptions {
  /** The days, in the phone's time zone, both included. */
  range: DateRange;
  workers: Workers;
}

export function visitsSheet(input: VisitsInput, options: VisitsOptions): LedgerSheet {
  const places = placesOf(input.buildings, input.households);
  const residentNames = new Map(input.residents.map((r) => [r.id, r.name]));
  const rows: CellValue[][] = [];
  for (const visit of inRange(input.visits, options.range, (v) => v.visitedAt)) {
    const at = wallClockCell(visit.visitedAt);
    const visitCells = (checkCells: CellValue[]): CellValue[] => [
      dayOf(at),
      at,
      addressCell(visit.householdId, places),
      textCell(options.label(valueKey('outcome', visit.outcome))),
      ...checkCells,
      workerCell(visit, options.workers),
      voidedCell(visit, options.label),
    ];
    if (visit.checks.length === 0) rows.push(visitCells([null, null, null]));
    for (const check of visit.checks) {
      rows.push(
        visitCells([
          textCell(residentNames.get(check.residentId) ?? null),
          check.temperature ?? null,
          labelsCell(check.symptoms.map((symptom) => valueKey('symptoms', symptom)), options.label),
        ]),
      );
    }
  }
  return makeSheet('visits', VISITS_COLUMNS, rows, options, options.range);
}
