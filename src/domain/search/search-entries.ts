/**
 * What the search index is built from: the residents, households and buildings on the phone, turned
 * into search entries (a resident carries its household's address), with the records kept by id to
 * show the hits. Households come first, so a room code lists the household before its residents when
 * they rank the same.
 */
import type { EntityRecord } from '../entities/entity-record';
import type { SearchEntry } from './search-index';

export type SearchResident = Pick<EntityRecord<'resident'>, 'id' | 'householdId' | 'name' | 'phone' | 'idNumber'>;
export type SearchHousehold = Pick<EntityRecord<'household'>, 'id' | 'buildingId' | 'unit' | 'room' | 'phone'>;
export type SearchBuilding = Pick<EntityRecord<'building'>, 'id' | 'name'>;

export interface SearchRecords<R extends SearchResident = SearchResident, H extends SearchHousehold = SearchHousehold, B extends SearchBuilding = SearchBuilding> {
  residents: ReadonlyMap<string, R>;
  households: ReadonlyMap<string, H>;
  buildings: ReadonlyMap<string, B>;
}

function addressOf(household: SearchHousehold | undefined, buildings: ReadonlyMap<string, SearchBuilding>) {
  if (!household) return {};
  return { buildingName: buildings.get(household.buildingId)?.name, unit: household.unit, room: household.room };
}

export function householdEntry(household: SearchHousehold, buildings: ReadonlyMap<string, SearchBuilding>): SearchEntry {
  return { kind: 'household', id: household.id, phone: household.phone, ...addressOf(household, buildings) };
}

export function residentEntry(resident: SearchResident, records: Omit<SearchRecords, 'residents'>): SearchEntry {
  return {
    kind: 'resident',
    id: resident.id,
    name: resident.name,
    phone: resident.phone,
    idNumber: resident.idNumber,
    householdId: resident.householdId,
    ...addressOf(records.households.get(resident.householdId), records.buildings),
  };
}

/** Whether `entry` is still the entry of `household` (the same as householdEntry gives), without making one. */
export function isHouseholdEntry(entry: SearchEntry, household: SearchHousehold, buildings: ReadonlyMap<string, SearchBuilding>): boolean {
  return (
    entry.kind === 'household' &&
    entry.id === household.id &&
    entry.phone === household.phone &&
    entry.name === undefined &&
    entry.idNumber === undefined &&
    entry.householdId === undefined &&
    sameAddress(entry, household, buildings)
  );
}

/** Whether `entry` is still the entry of `resident` (the same as residentEntry gives), without making one. */
export function isResidentEntry(entry: SearchEntry, resident: SearchResident, records: Omit<SearchRecords, 'residents'>): boolean {
  return (
    entry.kind === 'resident' &&
    entry.id === resident.id &&
    entry.name === resident.name &&
    entry.phone === resident.phone &&
    entry.idNumber === resident.idNumber &&
    entry.householdId === resident.householdId &&
    sameAddress(entry, records.households.get(resident.householdId), records.buildings)
  );
}

function sameAddress(entry: SearchEntry, household: SearchHousehold | undefined, buildings: ReadonlyMap<string, SearchBuilding>): boolean {
  if (!household) return entry.buildingName === undefined && entry.unit === undefined && entry.room === undefined;
  return entry.unit === household.unit && entry.room === household.room && entry.buildingName === buildings.get(household.buildingId)?.name;
}

export function toSearchEntries(records: SearchRecords): SearchEntry[] {
  const entries: SearchEntry[] = [];
  for (const household of records.households.values()) entries.push(householdEntry(household, records.buildings));
  for (const resident of records.residents.values()) entries.push(residentEntry(resident, records));
  return entries;
}
