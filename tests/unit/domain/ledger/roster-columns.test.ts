import { describe, expect, it } from 'vitest';
import {
  fieldOfHeader,
  findHeaderRow,
  matchHeaders,
  missingFields,
  overrideMapping,
} from '../../../../src/domain/ledger/roster-columns';
import { toHalfWidth } from '../../../../src/shared/spreadsheet/sheet-cells';

describe('roster header matching', () => {
  it('matches the common Chinese names of each field', () => {
    const headers = ['楼栋', '单元', '房号', '姓名', '身份证号', '联系电话', '性别', '出生日期', '家庭电话', '重点人群'];
    expect(matchHeaders(headers)).toEqual({
      mapping: { building: 0, unit: 1, room: 2, name: 3, idNumber: 4, phone: 5, sex: 6, birthDate: 7, householdPhone: 8, tags: 9 },
      unmatched: [],
    });
  });

  it.each([
    ['名字', 'name'],
    ['居民姓名', 'name'],
    ['公民身份号码', 'idNumber'],
    ['身份证号码', 'idNumber'],
    ['证件号码', 'idNumber'],
    ['楼号', 'building'],
    ['幢', 'building'],
    ['栋', 'building'],
    ['单元号', 'unit'],
    ['门牌号', 'room'],
    ['户号', 'room'],
    ['室', 'room'],
    ['手机号', 'phone'],
    ['联系方式', 'phone'],
    ['出生年月', 'birthDate'],
    ['生日', 'birthDate'],
  ])('%s names %s', (header, field) => {
    expect(fieldOfHeader(header)).toBe(field);
  });

  it('matches English headers whatever their case and spacing', () => {
    const { mapping } = matchHeaders(['Building', 'Unit No.', 'Room', 'Name', 'ID number', 'Mobile', 'Gender', 'Date of birth']);
    expect(mapping).toEqual({ building: 0, unit: 1, room: 2, name: 3, idNumber: 4, phone: 5, sex: 6, birthDate: 7 });
  });

  it('reads full-width, starred, spaced and line-broken headers, and a bracketed note', () => {
    expect(toHalfWidth('ＩＤ　１２３')).toBe('ID 123');
    expect(fieldOfHeader('*姓名')).toBe('name');
    expect(fieldOfHeader('姓 名＊')).toBe('name');
    expect(fieldOfHeader('身份证\n号码')).toBe('idNumber');
    expect(fieldOfHeader('ＩＤ　Ｎｕｍｂｅｒ')).toBe('idNumber');
    expect(fieldOfHeader('联系电话（必填）')).toBe('phone');
    expect(fieldOfHeader(' 房号： ')).toBe('room');
  });

  it('lists headers no field takes, and a second column for a field already taken', () => {
    const { mapping, unmatched } = matchHeaders(['序号', '姓名', '备注', null, '名字', '楼栋']);
    expect(mapping).toEqual({ name: 1, building: 5 });
    expect(unmatched).toEqual([
      { column: 0, header: '序号' },
      { column: 2, header: '备注' },
      { column: 4, header: '名字' },
    ]);
  });

  it('lets the user re-match: a column given to a field leaves the field it had, null removes a field', () => {
    const auto = { building: 0, unit: 1, room: 2, name: 3, phone: 5 };
    expect(overrideMapping(auto, { householdPhone: 5, idNumber: 4 })).toEqual({ building: 0, unit: 1, room: 2, name: 3, idNumber: 4, householdPhone: 5 });
    expect(overrideMapping(auto, { unit: null })).toEqual({ building: 0, room: 2, name: 3, phone: 5 });
    expect(auto).toEqual({ building: 0, unit: 1, room: 2, name: 3, phone: 5 });
  });

  it('says which required fields have no column', () => {
    expect(missingFields({ name: 0, building: 1 })).toEqual(['unit', 'room']);
  });
});

describe('finding the header row', () => {
  it('skips a merged title row and blank rows above the header', () => {
    const rows = [
      ['幸福社区居民花名册', null, null, null],
      [],
      ['', '', '', ''],
      ['填表日期：2026-11-30', null, '姓名', null],
      ['序号', '楼栋', '单元', '房号', '姓名', '身份证号'],
      [1, '3号楼', '2', '501', '张三', '420106198506150123'],
    ];
    const header = findHeaderRow(rows);
    expect(header?.index).toBe(4);
    expect(header?.match.mapping).toEqual({ building: 1, unit: 2, room: 3, name: 4, idNumber: 5 });
    expect(header?.match.unmatched).toEqual([{ column: 0, header: '序号' }]);
  });

  it('needs at least three matching fields in one row', () => {
    expect(findHeaderRow([['姓名', '电话'], ['张三', '13800138000']])).toBeNull();
  });
});
