/**
 * Builds the search index over the register on this phone (loaded with the first build, not at start),
 * or brings the previous one up to date: only records whose entry changed since (index-update.ts) get
 * their keys (pinyin of the name) computed, in slices between which the browser gets the main thread back.
 */
import { finishIndexUpdate, indexChanged, planIndexUpdate, type UpdatableIndex } from '../../domain/search/index-update';
import type { NamePinyin } from '../../domain/search/name-pinyin';
import type { SearchRecords } from '../../domain/search/search-entries';
import { traceSince, traceStart } from '../trace';

/** Entries indexed between two yields to the browser: a few milliseconds of pinyin each. */
const SLICE = 500;

/** Records compared with the earlier index between two yields: a map lookup and a few comparisons each. */
const COMPARE_SLICE = 4000;

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

/**
 * The index of `records`, updated from `earlier` (null: built whole), or null when `stopped()` turned true
 * on the way (the screen closed).
 */
export async function buildRegisterIndex(records: SearchRecords, earlier: UpdatableIndex | null, stopped: () => boolean): Promise<UpdatableIndex | null> {
  const namePinyin = await loadPinyin();
  let began = traceStart();
  const steps = planIndexUpdate(records, namePinyin, earlier, COMPARE_SLICE);
  let step = steps.next();
  while (!step.done) {
    traceSince('search:index', began);
    await yieldToBrowser();
    if (stopped()) return null;
    began = traceStart();
    step = steps.next();
  }
  const update = step.value;
  for (let start = 0; start < update.changed.length; start += SLICE) {
    if (stopped()) return null;
    indexChanged(update, start, start + SLICE);
    traceSince('search:index', began);
    if (start + SLICE < update.changed.length) await yieldToBrowser();
    began = traceStart();
  }
  if (stopped()) return null;
  const index = finishIndexUpdate(update);
  traceSince('search:index', began);
  return index;
}
