/**
 * The search index over everything on this phone, built when the search screen opens and again whenever
 * residents, households or buildings change. The build runs in slices between which the browser gets the
 * main thread back, so typing never waits for it; until a new index is ready the previous one answers.
 */
import { useEffect, useRef, useState } from 'react';
import type { LocalRecord } from '../../data/data-client';
import { useAllRecords } from '../../data/hooks/use-records';
import { loadNamePinyin, type NamePinyin } from '../../domain/search/name-pinyin';
import { buildSearchIndex, type IndexedEntry, type SearchIndex } from '../../domain/search/search-index';
import { searchRecords, toSearchEntries, type SearchRecords } from './search-entries';

export interface PreparedSearch {
  index: SearchIndex;
  records: SearchRecords;
}

/** Entries indexed between two yields to the browser: a few milliseconds of pinyin each. */
const SLICE = 500;

/** Without pinyin (its chunk failed to load) names still match by their characters. */
const noPinyin: NamePinyin = () => [];

/** A new task, so pending input is handled first; a message, not a timer, to avoid the 4 ms timer clamp. */
function yieldToBrowser(): Promise<void> {
  if (typeof MessageChannel !== 'function') return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** The ready index, or null while the first one is being built. */
export function useSearchIndex(): PreparedSearch | null {
  const residents = useAllRecords('resident');
  const households = useAllRecords('household');
  const buildings = useAllRecords('building');
  const [prepared, setPrepared] = useState<PreparedSearch | null>(null);
  // One converter for the screen's life: its per-name cache makes rebuilds cheap.
  const pinyin = useRef<Promise<NamePinyin> | null>(null);

  useEffect(() => {
    if (!residents || !households || !buildings) return;
    let cancelled = false;
    async function build(residentList: LocalRecord[], householdList: LocalRecord[], buildingList: LocalRecord[]) {
      pinyin.current ??= loadNamePinyin().catch(() => noPinyin);
      const namePinyin = await pinyin.current;
      const records = searchRecords(residentList, householdList, buildingList);
      const entries = toSearchEntries(records);
      const indexed: IndexedEntry[] = [];
      for (let start = 0; start < entries.length; start += SLICE) {
        if (cancelled) return;
        indexed.push(...buildSearchIndex(entries.slice(start, start + SLICE), namePinyin).entries);
        if (start + SLICE < entries.length) await yieldToBrowser();
      }
      if (!cancelled) setPrepared({ index: { entries: indexed }, records });
    }
    void build(residents, households, buildings);
    return () => {
      cancelled = true;
    };
  }, [residents, households, buildings]);

  return prepared;
}
