import { beforeAll, describe, expect, it } from 'vitest';
import { loadNamePinyin, type NamePinyin } from '../../../../src/domain/search/name-pinyin';
import { buildSearchIndex, type SearchEntry } from '../../../../src/domain/search/search-index';
import { search } from '../../../../src/domain/search/search';

let namePinyin: NamePinyin;
beforeAll(async () => {
  namePinyin = await loadNamePinyin();
});

const resident = (id: string, fields: Omit<SearchEntry, 'kind' | 'id'> = {}): SearchEntry => ({ kind: 'resident', id, ...fields });
const household = (id: string, fields: Omit<SearchEntry, 'kind' | 'id'> = {}): SearchEntry => ({ kind: 'household', id, ...fields });
const ids = (entries: SearchEntry[], query: string, limit?: number) => search(buildSearchIndex(entries, namePinyin), query, limit).map((hit) => hit.entry.id);

describe('search by name and pinyin', () => {
  const people = [resident('zhangsan', { name: '张三' }), resident('lisi', { name: '李四' }), resident('wangwu', { name: '王五' })];

  it.each(['张三', '张', 'zhangsan', 'zs', 'zhangs', 'zha', 'zhs', 'ZhangSan', 'zhang san'])('finds 张三 by "%s"', (query) => {
    expect(ids(people, query)).toEqual(['zhangsan']);
  });

  it('says which key matched', () => {
    const index = buildSearchIndex(people, namePinyin);
    expect(search(index, '张三')[0]).toMatchObject({ field: 'name', rank: 0 });
    expect(search(index, 'zhangsan')[0]).toMatchObject({ field: 'pinyin', rank: 2 });
    expect(search(index, 'zs')[0]).toMatchObject({ field: 'initials', rank: 3 });
  });

  it('finds a polyphonic surname by its surname reading', () => {
    const entries = [resident('shan', { name: '单田芳' }), resident('zeng', { name: '曾国藩' })];
    expect(ids(entries, 'shantianfang')).toEqual(['shan']);
    expect(ids(entries, 'stf')).toEqual(['shan']);
    expect(ids(entries, 'dantianfang')).toEqual([]);
    expect(ids(entries, 'zeng')).toEqual(['zeng']);
    expect(ids(entries, 'zgf')).toEqual(['zeng']);
  });

  it('accepts v for ü', () => {
    expect(ids([resident('lu', { name: '吕明' })], 'lvm')).toEqual(['lu']);
  });

  it('finds a given name from its own syllables, after the surname matches', () => {
    const entries = [resident('given', { name: '李三' }), resident('surname', { name: '孙丽' })];
    expect(ids(entries, 'san')).toEqual(['given']);
    expect(ids(entries, 's')).toEqual(['surname', 'given']);
  });

  it('does not match letters that skip a syllable', () => {
    expect(ids(people, 'zsan1')).toEqual([]);
    expect(ids([resident('a', { name: '张三丰' })], 'zf')).toEqual([]);
  });

  it.each(['', '   ', '\t'])('finds nothing for the blank query %j', (query) => {
    expect(ids(people, query)).toEqual([]);
  });
});

describe('search by phone and ID number', () => {
  const entries = [
    resident('a', { name: '张三', phone: '13800138000', idNumber: '11010519491231002X' }),
    resident('b', { name: '李四', phone: '13912345678', idNumber: '110105194912310021' }),
    household('h', { phone: '027-87654321' }),
  ];

  it('finds the whole number, a prefix or a suffix of at least 4 digits', () => {
    expect(ids(entries, '13800138000')).toEqual(['a']);
    expect(ids(entries, '138 0013 8000')).toEqual(['a']);
    expect(ids(entries, '1391')).toEqual(['b']);
    expect(ids(entries, '5678')).toEqual(['b']);
    expect(ids(entries, '02787654321')).toEqual(['h']);
    expect(ids(entries, '4321')).toEqual(['h']);
  });

  it('does not match 3 digits or digits in the middle of a phone number', () => {
    expect(ids(entries, '678')).toEqual([]);
    expect(ids(entries, '0013')).toEqual([]);
  });

  it('finds the last 4 characters of an ID number, X in either case', () => {
    expect(ids(entries, '002X')).toEqual(['a']);
    expect(ids(entries, '002x')).toEqual(['a']);
    expect(ids(entries, '0021')).toEqual(['b']);
    expect(ids(entries, '11010519491231002x')).toEqual(['a']);
  });
});

describe('search by building-unit-room', () => {
  const entries = [
    household('3-2-501', { buildingName: '3号楼', unit: '2', room: '501' }),
    household('4-2-501', { buildingName: '4号楼', unit: '2单元', room: '0501' }),
    household('3-1-501', { buildingName: '3号楼', unit: '1', room: '501' }),
    household('3-2-502', { buildingName: '3号楼', unit: '2', room: '502' }),
    resident('in-3-2-501', { name: '王五', buildingName: '3号楼', unit: '2', room: '501', householdId: '3-2-501' }),
  ];

  it('finds building, unit and room', () => {
    expect(ids(entries, '3-2-501')).toEqual(['3-2-501', 'in-3-2-501']);
    expect(ids(entries, '３－２－５０１')).toEqual(['3-2-501', 'in-3-2-501']);
  });

  it('finds unit and room in any building', () => {
    expect(ids(entries, '2-501')).toEqual(['3-2-501', '4-2-501', 'in-3-2-501']);
  });

  it('finds a room alone from 3 digits', () => {
    expect(ids(entries, '501')).toEqual(['3-2-501', '4-2-501', '3-1-501', 'in-3-2-501']);
    expect(ids(entries, '50')).toEqual([]);
  });
});

describe('ranking and limit', () => {
  it('ranks the exact name, then names starting with the query, then the name inside', () => {
    const entries = [resident('inside', { name: '李张三' }), resident('prefix', { name: '张三丰' }), resident('exact', { name: '张三' })];
    expect(ids(entries, '张三')).toEqual(['exact', 'prefix', 'inside']);
  });

  it('ranks full pinyin before initials, before a later syllable', () => {
    const entries = [
      resident('later', { name: '李志华' }),
      resident('initials', { name: '邹浩' }),
      resident('full', { name: '张三' }),
      resident('exact', { name: 'zh' }),
    ];
    expect(ids(entries, 'zh')).toEqual(['exact', 'full', 'initials', 'later']);
  });

  it('ranks a whole phone number before a suffix', () => {
    const entries = [resident('suffix', { phone: '13912345678' }), resident('whole', { phone: '5678' })];
    expect(ids(entries, '5678')).toEqual(['whole', 'suffix']);
  });

  it('puts the closest match first within a rank', () => {
    const entries = [resident('long', { name: '张三丰' }), resident('short', { name: '张三' })];
    expect(ids(entries, 'zhang')).toEqual(['short', 'long']);
  });

  it('caps the results, keeping the best', () => {
    const entries = [...Array.from({ length: 60 }, (_, i) => resident(`r${i}`, { name: `张三${i}` })), resident('exact', { name: '张三' })];
    const found = ids(entries, '张三', 50);
    expect(found).toHaveLength(50);
    expect(found[0]).toBe('exact');
  });
});
