/** Cell values the sheet builders share: safe text, masked IDs and phones, places, workers, coded words. */
import type { EntityRecord } from '../entities/entity-record';
import { maskPhone } from '../phone';
import { localDay, withinDays } from '../../shared/local-date';
import { safeText } from '../../shared/spreadsheet/formula-text';
import { maskIdNumber } from '../id-number';
import type { LedgerLabel } from './ledger-sheet';
import type { LedgerValueKey } from './ledger-keys';
import { byId } from '../../shared/by-id';

/** Text for a text column: formula starts neutralised; missing or blank → an empty cell. */
export function textCell(value: string | undefined | null): string | null {
  return value === undefined || value === null || value.trim() === '' ? null : safeText(value);
}

export function idNumberCell(idNumber: string | undefined, mask: boolean): string | null {
  return idNumber === undefined ? null : textCell(mask ? maskIdNumber(idNumber) : idNumber);
}

export function phoneCell(phone: string | undefined, mask: boolean): string | null {
  return phone === undefined ? null : textCell(mask ? maskPhone(phone) : phone);
}

/** Several coded values as one cell: their words joined by 、 (the Chinese list comma), or empty. */
export function labelsCell(keys: readonly LedgerValueKey[], label: LedgerLabel): string | null {
  return keys.length === 0 ? null : textCell(keys.map(label).join('、'));
}

/** A yes/no cell. */
export function yesNoCell(value: boolean, label: LedgerLabel): string | null {
  return textCell(label(value ? 'ledger:values.yesNo.yes' : 'ledger:values.yesNo.no'));
}

/** The void mark of an event (visit, fever report, gate entry): "voided" and the reason, or empty. */
export function voidedCell(record: { voidedAt?: string | undefined; voidReason?: string | undefined }, label: LedgerLabel): string | null {
  if (record.voidedAt === undefined) return null;
  const reason = record.voidReason?.trim();
  return textCell(reason ? `${label('ledger:values.voided.voided')}：${reason}` : label('ledger:values.voided.voided'));
}

/** Where a household is: "3号楼-2-501" (building, unit, room); "2-501" when its building is not held. */
export interface Places {
  households: ReadonlyMap<string, EntityRecord<'household'>>;
  buildings: ReadonlyMap<string, EntityRecord<'building'>>;
}

export function placesOf(buildings: readonly EntityRecord<'building'>[], households: readonly EntityRecord<'household'>[]): Places {
  return { buildings: byId(buildings), households: byId(households) };
}

/** "3号楼-2-501"; "2-501" when the building is not held. */
export function placeCell(buildingName: string | undefined, unit: string, room: string): string | null {
  return textCell([buildingName, unit, room].filter((part) => part !== undefined).join('-'));
}

export function addressCell(householdId: string | undefined, places: Places): string | null {
  const household = householdId === undefined ? undefined : places.households.get(householdId);
  if (!household) return null;
  return placeCell(places.buildings.get(household.buildingId)?.name, household.unit, household.room);
}

/** Who wrote the records: names by user id, and the exporting user for records made on this phone (no createdBy until synced). */
export interface Workers {
  names: ReadonlyMap<string, string>;
  selfId: string;
}

export function workerCell(record: { createdBy?: string | undefined }, workers: Workers): string | null {
  const id = record.createdBy ?? workers.selfId;
  return textCell(workers.names.get(id) ?? null);
}

/** A date range's days, YYYY-MM-DD, both included. */
export interface DateRange {
  from: string;
  to: string;
}

/** The records of `list` whose timestamp falls within the range (the phone's days), oldest first. */
export function inRange<T>(list: readonly T[], range: DateRange, timestampOf: (record: T) => string): T[] {
  const first = localDay(range.from);
  const last = localDay(range.to);
  return list
    .filter((record) => withinDays(first, last, timestampOf(record)))
    .sort((a, b) => Date.parse(timestampOf(a)) - Date.parse(timestampOf(b)));
}
