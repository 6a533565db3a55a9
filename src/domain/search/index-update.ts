/**
 * Bringing a search index up to date with the register instead of building it again: every record's entry
 * (a resident's carries its household's address and building name) is compared with the one it had in the
 * earlier index; unchanged ones keep their keys, and only new or changed ones (a renamed resident, a moved
 * one, every resident of a household whose room changed or of a renamed building) are indexed again. The
 * order is the one toSearchEntries gives, so the result is the index a fresh build would give.
 */
import type { NamePinyin } from './name-pinyin';
import { householdEntry, isHouseholdEntry, isResidentEntry, residentEntry, type SearchRecords } from './search-entries';
import { indexEntry, type IndexedEntry, type SearchEntry, type SearchIndex } from './search-index';

/** An index that can be updated: it remembers the converter that read its names. */
export interface UpdatableIndex extends SearchIndex {
  readonly namePinyin: NamePinyin;
}

/** An entry to index again, with its place in the index and what the record had before (if anything). */
export interface ChangedEntry {
  slot: number;
  entry: SearchEntry;
  earlier: IndexedEntry | undefined;
}

/** The next index, planned: entries kept in place, and the changed ones still to index into their slots. */
export interface IndexUpdate {
  readonly namePinyin: NamePinyin;
  /** In index order; null where a changed entry goes. */
  readonly slots: (IndexedEntry | null)[];
  readonly changed: readonly ChangedEntry[];
}

/**
 * Compares the register with `earlier` (null, or one built with another converter: everything is to be
 * indexed), pausing (yielding) after every `slice` records looked at, so a caller can give the main thread
 * back. Cheap: a map lookup and a comparison per record (an entry is made only for changed ones), no name read.
 */
export function* planIndexUpdate(records: SearchRecords, namePinyin: NamePinyin, earlier: UpdatableIndex | null, slice = Infinity): Generator<void, IndexUpdate, void> {
  const households = new Map<string, IndexedEntry>();
  const residents = new Map<string, IndexedEntry>();
  let seen = 0;
  for (const item of earlier?.namePinyin === namePinyin ? earlier.entries : []) {
    (item.entry.kind === 'household' ? households : residents).set(item.entry.id, item);
    if (++seen % slice === 0) yield;
  }
  const slots: (IndexedEntry | null)[] = [];
  const changed: ChangedEntry[] = [];
  for (const household of records.households.values()) {
    const before = households.get(household.id);
    if (before && isHouseholdEntry(before.entry, household, records.buildings)) slots.push(before);
    else changed.push({ slot: slots.push(null) - 1, entry: householdEntry(household, records.buildings), earlier: before });
    if (++seen % slice === 0) yield;
  }
  for (const resident of records.residents.values()) {
    const before = residents.get(resident.id);
    if (before && isResidentEntry(before.entry, resident, records)) slots.push(before);
    else changed.push({ slot: slots.push(null) - 1, entry: residentEntry(resident, records), earlier: before });
    if (++seen % slice === 0) yield;
  }
  return { namePinyin, slots, changed };
}

/** Indexes the changed entries from `start` to `end` (exclusive) into their slots. */
export function indexChanged(update: IndexUpdate, start: number, end: number): void {
  for (let i = start; i < Math.min(end, update.changed.length); i++) {
    const { slot, entry, earlier } = update.changed[i]!;
    update.slots[slot] = indexEntry(entry, update.namePinyin, earlier);
  }
}

/** The updated index, once every changed entry is indexed. */
export function finishIndexUpdate(update: IndexUpdate): UpdatableIndex {
  const entries = update.slots.filter((item): item is IndexedEntry => item !== null);
  if (entries.length !== update.slots.length) throw new Error('finishIndexUpdate: a changed entry was not indexed');
  return { entries, namePinyin: update.namePinyin };
}

/** The index of `records`, updated from `earlier` in one go (tests and benchmarks; the app works in slices). */
export function updateSearchIndex(records: SearchRecords, namePinyin: NamePinyin, earlier: UpdatableIndex | null): UpdatableIndex {
  const steps = planIndexUpdate(records, namePinyin, earlier);
  let step = steps.next();
  while (!step.done) step = steps.next();
  const update = step.value;
  indexChanged(update, 0, update.changed.length);
  return finishIndexUpdate(update);
}
