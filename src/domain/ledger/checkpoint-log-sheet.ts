/**
 * The checkpoint log (卡口登记台账) of a date range and the chosen checkpoints: one row per person
 * through a gate, with the four checks (ID checked, info recorded, temperature, mask) and the health
 * code, oldest first. Voided entries stay, marked.
 */
import type { EntityRecord } from '../entities/entity-record';
import { valueKey } from './ledger-keys';
import {
  addressCell,
  idNumberCell,
  inRange,
  phoneCell,
  placesOf,
  textCell,
  voidedCell,
  workerCell,
  yesNoCell,
  type DateRange,
  type Workers,
} from './ledger-cells';
import { dayOf, makeSheet, wallClockCell, type CellValue, type ColumnSpec, type LedgerOptions, type LedgerSheet } from './ledger-sheet';
import { byId } from '../../shared/by-id';

export const CHECKPOINT_LOG_COLUMNS: readonly ColumnSpec[] = [
  { key: 'date', kind: 'date' },
  { key: 'time', kind: 'time' },
  { key: 'checkpoint', kind: 'text' },
  { key: 'direction', kind: 'text' },
  { key: 'name', kind: 'text' },
  { key: 'idNumber', kind: 'text' },
  { key: 'phone', kind: 'text' },
  { key: 'purpose', kind: 'text' },
  { key: 'address', kind: 'text' },
  { key: 'temperature', kind: 'temperature' },
  { key: 'healthCode', kind: 'text' },
  { key: 'idChecked', kind: 'text' },
  { key: 'infoRecorded', kind: 'text' },
  { key: 'maskWorn', kind: 'text' },
  { key: 'outcome', kind: 'text' },
  { key: 'reason', kind: 'text' },
  { key: 'note', kind: 'text' },
  { key: 'worker', kind: 'text' },
  { key: 'voided', kind: 'text' },
];

export interface CheckpointLogInput {
  entries: readonly EntityRecord<'checkpoint_entry'>[];
  checkpoints: readonly EntityRecord<'checkpoint'>[];
  buildings: readonly EntityRecord<'building'>[];
  households: readonly EntityRecord<'household'>[];
  residents: readonly EntityRecord<'resident'>[];
}

export interface CheckpointLogOptions extends LedgerOptions {
  /** The days, in the phone's time zone, both included. */
  range: DateRange;
  /** The checkpoints whose entries go in. */
  checkpointIds: readonly string[];
  workers: Workers;
}

export function checkpointLogSheet(input: CheckpointLogInput, options: CheckpointLogOptions): LedgerSheet {
  const places = placesOf(input.buildings, input.households);
  const checkpoints = new Map(input.checkpoints.map((c) => [c.id, c.name]));
  const residents = byId(input.residents);
  const chosen = new Set(options.checkpointIds);
  const entries = inRange(
    input.entries.filter((entry) => chosen.has(entry.checkpointId)),
    options.range,
    (entry) => entry.at,
  );
  const rows = entries.map((entry): CellValue[] => {
    const at = wallClockCell(entry.at);
    const resident = entry.residentId === undefined ? undefined : residents.get(entry.residentId);
    return [
      dayOf(at),
      at,
      textCell(checkpoints.get(entry.checkpointId) ?? null),
      textCell(options.label(valueKey('direction', entry.direction))),
      textCell(entry.name),
      idNumberCell(entry.idNumber ?? resident?.idNumber, options.mask),
      phoneCell(entry.phone ?? resident?.phone, options.mask),
      entry.purpose === undefined ? null : textCell(options.label(valueKey('purpose', entry.purpose))),
      addressCell(entry.householdId ?? resident?.householdId, places),
      entry.temperature,
      textCell(options.label(valueKey('healthCode', entry.healthCode))),
      yesNoCell(entry.idChecked, options.label),
      yesNoCell(entry.infoRecorded, options.label),
      yesNoCell(entry.maskWorn, options.label),
      textCell(options.label(valueKey('checkpointOutcome', entry.outcome))),
      textCell(entry.reason),
      textCell(entry.note),
      workerCell(entry, options.workers),
      voidedCell(entry, options.label),
    ];
  });
  return makeSheet('checkpointLog', CHECKPOINT_LOG_COLUMNS, rows, options, options.range);
}
