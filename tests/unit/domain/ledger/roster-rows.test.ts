import { describe, expect, it } from 'vitest';
import type { ColumnMapping } from '../../../../src/domain/ledger/roster-columns';
import { readRosterDate, readRosterRows } from '../../../../src/domain/ledger/roster-rows';
import { makeIdNumber } from '../../../fixtures/id-number-factory';

const mapping: ColumnMapping = { building: 0, unit: 1, room: 2, name: 3, idNumber: 4, phone: 5, birthDate: 6 };
const header = ['楼栋', '单元', '房号', '姓名', '身份证号', '电话', '出生日期'];

describe('reading roster rows', () => {
  it('numbers rows as the sheet does and skips blank ones', () => {
    const rows = [['花名册'], header, ['3号楼', '2', '501', '张三'], [], [null, '  ', '', null], ['3号楼', '2', '502', '李四']];
    const read = readRosterRows(rows, 1, mapping);
    expect(read.map((row) => [row.rowNumber, row.values.name])).toEqual([
      [3, '张三'],
      [6, '李四'],
    ]);
  });

  it('trims cells and turns full-width digits and letters half-width', () => {
    const [row] = readRosterRows([header, [' ３号楼 ', '２', '５０１', ' 王五\n', '']], 0, mapping);
    expect(row?.values).toMatchObject({ building: '3号楼', unit: '2', room: '501', name: '王五' });
  });

  it('keeps an ID number given as text, and upper-cases a trailing x', () => {
    const id = makeIdNumber({ region: '110105', birthDate: '1949-12-31', sex: 'female', sequence: 0 });
    const withX = '11010519491231002X';
    const rows = readRosterRows([header, ['1', '1', '101', 'A', id], ['1', '1', '102', 'B', withX.toLowerCase()], ['1', '1', '103', 'C', ` ${withX} `]], 0, mapping);
    expect(rows.map((row) => row.values.idNumber)).toEqual([id, withX, withX]);
    expect(rows.every((row) => !row.idNumberAsNumber)).toBe(true);
  });

  it('reports an ID number the spreadsheet turned into a number, or into 1.10102E+17 text', () => {
    const rows = readRosterRows([header, ['1', '1', '101', 'A', 420106198506151200], ['1', '1', '102', 'B', '1.10102E+17']], 0, mapping);
    expect(rows.map((row) => row.idNumberAsNumber)).toEqual([true, true]);
  });

  it('writes a phone given as a number as its digits, and takes the dashes out of a mobile number', () => {
    const rows = readRosterRows([header, ['1', '1', '101', 'A', '', 13800138000], ['1', '1', '102', 'B', '', '138-0013-8000']], 0, mapping);
    expect(rows.map((row) => row.values.phone)).toEqual(['13800138000', '13800138000']);
  });

  it('reads birth dates as rosters write them', () => {
    expect(readRosterDate('1985-06-15')).toBe('1985-06-15');
    expect(readRosterDate('1985/6/5')).toBe('1985-06-05');
    expect(readRosterDate('1985.06.15')).toBe('1985-06-15');
    expect(readRosterDate('1985年6月15日')).toBe('1985-06-15');
    expect(readRosterDate(19850615)).toBe('1985-06-15');
    expect(readRosterDate('1985年6月')).toBe('1985-06');
    expect(readRosterDate(new Date(Date.UTC(1985, 5, 15)))).toBe('1985-06-15');
    // Excel's serial number for 1985-06-15.
    expect(readRosterDate(31213)).toBe('1985-06-15');
    expect(readRosterDate('1985-02-30')).toBeNull();
    expect(readRosterDate('去年')).toBeNull();
  });

  it('marks a birth date it cannot read, keeping the text', () => {
    const [row] = readRosterRows([header, ['1', '1', '101', 'A', '', '', '八五年']], 0, mapping);
    expect(row?.birthDateUnreadable).toBe(true);
    expect(row?.values.birthDate).toBe('八五年');
  });
});
