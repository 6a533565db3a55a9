/**
 * The gate's search over the community on this phone: residents who still live there (with their
 * address) and households (for "household visited"). Built from the domain search core when the screen
 * opens and again when the register changes; pinyin loads lazily, names match by characters until then.
 */
import { useEffect, useMemo, useState } from 'react';
import type { LocalRecord } from '../../data/data-client';
import { useAllRecords } from '../../data/hooks/use-records';
import { livesThere } from '../../domain/entities/resident';
import { loadNamePinyin, type NamePinyin } from '../../domain/search/name-pinyin';
import { buildSearchIndex, type IndexedEntry, type SearchEntry, type SearchIndex } from '../../domain/search/search-index';
import { textOf } from '../../shared/text-of';

export interface GateRecords {
  residents: ReadonlyMap<string, LocalRecord>;
  households: ReadonlyMap<string, LocalRecord>;
  buildings: ReadonlyMap<string, LocalRecord>;
}

export interface GateSearch {
  records: GateRecords;
  /** null while the index is being built. */
  index: SearchIndex | null;
}

const noPinyin: NamePinyin = () => [];
/** Entries indexed between two yields to the browser. */
const SLICE = 500;

function byId(records: readonly LocalRecord[]): Map<string, LocalRecord> {
  return new Map(records.map((record) => [record.id, record]));
}

function address(household: LocalRecord | undefined, buildings: GateRecords['buildings']) {
  if (!household) return {};
  const building = buildings.get(textOf(household.buildingId));
  return { buildingName: textOf(building?.name) || undefined, unit: textOf(household.unit), room: textOf(household.room) };
}

function entriesOf(records: GateRecords): SearchEntry[] {
  const entries: SearchEntry[] = [];
  for (const household of records.households.values()) {
    entries.push({ kind: 'household', id: household.id, ...address(household, records.buildings) });
  }
  for (const resident of records.residents.values()) {
    if (!livesThere(resident)) continue;
    const householdId = textOf(resident.householdId);
    entries.push({
      kind: 'resident',
      id: resident.id,
      name: textOf(resident.name) || undefined,
      phone: textOf(resident.phone) || undefined,
      householdId,
      ...address(records.households.get(householdId), records.buildings),
    });
  }
  return entries;
}

let pinyinLoad: Promise<NamePinyin> | null = null;

export function useGateSearch(): GateSearch {
  const residents = useAllRecords('resident');
  const households = useAllRecords('household');
  const buildings = useAllRecords('building');
  const records = useMemo<GateRecords>(
    () => ({ residents: byId(residents ?? []), households: byId(households ?? []), buildings: byId(buildings ?? []) }),
    [residents, households, buildings],
  );
  const loaded = residents !== undefined && households !== undefined && buildings !== undefined;
  const [index, setIndex] = useState<SearchIndex | null>(null);

  useEffect(() => {
    if (!loaded) return;
    let cancelled = false;
    pinyinLoad ??= loadNamePinyin().catch(() => noPinyin);
    async function build(load: Promise<NamePinyin>) {
      const namePinyin = await load;
      const entries = entriesOf(records);
      const indexed: IndexedEntry[] = [];
      // In slices, so a large register never holds up a tap at the gate.
      for (let start = 0; start < entries.length; start += SLICE) {
        if (cancelled) return;
        indexed.push(...buildSearchIndex(entries.slice(start, start + SLICE), namePinyin).entries);
        if (start + SLICE < entries.length) await new Promise((resolve) => setTimeout(resolve, 0));
      }
      if (!cancelled) setIndex({ entries: indexed });
    }
    void build(pinyinLoad);
    return () => {
      cancelled = true;
    };
  }, [loaded, records]);

  // One object while neither changes: screens memoise on it (a keystroke elsewhere does not search again).
  return useMemo(() => ({ records, index }), [records, index]);
}
