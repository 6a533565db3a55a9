/**
 * The search index: every resident and household in scope with its keys normalised once (lower-case name,
 * pinyin syllables, full pinyin, initials, phone digits, ID tail, building/unit/room codes), so that a
 * keystroke is a linear scan over plain strings. Pure: no IndexedDB, no pinyin at query time.
 */
import type { NamePinyin } from './name-pinyin';

export type SearchEntryKind = 'resident' | 'household';

/** What the caller knows about one resident or household; a resident carries its household's address. */
export interface SearchEntry {
  kind: SearchEntryKind;
  id: string;
  name?: string;
  phone?: string;
  idNumber?: string;
  buildingName?: string;
  unit?: string;
  room?: string;
  householdId?: string;
}

export interface IndexedEntry {
  entry: SearchEntry;
  /** Name lower-cased, whitespace removed. */
  name: string;
  syllables: readonly string[];
  /** Syllables joined: 张三 → zhangsan. */
  full: string;
  /** First letter of each syllable: 张三 → zs. */
  initials: string;
  phoneDigits: string;
  /** ID number upper-cased. */
  idNumber: string;
  building: string;
  unit: string;
  room: string;
}

export interface SearchIndex {
  readonly entries: readonly IndexedEntry[];
}

/** Full-width forms to ASCII (NFKC), lower case, no whitespace. */
export function normalizeText(raw: string): string {
  return raw.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
}

/**
 * A building, unit or room label as people say it: its first number without leading zeros
 * (3号楼 → 3, 2单元 → 2, 0501 → 501), or the label itself when it has no digits (A座 → a座).
 */
export function addressCode(label: string | undefined): string {
  if (!label) return '';
  const text = normalizeText(label);
  const digits = /\d+/.exec(text);
  if (!digits) return text;
  return digits[0].replace(/^0+(?=\d)/, '');
}

/**
 * One entry's keys. `earlier`, the same record's keys from an earlier index, lends its name keys when the
 * name is unchanged (they depend on the name alone): an address change does not read the name again.
 */
export function indexEntry(entry: SearchEntry, namePinyin: NamePinyin, earlier?: IndexedEntry): IndexedEntry {
  const sameName = earlier !== undefined && earlier.entry.name === entry.name;
  const name = sameName ? earlier.name : entry.name ? normalizeText(entry.name) : '';
  const syllables = sameName ? earlier.syllables : name ? namePinyin(name) : [];
  return {
    entry,
    name,
    syllables,
    full: sameName ? earlier.full : syllables.join(''),
    initials: sameName ? earlier.initials : syllables.map((syllable) => syllable[0]).join(''),
    phoneDigits: entry.phone ? entry.phone.replace(/\D/g, '') : '',
    idNumber: entry.idNumber ? entry.idNumber.trim().toUpperCase() : '',
    building: addressCode(entry.buildingName),
    unit: addressCode(entry.unit),
    room: addressCode(entry.room),
  };
}

export function buildSearchIndex(entries: readonly SearchEntry[], namePinyin: NamePinyin): SearchIndex {
  return { entries: entries.map((entry) => indexEntry(entry, namePinyin)) };
}
