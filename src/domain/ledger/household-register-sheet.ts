/**
 * The household register (人房关联台账): every household of the buildings held, in walking order
 * (building name, unit, floor, room), one row per resident with the household's columns repeated, and
 * one row for a household with no resident on record. Moved-out residents stay, with the day they left.
 */
import type { EntityRecord } from '../entities/entity-record';
import { idNumberInfo } from '../id-number';
import { ageOn } from '../round/age-on';
import { compareRoomPlaces } from '../round/room-order';
import { valueKey } from './ledger-keys';
import { idNumberCell, labelsCell, phoneCell, textCell } from './ledger-cells';
import { dateCell, makeSheet, type CellValue, type ColumnSpec, type LedgerOptions, type LedgerSheet } from './ledger-sheet';
import { byId } from '../../shared/by-id';

export const HOUSEHOLD_REGISTER_COLUMNS: readonly ColumnSpec[] = [
  { key: 'building', kind: 'text' },
  { key: 'unit', kind: 'text' },
  { key: 'room', kind: 'text' },
  { key: 'occupancy', kind: 'text' },
  { key: 'householdPhone', kind: 'text' },
  { key: 'name', kind: 'text' },
  { key: 'sex', kind: 'text' },
  { key: 'idNumber', kind: 'text' },
  { key: 'age', kind: 'number' },
  { key: 'phone', kind: 'text' },
  { key: 'tags', kind: 'text' },
  { key: 'movedOut', kind: 'date' },
];

export interface HouseholdRegisterInput {
  buildings: readonly EntityRecord<'building'>[];
  households: readonly EntityRecord<'household'>[];
  residents: readonly EntityRecord<'resident'>[];
}

export interface HouseholdRegisterOptions extends LedgerOptions {
  /** The export's day, YYYY-MM-DD (todayIn): ages are counted on it. */
  exportDate: string;
}

const collator = new Intl.Collator('zh-CN', { numeric: true });

/** Residents still living there first, then those moved out; each by name. */
function compareResidents(a: EntityRecord<'resident'>, b: EntityRecord<'resident'>): number {
  const movedOut = Number(a.movedOutOn !== undefined) - Number(b.movedOutOn !== undefined);
  return movedOut || collator.compare(a.name, b.name) || a.id.localeCompare(b.id);
}

function residentCells(resident: EntityRecord<'resident'> | undefined, options: HouseholdRegisterOptions): CellValue[] {
  if (!resident) return [null, null, null, null, null, null, null];
  const fromId = resident.idNumber === undefined ? null : idNumberInfo(resident.idNumber);
  const sex = resident.sex ?? fromId?.sex;
  return [
    textCell(resident.name),
    sex === undefined ? null : textCell(options.label(valueKey('sex', sex))),
    idNumberCell(resident.idNumber, options.mask),
    ageOn(resident.birthDate ?? fromId?.birthDate, options.exportDate),
    phoneCell(resident.phone, options.mask),
    labelsCell(resident.tags.map((tag) => valueKey('tags', tag)), options.label),
    dateCell(resident.movedOutOn),
  ];
}

export function householdRegisterSheet(input: HouseholdRegisterInput, options: HouseholdRegisterOptions): LedgerSheet {
  const buildings = byId(input.buildings);
  const residentsOf = new Map<string, EntityRecord<'resident'>[]>();
  for (const resident of input.residents) {
    const list = residentsOf.get(resident.householdId);
    if (list) list.push(resident);
    else residentsOf.set(resident.householdId, [resident]);
  }
  const buildingName = (household: EntityRecord<'household'>) => buildings.get(household.buildingId)?.name ?? '';
  const households = input.households
    .filter((household) => buildings.has(household.buildingId))
    .sort((a, b) => collator.compare(buildingName(a), buildingName(b)) || a.buildingId.localeCompare(b.buildingId) || compareRoomPlaces(a, b));

  const rows: CellValue[][] = [];
  for (const household of households) {
    const householdCells: CellValue[] = [
      textCell(buildingName(household)),
      textCell(household.unit),
      textCell(household.room),
      textCell(options.label(valueKey('occupancy', household.status))),
      phoneCell(household.phone, options.mask),
    ];
    const residents = (residentsOf.get(household.id) ?? []).sort(compareResidents);
    if (residents.length === 0) rows.push([...householdCells, ...residentCells(undefined, options)]);
    for (const resident of residents) rows.push([...householdCells, ...residentCells(resident, options)]);
  }
  return makeSheet('householdRegister', HOUSEHOLD_REGISTER_COLUMNS, rows, options);
}
