import { describe, expect, it } from 'vitest';
import { loadNamePinyin } from '../../../../src/domain/search/name-pinyin';

describe('pinyin of names', () => {
  it('reads a name syllable by syllable, lower-case, without tones', async () => {
    const namePinyin = await loadNamePinyin();
    expect(namePinyin('张三')).toEqual(['zhang', 'san']);
  });

  it.each([
    ['单田芳', ['shan', 'tian', 'fang']],
    ['曾国藩', ['zeng', 'guo', 'fan']],
    ['解晓东', ['xie', 'xiao', 'dong']],
  ])('reads the surname of %s as a surname', async (name, syllables) => {
    const namePinyin = await loadNamePinyin();
    expect(namePinyin(name)).toEqual(syllables);
  });

  it('reads a polyphonic character after the surname the usual way', async () => {
    const namePinyin = await loadNamePinyin();
    expect(namePinyin('王单')).toEqual(['wang', 'dan']);
  });

  it('writes ü as u, as people type it', async () => {
    const namePinyin = await loadNamePinyin();
    expect(namePinyin('吕女士')).toEqual(['lu', 'nu', 'shi']);
  });
});
