/**
 * Search core in Node (printed, not asserted): building the index for a scope of residents and households,
 * bringing a built index up to date after a pull page or one edit (against building it again), then the
 * latency of one search per keystroke while typing a few queries. These are Node figures for the pure
 * matching; the Chromium figure (the issue's ≤ 16 ms p95 goal) comes with the search screen.
 */
import { updateSearchIndex } from '../../src/domain/search/index-update';
import { loadNamePinyin, type NamePinyin } from '../../src/domain/search/name-pinyin';
import { toSearchEntries, type SearchBuilding, type SearchHousehold, type SearchRecords, type SearchResident } from '../../src/domain/search/search-entries';
import { buildSearchIndex, type SearchEntry } from '../../src/domain/search/search-index';
import { search } from '../../src/domain/search/search';
import { makeIdNumber } from '../fixtures/id-number-factory';

export interface SearchBenchFigures {
  label: string;
  ms: number;
  p95Ms?: number;
}

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤单解查';
const GIVEN = '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超霞平刚桂兰玉萍红华建国志文斌辉鹏飞波宇浩凯健俊峰琳晶雪梅玲婷燕欣子涵轩博宁晨阳睿雅慧佳';
/** Typed one character at a time; every prefix is a keystroke. */
const TYPED = ['zhangs', 'wjg', '李明', '13800', '3-2-501', '0012', 'lvhong'];
const KEYSTROKE_ROUNDS = 20;

/** Deterministic pseudo-random numbers (mulberry32), so every run searches the same scope. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `households` households over buildings of 4 units × 100 rooms, with `residents` residents spread over them. */
export function makeSearchScope(residents: number, households: number): SearchEntry[] {
  const next = random(4);
  const pick = (chars: string) => chars[Math.floor(next() * chars.length)]!;
  const phone = () => `1${3 + Math.floor(next() * 7)}${String(Math.floor(next() * 1e9)).padStart(9, '0')}`;
  const entries: SearchEntry[] = [];
  const homes: SearchEntry[] = [];
  for (let h = 0; h < households; h++) {
    const building = Math.floor(h / 400) + 1;
    const unit = Math.floor((h % 400) / 100) + 1;
    const room = `${Math.floor((h % 100) / 4) + 1}0${(h % 4) + 1}`;
    const home: SearchEntry = { kind: 'household', id: `h${h}`, phone: phone(), buildingName: `${building}号楼`, unit: String(unit), room };
    homes.push(home);
    entries.push(home);
  }
  for (let r = 0; r < residents; r++) {
    const home = homes[r % households]!;
    const name = pick(SURNAMES) + pick(GIVEN) + (next() < 0.7 ? pick(GIVEN) : '');
    const idNumber = makeIdNumber({ birthDate: `19${50 + Math.floor(next() * 50)}-0${1 + Math.floor(next() * 9)}-1${Math.floor(next() * 9)}`, sequence: Math.floor(next() * 100) });
    entries.push({ kind: 'resident', id: `r${r}`, name, phone: phone(), idNumber, buildingName: home.buildingName, unit: home.unit, room: home.room, householdId: home.id });
  }
  return entries;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** The same scope as records (what the app's index is built from), in id order as the app reads them. */
export function makeSearchRecords(residents: number, households: number): SearchRecords {
  const buildings = new Map<string, SearchBuilding>();
  const homes = new Map<string, SearchHousehold>();
  const people = new Map<string, SearchResident>();
  const key = (id: string) => id.slice(0, 1) + id.slice(1).padStart(8, '0');
  for (const entry of makeSearchScope(residents, households)) {
    const buildingId = `b${entry.buildingName ?? ''}`;
    if (entry.kind === 'household') {
      buildings.set(buildingId, { id: buildingId, name: entry.buildingName ?? '' });
      homes.set(key(entry.id), { id: key(entry.id), buildingId, unit: entry.unit ?? '', room: entry.room ?? '', phone: entry.phone });
    } else {
      const id = key(entry.id);
      people.set(id, { id, householdId: key(entry.householdId ?? ''), name: entry.name ?? '', phone: entry.phone, idNumber: entry.idNumber });
    }
  }
  return { residents: people, households: homes, buildings };
}

/** Median of `runs` timings of `work`. */
function medianMs(runs: number, work: () => void): number {
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    work();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

/**
 * Building the index again (what the app did after every change) against bringing the built one up to date:
 * a pull page of 1,000 new residents on top of the rest, one resident renamed, one household's room changed.
 * Medians of a few runs with the name converter's cache warm, as in the app after its first build.
 */
export function benchSearchUpdates(residents: number, households: number, namePinyin: NamePinyin): SearchBenchFigures[] {
  const RUNS = 9;
  const PAGE = 1000;
  const all = makeSearchRecords(residents, households);
  const scopeLabel = `${residents.toLocaleString('en')} residents`;
  const ids = [...all.residents.keys()];
  const rebuildMs = medianMs(RUNS, () => buildSearchIndex(toSearchEntries(all), namePinyin));
  const built = updateSearchIndex(all, namePinyin, null);

  const beforePage: SearchRecords = { ...all, residents: new Map([...all.residents].filter(([id]) => !ids.slice(-PAGE).includes(id))) };
  const beforePageIndex = updateSearchIndex(beforePage, namePinyin, null);
  const pageMs = medianMs(RUNS, () => updateSearchIndex(all, namePinyin, beforePageIndex));

  const editedId = ids[Math.floor(ids.length / 2)]!;
  const edited = new Map(all.residents);
  edited.set(editedId, { ...all.residents.get(editedId)!, name: '欧阳娜娜' });
  const oneMs = medianMs(RUNS, () => updateSearchIndex({ ...all, residents: edited }, namePinyin, built));

  const homeId = all.households.keys().next().value ?? '';
  const homes = new Map(all.households);
  homes.set(homeId, { ...all.households.get(homeId)!, room: '909' });
  const homeMs = medianMs(RUNS, () => updateSearchIndex({ ...all, households: homes }, namePinyin, built));

  const nothingMs = medianMs(RUNS, () => updateSearchIndex(all, namePinyin, built));
  return [
    { label: `search: build index again (${scopeLabel}, names cached)`, ms: rebuildMs },
    { label: `search: update, a page of ${PAGE.toLocaleString('en')} new residents (→ ${scopeLabel})`, ms: pageMs },
    { label: `search: update, one resident renamed (${scopeLabel})`, ms: oneMs },
    { label: `search: update, one household's room changed (${scopeLabel})`, ms: homeMs },
    { label: `search: update, nothing changed (the comparison alone)`, ms: nothingMs },
  ];
}

export async function benchSearch(residents: number, households: number): Promise<SearchBenchFigures[]> {
  const scope = makeSearchScope(residents, households);
  let start = performance.now();
  const namePinyin = await loadNamePinyin();
  const loadMs = performance.now() - start;
  start = performance.now();
  const index = buildSearchIndex(scope, namePinyin);
  const buildMs = performance.now() - start;
  const keystrokes = TYPED.flatMap((query) => Array.from(query, (_, i) => query.slice(0, i + 1)));
  for (const query of keystrokes) search(index, query);
  const latencies: number[] = [];
  for (let round = 0; round < KEYSTROKE_ROUNDS; round++) {
    for (const query of keystrokes) {
      const t = performance.now();
      search(index, query);
      latencies.push(performance.now() - t);
    }
  }
  latencies.sort((a, b) => a - b);
  const scopeLabel = `${residents.toLocaleString('en')} residents, ${households.toLocaleString('en')} households`;
  return [
    { label: 'search: load pinyin-pro', ms: loadMs },
    { label: `search: build index (${scopeLabel})`, ms: buildMs },
    { label: `search: per keystroke, ${keystrokes.length} keystrokes × ${KEYSTROKE_ROUNDS} (median, p95)`, ms: percentile(latencies, 50), p95Ms: percentile(latencies, 95) },
    ...benchSearchUpdates(residents, households, namePinyin),
  ];
}
