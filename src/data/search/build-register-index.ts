/**
 * Builds the search index over the register on this phone (loaded with the first build, not at start):
 * pinyin of every name, in slices between which the browser gets the main thread back.
 */
import type { NamePinyin } from '../../domain/search/name-pinyin';
import { toSearchEntries, type SearchRecords } from '../../domain/search/search-entries';
import { buildSearchIndex, type IndexedEntry, type SearchIndex } from '../../domain/search/search-index';
import { traceSince, traceStart } from '../trace';

/** Entries indexed between two yields to the browser: a few milliseconds of pinyin each. */
const SLICE = 500;

/** Without pinyin (its chunk failed to load) names still match by their characters. */
const noPinyin: NamePinyin = () => [];

/** One converter for the page's life: its per-name cache makes rebuilds cheap. */
let pinyinLoad: Promise<NamePinyin> | null = null;

function loadPinyin(): Promise<NamePinyin> {
  pinyinLoad ??= import('../../domain/search/name-pinyin')
    .then(({ loadNamePinyin }) => loadNamePinyin())
    .catch(() => {
      pinyinLoad = null; // tried again by the next build
      return noPinyin;
    });
  return pinyinLoad;
}

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

/** The index of `records`, or null when `cancelled()` turned true on the way (newer records came). */
export async function buildRegisterIndex(records: SearchRecords, cancelled: () => boolean): Promise<SearchIndex | null> {
  const namePinyin = await loadPinyin();
  let began = traceStart();
  const entries = toSearchEntries(records);
  const indexed: IndexedEntry[] = [];
  for (let start = 0; start < entries.length; start += SLICE) {
    if (cancelled()) return null;
    indexed.push(...buildSearchIndex(entries.slice(start, start + SLICE), namePinyin).entries);
    traceSince('search:index', began);
    if (start + SLICE < entries.length) await yieldToBrowser();
    began = traceStart();
  }
  return cancelled() ? null : { entries: indexed };
}
