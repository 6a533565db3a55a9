/**
 * What the search index is built from: the residents, households and buildings on this phone, turned into
 * search entries (a resident carries its household's address), with the records kept by id for showing hits.
 */
import type { LocalRecord } from '../../data/data-client';
import type { SearchEntry } from '../../domain/search/search-index';

export interface SearchRecords {
  residents: ReadonlyMap<string, LocalRecord>;
  households: ReadonlyMap<string, LocalRecord>;
  buildings: ReadonlyMap<string, LocalRecord>;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function byId(records: readonly LocalRecord[]): Map<string, LocalRecord> {
  return new Map(records.map((record) => [record.id, record]));
}

export function searchRecords(residents: readonly LocalRecord[], households: readonly LocalRecord[], buildings: readonly LocalRecord[]): SearchRecords {
  return { residents: byId(residents), households: byId(households), buildings: byId(buildings) };
}

function addressOf(household: LocalRecord | undefined, buildings: SearchRecords['buildings']) {
  if (!household) return {};
  const building = typeof household.buildingId === 'string' ? buildings.get(household.buildingId) : undefined;
  return { buildingName: text(building?.name), unit: text(household.unit), room: text(household.room) };
}

/** Households first, so a room code lists the household before its residents when they rank the same. */
export function toSearchEntries(records: SearchRecords): SearchEntry[] {
  const entries: SearchEntry[] = [];
  for (const household of records.households.values()) {
    entries.push({ kind: 'household', id: household.id, phone: text(household.phone), ...addressOf(household, records.buildings) });
  }
  for (const resident of records.residents.values()) {
    const householdId = text(resident.householdId);
    entries.push({
      kind: 'resident',
      id: resident.id,
      name: text(resident.name),
      phone: text(resident.phone),
      idNumber: text(resident.idNumber),
      householdId,
      ...addressOf(householdId ? records.households.get(householdId) : undefined, records.buildings),
    });
  }
  return entries;
}
