import { describe, expect, it } from 'vitest';
import { checkRoster, type CheckedRosterRow, type RosterRegister } from '../../../../src/domain/ledger/roster-check';
import { matchHeaders, type RosterCell } from '../../../../src/domain/ledger/roster-columns';
import { readRosterRows } from '../../../../src/domain/ledger/roster-rows';
import { aBuilding, aHousehold, aResident } from '../../../fixtures/domain-records';
import { makeIdNumber, withWrongCheckChar } from '../../../fixtures/id-number-factory';

const TODAY = '2026-11-30';
const B3 = '0190b000-0000-7000-8000-000000000003';
const H501 = '0190b000-0000-7000-8000-000000000501';
const ZHANG = '0190b000-0000-7000-8000-00000000a001';
const LI = '0190b000-0000-7000-8000-00000000a002';

const zhangId = makeIdNumber({ birthDate: '1948-03-02', sex: 'male' });
const wangId = makeIdNumber({ birthDate: '1990-01-20', sex: 'female', sequence: 40 });

const register: RosterRegister = {
  buildings: [{ ...aBuilding({ name: '3号楼' }), id: B3 }],
  households: [{ ...aHousehold({ buildingId: B3, unit: '2', room: '501', phone: '13800138000' }), id: H501 }],
  residents: [
    { ...aResident({ householdId: H501, name: '张三', idNumber: zhangId }), id: ZHANG },
    { id: LI, householdId: H501, name: '李四', tags: [] },
  ],
};

const HEADER = ['楼栋', '单元', '房号', '姓名', '身份证号', '手机', '性别', '出生日期', '重点人群'];

/** A sheet with the header in row 1: each given row is [building, unit, room, name, id, phone, sex, birth date, tags]. */
function check(rows: RosterCell[][]) {
  const sheet = [HEADER, ...rows];
  return checkRoster(readRosterRows(sheet, 0, matchHeaders(HEADER).mapping), register, TODAY);
}

function reasonsOf(row: CheckedRosterRow | undefined) {
  return row?.status === 'wrong' ? row.reasons.map((reason) => reason.key) : [];
}

describe('checking a roster against the register', () => {
  it('finds a resident by ID number: unchanged when every given field agrees, even written differently', () => {
    const result = check([['3栋', '2单元', '501室', '张三', zhangId.toLowerCase(), '139 1234 5678', '男', '1948/3/2', '独居老人']]);
    expect(result.rows[0]).toMatchObject({ status: 'unchanged', residentId: ZHANG, place: { householdId: H501 } });
  });

  it('says which fields of a found resident differ; an empty cell changes nothing', () => {
    const result = check([['3号楼', '2', '501', '张三', zhangId, '13700001111', '', '', '独居老人、租户']]);
    expect(result.rows[0]).toMatchObject({ status: 'updated', residentId: ZHANG, changes: ['phone', 'tags'] });
  });

  it('matches a row without an ID number by name within its household', () => {
    const result = check([
      ['3号楼', '2', '501', '李四'],
      ['3号楼', '2', '502', '李四'],
    ]);
    expect(result.rows.map((row) => row.status)).toEqual(['unchanged', 'new']);
  });

  it('adds an ID number to a resident registered by name only', () => {
    const liId = makeIdNumber({ birthDate: '1960-08-08', sex: 'male', sequence: 7 });
    const result = check([['3号楼', '2', '501', '李四', liId]]);
    expect(result.rows[0]).toMatchObject({ status: 'updated', residentId: LI, changes: ['idNumber', 'sex', 'birthDate'] });
  });

  it('classifies new residents of an existing and of a new household, with sex and birth date from the ID number', () => {
    const result = check([
      ['3号楼', '2', '501', '王芳', wangId],
      ['3号楼', '2', '502', '赵六'],
    ]);
    expect(result.rows[0]).toMatchObject({
      status: 'new',
      place: { buildingId: B3, unit: '2', room: '501', householdId: H501 },
      resident: { name: '王芳', idNumber: wangId, sex: 'female', birthDate: '1990-01-20' },
    });
    expect(result.rows[1]).toMatchObject({ status: 'new', place: { buildingId: B3, unit: '2', room: '502' } });
    expect(result.rows[1]?.status === 'new' && result.rows[1].place.householdId).toBeUndefined();
  });

  it('reports ID numbers with a wrong check digit, a wrong region, or stored as a number', () => {
    const result = check([
      ['3号楼', '2', '502', '甲', withWrongCheckChar(wangId)],
      ['3号楼', '2', '502', '乙', makeIdNumber({ region: '990101' })],
      ['3号楼', '2', '502', '丙', 420106199001204000],
    ]);
    expect(result.rows.map(reasonsOf)).toEqual([['id_number_checksum'], ['id_number_region'], ['id_number_as_number']]);
  });

  it('compares a given sex and birth date with the ID number', () => {
    const result = check([
      ['3号楼', '2', '502', '甲', wangId, '', '男'],
      ['3号楼', '2', '503', '乙', makeIdNumber({ birthDate: '1990-01-20', sequence: 41 }), '', '', '1990-01-21'],
      ['3号楼', '2', '504', '丙', makeIdNumber({ birthDate: '1985-06-15', sequence: 3 }), '', '', '1985年6月'],
    ]);
    expect(reasonsOf(result.rows[0])).toEqual(['sex_mismatch']);
    expect(reasonsOf(result.rows[1])).toEqual(['birth_date_mismatch']);
    expect(result.rows[2]?.status).toBe('new');
  });

  it('requires name, building, unit and room, and a valid mobile number when one is given', () => {
    const result = check([['', '', '', '', '', '12345']]);
    expect(reasonsOf(result.rows[0])).toEqual(['name_required', 'building_required', 'unit_required', 'room_required', 'phone_invalid']);
  });

  it('reports the second row of a person twice in the file, with the first row number', () => {
    const result = check([
      ['3号楼', '2', '502', '王芳', wangId],
      ['3号楼', '2', '502', '赵六'],
      ['3号楼', '2', '503', '王芳', wangId],
      ['3号楼', '2', '502', '赵六'],
    ]);
    expect(result.rows[2]).toMatchObject({ status: 'wrong', reasons: [{ key: 'duplicate_in_file', firstRow: 2 }] });
    expect(result.rows[3]).toMatchObject({ status: 'wrong', reasons: [{ key: 'duplicate_in_file', firstRow: 3 }] });
  });

  it('lists unknown buildings once each, to offer creating them', () => {
    const result = check([
      ['7号楼', '1', '101', '甲'],
      ['7栋', '1', '102', '乙'],
      ['8号楼', '1', '101', '丙'],
    ]);
    expect(result.rows.map(reasonsOf)).toEqual([['building_unknown'], ['building_unknown'], ['building_unknown']]);
    expect(result.unknownBuildings).toEqual(['7号楼', '8号楼']);
  });

  it('refuses an ID number registered in another household', () => {
    const result = check([['3号楼', '2', '502', '张三', zhangId]]);
    expect(reasonsOf(result.rows[0])).toEqual(['id_number_in_other_household']);
  });

  it('counts rows by status', () => {
    const result = check([
      ['3号楼', '2', '501', '张三', zhangId],
      ['3号楼', '2', '501', '李四', '', '13700001111'],
      ['3号楼', '2', '502', '赵六'],
      ['3号楼', '2', '502', '钱七'],
      ['9号楼', '1', '101', '孙八'],
    ]);
    expect(result.totals).toEqual({ rows: 5, new: 2, updated: 1, unchanged: 1, wrong: 1 });
  });
});
