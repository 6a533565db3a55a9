/**
 * One search box over residents and households: name, full pinyin, pinyin initials (or any mix of syllable
 * prefixes: zhangs, zhs), phone, the last 4 characters of an ID number and building-unit-room (3-2-501, 2-501,
 * 501). A keystroke scans the precomputed keys of the index once; hits are ranked, then capped.
 */
import { normalizeText, type IndexedEntry, type SearchEntry, type SearchIndex } from './search-index';

/** Which key of the entry matched. */
export type SearchField = 'name' | 'pinyin' | 'initials' | 'phone' | 'idNumber' | 'address';

/**
 * Best first: 0 the exact name, 1 a name starting with the query, 2 full pinyin starting with the query,
 * 3 initials or syllable prefixes from the first syllable, 4 other exact keys (whole phone number, ID tail or
 * whole ID number, building-unit-room), 5 partial keys (phone prefix or suffix, unit-room, room, the query
 * inside the name or from a later syllable).
 */
export type SearchRank = 0 | 1 | 2 | 3 | 4 | 5;

export interface SearchHit {
  entry: SearchEntry;
  rank: SearchRank;
  field: SearchField;
}

export const DEFAULT_SEARCH_LIMIT = 50;
const RANKS = 6;
/** Phone prefixes and suffixes match from this many digits. */
const MIN_PHONE_DIGITS = 4;
/** A room number alone matches from this many digits. */
const MIN_ROOM_DIGITS = 3;

interface Query {
  text: string;
  /** Letters only, v read as ü (= u in the index): for pinyin. */
  letters: string | null;
  /** The digits of a phone-like query (spaces and hyphens allowed in a number of 7 or more digits). */
  digits: string | null;
  /** Four characters: three digits and a digit or X. */
  idTail: string | null;
  /** building-unit-room or unit-room. */
  address: { building: string | null; unit: string; room: string } | null;
  /** A number alone, as a room. */
  room: string | null;
}

function parseQuery(raw: string): Query | null {
  const text = normalizeText(raw).replace(/[—–/]/g, '-');
  if (!text) return null;
  const letters = /^[a-zü]+$/.test(text) ? text.replace(/[vü]/g, 'u') : null;
  const compact = text.replace(/-/g, '');
  const digits = /^\d+$/.test(text) || (/^[\d-]+$/.test(text) && compact.length >= 7) ? compact : null;
  const idTail = /^\d{3}[\dx]$/.test(text) ? text.toUpperCase() : null;
  const parts = text.split('-');
  const addressPart = /^[0-9a-z]+$/;
  let address: Query['address'] = null;
  if ((parts.length === 2 || parts.length === 3) && parts.every((part) => addressPart.test(part))) {
    const codes = parts.map((part) => (/^\d+$/.test(part) ? part.replace(/^0+(?=\d)/, '') : part));
    address = codes.length === 3 ? { building: codes[0]!, unit: codes[1]!, room: codes[2]! } : { building: null, unit: codes[0]!, room: codes[1]! };
  }
  const room = /^\d+$/.test(text) && text.length >= MIN_ROOM_DIGITS ? text.replace(/^0+(?=\d)/, '') : null;
  return { text, letters, digits, idTail, address, room };
}

/** Whether `query` is spelled by prefixes (each at least one letter) of consecutive syllables from `start`. */
export function matchesSyllablePrefixes(query: string, syllables: readonly string[], start = 0): boolean {
  return spellsFrom(query, 0, syllables, start);
}

function spellsFrom(query: string, position: number, syllables: readonly string[], index: number): boolean {
  if (position === query.length) return true;
  const syllable = syllables[index];
  if (syllable === undefined) return false;
  let common = 0;
  while (common < syllable.length && position + common < query.length && syllable.charCodeAt(common) === query.charCodeAt(position + common)) common++;
  for (let take = common; take >= 1; take--) if (spellsFrom(query, position + take, syllables, index + 1)) return true;
  return false;
}

interface Match {
  rank: SearchRank;
  field: SearchField;
  /** How much of the matched key the query leaves over: tighter matches first within a rank. */
  slack: number;
}

function better(current: Match | null, rank: SearchRank, field: SearchField, slack: number): Match {
  if (current && (current.rank < rank || (current.rank === rank && current.slack <= slack))) return current;
  return { rank, field, slack };
}

function matchName(item: IndexedEntry, query: Query): Match | null {
  const { name } = item;
  if (!name) return null;
  const { text } = query;
  if (name === text) return { rank: 0, field: 'name', slack: 0 };
  if (name.startsWith(text)) return { rank: 1, field: 'name', slack: name.length - text.length };
  const letters = query.letters;
  if (letters && item.syllables.length > 0 && item.initials.includes(letters[0]!)) {
    if (item.full.startsWith(letters)) return { rank: 2, field: 'pinyin', slack: item.full.length - letters.length };
    if (item.initials.startsWith(letters)) return { rank: 3, field: 'initials', slack: item.initials.length - letters.length };
    if (matchesSyllablePrefixes(letters, item.syllables)) return { rank: 3, field: 'pinyin', slack: item.full.length - letters.length };
    for (let start = 1; start < item.syllables.length; start++) {
      if (item.syllables[start]![0] === letters[0] && matchesSyllablePrefixes(letters, item.syllables, start)) {
        return { rank: 5, field: 'pinyin', slack: item.full.length - letters.length };
      }
    }
  }
  if (name.includes(text)) return { rank: 5, field: 'name', slack: name.length - text.length };
  return null;
}

function matchOthers(item: IndexedEntry, query: Query, found: Match | null): Match | null {
  let match = found;
  const { digits, idTail, address, room } = query;
  if (digits && item.phoneDigits) {
    if (item.phoneDigits === digits) match = better(match, 4, 'phone', 0);
    else if (digits.length >= MIN_PHONE_DIGITS && (item.phoneDigits.startsWith(digits) || item.phoneDigits.endsWith(digits))) {
      match = better(match, 5, 'phone', item.phoneDigits.length - digits.length);
    }
  }
  if (item.idNumber) {
    if (idTail && item.idNumber.endsWith(idTail)) match = better(match, 4, 'idNumber', 0);
    else if (item.idNumber.length === query.text.length && item.idNumber === query.text.toUpperCase()) match = better(match, 4, 'idNumber', 0);
  }
  if (address && item.room === address.room && item.unit === address.unit) {
    if (address.building === null) match = better(match, 5, 'address', 0);
    else if (item.building === address.building) match = better(match, 4, 'address', 0);
  }
  if (room && item.room === room) match = better(match, 5, 'address', 0);
  return match;
}

/** Ranked hits for `rawQuery`, at most `limit`; an empty or blank query finds nothing. */
export function search(index: SearchIndex, rawQuery: string, limit: number = DEFAULT_SEARCH_LIMIT): SearchHit[] {
  const query = parseQuery(rawQuery);
  if (!query || limit <= 0) return [];
  const buckets: { item: IndexedEntry; match: Match }[][] = Array.from({ length: RANKS }, () => []);
  for (const item of index.entries) {
    const match = matchOthers(item, query, matchName(item, query));
    if (match) buckets[match.rank]!.push({ item, match });
  }
  const hits: SearchHit[] = [];
  for (const bucket of buckets) {
    if (hits.length >= limit) break;
    // Stable: equal slack keeps the index order.
    bucket.sort((a, b) => a.match.slack - b.match.slack);
    for (const { item, match } of bucket) {
      if (hits.length >= limit) break;
      hits.push({ entry: item.entry, rank: match.rank, field: match.field });
    }
  }
  return hits;
}
