/**
 * Checks each roster row and compares it with the register the phone holds: a row is new (the
 * resident is not in the register), updated (found by ID number, or by name in the household, and
 * some field differs), unchanged, or wrong (with its reasons). Importing rows already written
 * classifies them all unchanged: residents are found by ID number, those without one by name
 * within their household.
 */
import type { EntityRecord } from '../entities/entity-record';
import { isResidentTag, type ResidentTag } from '../entities/resident';
import { checkIdNumber, idNumberInfo, type IdNumberError, type IdNumberInfo } from '../id-number';
import { isMobile, isMobileOrLandline } from '../phone';
import { hasVisibleCharacter } from '../plausible-values';
import { messages as tagLabelsEn } from '../../shared/i18n/locales/household/en';
import { messages as tagLabelsZh } from '../../shared/i18n/locales/household/zh-CN';
import { messages as ledgerEn } from '../../shared/i18n/locales/ledger/en';
import { messages as ledgerZh } from '../../shared/i18n/locales/ledger/zh-CN';
import { latestDateAnywhere } from '../../shared/local-date';
import { toHalfWidth } from '../../shared/spreadsheet/sheet-cells';
import type { RosterField } from './roster-columns';
import type { RosterRow } from './roster-rows';

/** Why a row cannot be imported (keys of the 'validation' namespace). */
export type RosterRowError =
  | 'id_number_as_number'
  | 'name_required'
  | 'name_too_long'
  | 'name_invisible'
  | 'building_required'
  | 'building_unknown'
  | 'unit_required'
  | 'room_required'
  | 'label_too_long'
  | 'phone_invalid'
  | 'phone_or_landline_invalid'
  | 'sex_unknown'
  | 'sex_mismatch'
  | 'birth_date_unreadable'
  | 'birth_date_mismatch'
  | 'date_in_future'
  | 'date_too_early'
  | 'tag_unknown'
  | 'duplicate_in_file'
  | 'id_number_in_other_household';

export interface RosterReason {
  key: RosterRowError | IdNumberError;
  field: RosterField;
  /** duplicate_in_file: the row number of the first row with the same person. */
  firstRow?: number;
}

export interface RosterRegister {
  buildings: readonly Pick<EntityRecord<'building'>, 'id' | 'name'>[];
  households: readonly Pick<EntityRecord<'household'>, 'id' | 'buildingId' | 'unit' | 'room' | 'phone'>[];
  residents: readonly Pick<EntityRecord<'resident'>, 'id' | 'householdId' | 'name' | 'idNumber' | 'phone' | 'sex' | 'birthDate' | 'tags'>[];
}

export type Sex = 'male' | 'female';

/** What the row says of its resident, as it would be stored (only fields the row gives). */
export interface RosterResident {
  name: string;
  idNumber?: string;
  phone?: string;
  sex?: Sex;
  birthDate?: string;
  tags?: ResidentTag[];
}

/** The fields an update changes. */
export type RosterChange = 'name' | 'idNumber' | 'phone' | 'sex' | 'birthDate' | 'tags' | 'householdPhone';

interface Placed {
  buildingId: string;
  unit: string;
  room: string;
  /** The household at that address, when the register has it. */
  householdId?: string;
  householdPhone?: string;
}

export type CheckedRosterRow =
  | { status: 'wrong'; row: RosterRow; reasons: RosterReason[] }
  | {
      status: 'new';
      row: RosterRow;
      place: Placed;
      resident: RosterResident;
      /** ['householdPhone'] when the row's household exists and the row gives it another phone. */
      changes: RosterChange[];
    }
  | { status: 'updated'; row: RosterRow; place: Placed & { householdId: string }; resident: RosterResident; residentId: string; changes: RosterChange[] }
  | { status: 'unchanged'; row: RosterRow; place: Placed & { householdId: string }; resident: RosterResident; residentId: string };

export interface RosterCheck {
  rows: CheckedRosterRow[];
  totals: { rows: number; new: number; updated: number; unchanged: number; wrong: number };
  /** Building names the register does not have, in the order met: offered to create before importing. */
  unknownBuildings: string[];
}

const MAX_NAME = 50;
const MAX_LABEL = 20;

/** Text compared loosely: half-width, no spaces, lower case. */
function loose(text: string): string {
  return toHalfWidth(text).replace(/\s/g, '').toLowerCase();
}

/** A building's name as matched: "3号楼", "3栋", "3幢", "3#" and "3" are the same building. */
export function buildingKey(name: string): string {
  const text = loose(name);
  const numbered = /^(\d+)(号楼|号|栋|幢|楼|#)?$/.exec(text);
  return numbered ? numbered[1]! : text;
}

/** A unit or room as stored: "2单元" → "2", "501室" → "501". */
export function labelOf(text: string, suffixes: RegExp): string {
  const value = toHalfWidth(text).replace(/\s/g, '');
  const match = suffixes.exec(value);
  return match ? match[1]! : value;
}
const UNIT_SUFFIX = /^(\d+)(单元|门)$/;
const ROOM_SUFFIX = /^(\d+)(室|号|房)$/;

/** The local key of a household's address, shared by check and plan. */
export function addressKey(buildingId: string, unit: string, room: string): string {
  return `${buildingId}\u0000${loose(unit)}\u0000${loose(room)}`;
}

const SEX_WORDS: Record<string, Sex> = { 男: 'male', 女: 'female', male: 'male', female: 'female', m: 'male', f: 'female', 男性: 'male', 女性: 'female' };

const TAG_WORDS = new Map<string, ResidentTag>();
// The household screens' words and the exported ledger's (so an exported register imports as it was).
for (const labels of [tagLabelsZh.tags, tagLabelsEn.tags, ledgerZh.values.tags, ledgerEn.values.tags]) {
  for (const [tag, label] of Object.entries(labels)) if (isResidentTag(tag)) TAG_WORDS.set(loose(label), tag);
}

function readTags(text: string): ResidentTag[] | null {
  const words = text.split(/[,，、;；/|\n]+/).map(loose).filter((word) => word !== '');
  const tags: ResidentTag[] = [];
  for (const word of words) {
    const tag = isResidentTag(word) ? word : TAG_WORDS.get(word);
    if (tag === undefined) return null;
    if (!tags.includes(tag)) tags.push(tag);
  }
  return tags;
}

interface FieldCheck {
  reasons: RosterReason[];
  resident: RosterResident;
  idInfo: IdNumberInfo | null;
}

/** The row's own rules, without the register. */
function checkFields(row: RosterRow, today: string): FieldCheck {
  const v = row.values;
  const reasons: RosterReason[] = [];
  const add = (key: RosterReason['key'], field: RosterField) => reasons.push({ key, field });
  const resident: RosterResident = { name: v.name };

  if (v.name === '') add('name_required', 'name');
  else if (v.name.length > MAX_NAME) add('name_too_long', 'name');
  else if (!hasVisibleCharacter(v.name)) add('name_invisible', 'name');
  if (v.building === '') add('building_required', 'building');
  if (v.unit === '') add('unit_required', 'unit');
  else if (v.unit.length > MAX_LABEL) add('label_too_long', 'unit');
  if (v.room === '') add('room_required', 'room');
  else if (v.room.length > MAX_LABEL) add('label_too_long', 'room');

  let idInfo: IdNumberInfo | null = null;
  if (row.idNumberAsNumber) add('id_number_as_number', 'idNumber');
  else if (v.idNumber !== '') {
    const id = checkIdNumber(v.idNumber, today);
    if (id.ok) {
      resident.idNumber = id.value;
      idInfo = id.info;
    } else add(id.error, 'idNumber');
  }

  if (v.phone !== '') {
    if (isMobile(v.phone)) resident.phone = v.phone;
    else add('phone_invalid', 'phone');
  }
  if (v.householdPhone !== '' && !isMobileOrLandline(v.householdPhone)) add('phone_or_landline_invalid', 'householdPhone');

  if (v.sex !== '') {
    const sex = SEX_WORDS[loose(v.sex)];
    if (sex === undefined) add('sex_unknown', 'sex');
    else if (idInfo && idInfo.sex !== sex) add('sex_mismatch', 'sex');
    else resident.sex = sex;
  }
  if (idInfo) resident.sex = idInfo.sex;

  if (row.birthDateUnreadable) add('birth_date_unreadable', 'birthDate');
  else if (v.birthDate !== '') {
    if (idInfo && !idInfo.birthDate.startsWith(v.birthDate)) add('birth_date_mismatch', 'birthDate');
    else if (v.birthDate > today) add('date_in_future', 'birthDate');
    else if (v.birthDate < '1900') add('date_too_early', 'birthDate');
    // Only a full date is stored (出生年月 gives only the month).
    else if (v.birthDate.length === 10) resident.birthDate = v.birthDate;
  }
  if (idInfo) resident.birthDate = idInfo.birthDate;

  if (v.tags !== '') {
    const tags = readTags(v.tags);
    if (tags === null) add('tag_unknown', 'tags');
    else resident.tags = tags;
  }
  return { reasons, resident, idInfo };
}

function sameTags(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((tag) => b.includes(tag));
}

/** The fields the row gives that differ from the stored resident (an empty cell never clears a field). */
function changesOf(
  given: RosterResident,
  stored: RosterRegister['residents'][number],
  householdPhone: string | undefined,
  storedHouseholdPhone: string | undefined,
): RosterChange[] {
  const changes: RosterChange[] = [];
  if (given.name !== stored.name) changes.push('name');
  if (given.idNumber !== undefined && given.idNumber !== stored.idNumber) changes.push('idNumber');
  if (given.phone !== undefined && given.phone !== stored.phone) changes.push('phone');
  // Sex and birth date a register leaves to the ID number (the ledger exports them from it) are no change when they agree.
  const fromId = stored.idNumber !== undefined ? idNumberInfo(stored.idNumber) : null;
  const storedSex = stored.sex ?? fromId?.sex;
  const storedBirthDate = stored.birthDate ?? fromId?.birthDate;
  if (given.sex !== undefined && given.sex !== storedSex) changes.push('sex');
  if (given.birthDate !== undefined && given.birthDate !== storedBirthDate) changes.push('birthDate');
  if (given.tags !== undefined && !sameTags(given.tags, stored.tags)) changes.push('tags');
  if (householdPhone !== undefined && householdPhone !== storedHouseholdPhone) changes.push('householdPhone');
  return changes;
}

/** Checks every row against its own rules, the other rows, and the register. `today`: YYYY-MM-DD. */
export function checkRoster(rows: readonly RosterRow[], register: RosterRegister, today: string = latestDateAnywhere()): RosterCheck {
  const buildingsByKey = new Map<string, string>();
  for (const building of register.buildings) if (!buildingsByKey.has(buildingKey(building.name))) buildingsByKey.set(buildingKey(building.name), building.id);
  const householdsByAddress = new Map(register.households.map((h) => [addressKey(h.buildingId, h.unit, h.room), h]));
  const residentsById = new Map<string, RosterRegister['residents'][number]>();
  const residentsByHousehold = new Map<string, RosterRegister['residents'][number][]>();
  for (const resident of register.residents) {
    if (resident.idNumber !== undefined) residentsById.set(resident.idNumber, resident);
    const list = residentsByHousehold.get(resident.householdId) ?? [];
    list.push(resident);
    residentsByHousehold.set(resident.householdId, list);
  }

  const unknownBuildings: string[] = [];
  const unknownKeys = new Set<string>();
  const firstById = new Map<string, number>();
  const firstByPerson = new Map<string, number>();
  const checked: CheckedRosterRow[] = [];

  for (const row of rows) {
    const { reasons, resident } = checkFields(row, today);
    const unit = labelOf(row.values.unit, UNIT_SUFFIX);
    const room = labelOf(row.values.room, ROOM_SUFFIX);

    const buildingId = row.values.building === '' ? undefined : buildingsByKey.get(buildingKey(row.values.building));
    if (row.values.building !== '' && buildingId === undefined) {
      reasons.push({ key: 'building_unknown', field: 'building' });
      const key = buildingKey(row.values.building);
      if (!unknownKeys.has(key)) {
        unknownKeys.add(key);
        unknownBuildings.push(row.values.building);
      }
    }

    // The same person twice in the file: by ID number, else by name at the same address.
    const personKey = resident.idNumber ?? `${loose(row.values.building)}\u0000${addressKey('', unit, room)}\u0000${loose(resident.name)}`;
    const firstMap = resident.idNumber !== undefined ? firstById : firstByPerson;
    const first = firstMap.get(personKey);
    if (first !== undefined && resident.name !== '') reasons.push({ key: 'duplicate_in_file', field: resident.idNumber !== undefined ? 'idNumber' : 'name', firstRow: first });
    else if (resident.name !== '') firstMap.set(personKey, row.rowNumber);

    if (reasons.length > 0 || buildingId === undefined) {
      checked.push({ status: 'wrong', row, reasons });
      continue;
    }

    const household = householdsByAddress.get(addressKey(buildingId, unit, room));
    const householdPhone = row.values.householdPhone === '' ? undefined : row.values.householdPhone;
    const place: Placed = { buildingId, unit, room, ...(household ? { householdId: household.id } : {}), ...(householdPhone ? { householdPhone } : {}) };

    let stored = resident.idNumber !== undefined ? residentsById.get(resident.idNumber) : undefined;
    if (stored !== undefined && stored.householdId !== household?.id) {
      checked.push({ status: 'wrong', row, reasons: [{ key: 'id_number_in_other_household', field: 'idNumber' }] });
      continue;
    }
    if (stored === undefined && household !== undefined) {
      // Without a match by ID number: the same name in the household, not carrying another ID number.
      stored = residentsByHousehold
        .get(household.id)
        ?.find((r) => loose(r.name) === loose(resident.name) && (r.idNumber === undefined || resident.idNumber === undefined));
    }
    if (stored === undefined || household === undefined) {
      const changes: RosterChange[] = household && householdPhone !== undefined && householdPhone !== household.phone ? ['householdPhone'] : [];
      checked.push({ status: 'new', row, place, resident, changes });
      continue;
    }
    const at = { ...place, householdId: household.id };
    const changes = changesOf(resident, stored, householdPhone, household.phone);
    checked.push(
      changes.length === 0
        ? { status: 'unchanged', row, place: at, resident, residentId: stored.id }
        : { status: 'updated', row, place: at, resident, residentId: stored.id, changes },
    );
  }

  const count = (status: CheckedRosterRow['status']) => checked.filter((row) => row.status === status).length;
  return {
    rows: checked,
    totals: { rows: checked.length, new: count('new'), updated: count('updated'), unchanged: count('unchanged'), wrong: count('wrong') },
    unknownBuildings,
  };
}
