/**
 * Pinyin of people's names, for search. pinyin-pro (its dictionary is a few hundred KB) is loaded
 * with a dynamic import, so it lands in its own chunk and only when the search index is first built.
 */

/** The syllables of a name, lower-case without tones, ü written u (e.g. 吕 → ['lu']); letters and digits kept. */
export type NamePinyin = (name: string) => readonly string[];

/** Lower-case, ü → u, only letters and digits. */
export function normalizeSyllable(syllable: string): string {
  return syllable.toLowerCase().replace(/ü/g, 'u').replace(/[^a-z0-9]/g, '');
}

/**
 * Loads pinyin-pro and returns a converter that reads a name as a name: the surname at its head takes its
 * surname reading (单 shan, 曾 zeng, 解 xie, 区 ou, 查 zha), the rest the usual reading. Results are cached
 * per name, since a registry repeats names.
 */
export async function loadNamePinyin(): Promise<NamePinyin> {
  const { pinyin } = await import('pinyin-pro');
  const cache = new Map<string, readonly string[]>();
  return (name) => {
    const cached = cache.get(name);
    if (cached) return cached;
    const syllables = pinyin(name, { toneType: 'none', type: 'array', mode: 'surname', surname: 'head' })
      .map(normalizeSyllable)
      .filter((syllable) => syllable.length > 0);
    cache.set(name, syllables);
    return syllables;
  };
}
