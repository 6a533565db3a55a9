import { describe, expect, it } from 'vitest';
import { applyPatch } from '../../../../src/domain/entities/apply-patch';
import { checkRoster, type RosterRegister } from '../../../../src/domain/ledger/roster-check';
import { findHeaderRow, type RosterCell } from '../../../../src/domain/ledger/roster-columns';
import { planRosterImport, planSize, residentToCreate, type RosterPlan } from '../../../../src/domain/ledger/roster-plan';
import { readRosterRows } from '../../../../src/domain/ledger/roster-rows';
import { aBuilding, aHousehold, aResident } from '../../../fixtures/domain-records';
import { makeIdNumber } from '../../../fixtures/id-number-factory';

const TODAY = '2026-11-30';
const B3 = '0190c000-0000-7000-8000-000000000003';
const H501 = '0190c000-0000-7000-8000-000000000501';
const ZHANG = '0190c000-0000-7000-8000-00000000a001';

const zhangId = makeIdNumber({ birthDate: '1948-03-02', sex: 'male' });
const wangId = makeIdNumber({ birthDate: '1990-01-20', sex: 'female', sequence: 40 });
const zhaoId = makeIdNumber({ birthDate: '2001-12-31', sex: 'male', sequence: 55 });

function startingRegister(): RosterRegister {
  return {
    buildings: [{ ...aBuilding({ name: '3号楼' }), id: B3 }],
    households: [{ ...aHousehold({ buildingId: B3, unit: '2', room: '501', phone: '13800138000' }), id: H501 }],
    residents: [{ ...aResident({ householdId: H501, name: '张三', idNumber: zhangId }), id: ZHANG }],
  };
}

/** A roster as a community keeps it: a title row, a blank row, the header, then people. */
const sheet: RosterCell[][] = [
  ['幸福社区花名册'],
  [],
  ['楼栋', '单元', '房号', '姓名', '身份证号', '手机', '性别', '户电话', '重点人群'],
  ['3号楼', '2', '501', '张三', zhangId, 13700001111, '男', '', '独居老人'],
  ['3号楼', '2', '501', '王芳', wangId, '', '女'],
  ['3号楼', '2单元', '502室', '赵六', zhaoId, '', '', '027-88886666', '租户'],
  ['3号楼', '2', '502', '赵小六', '', '', '', '', ''],
  ['3号楼', '2', '503', '钱七'],
  [],
  ['9号楼', '1', '101', '孙八'],
];

function check(register: RosterRegister) {
  const header = findHeaderRow(sheet);
  if (!header) throw new Error('no header');
  return checkRoster(readRosterRows(sheet, header.index, header.match.mapping), register, TODAY);
}

/** What the data client would do with the plan: households first, then residents with their ids, then patches. */
function applyPlan(register: RosterRegister, plan: RosterPlan): RosterRegister {
  let counter = 0;
  const newId = () => `0190d000-0000-7000-8000-${String(++counter).padStart(12, '0')}`;
  const created = new Map<string, string>();
  const households = [...register.households];
  for (const planned of plan.households) {
    const id = newId();
    created.set(planned.key, id);
    households.push({ ...planned.record, id });
  }
  const residents = [...register.residents];
  for (const planned of plan.residents) {
    const record = residentToCreate(planned, created);
    residents.push({ ...record, tags: record.tags, id: newId() });
  }
  const patchedResidents = residents.map((resident) => {
    const patch = plan.residentPatches.find((entry) => entry.id === resident.id)?.patch;
    return patch ? applyPatch(resident, patch) : resident;
  });
  const patchedHouseholds = households.map((household) => {
    const patch = plan.householdPatches.find((entry) => entry.id === household.id)?.patch;
    return patch ? applyPatch(household, patch) : household;
  });
  return { buildings: register.buildings, households: patchedHouseholds, residents: patchedResidents };
}

describe('the roster import plan', () => {
  it('creates each new household once, its residents by local key, and patches only what changed', () => {
    const result = check(startingRegister());
    expect(result.totals).toEqual({ rows: 6, new: 4, updated: 1, unchanged: 0, wrong: 1 });
    const plan = planRosterImport(result.rows);

    expect(plan.households.map((h) => h.record)).toEqual([
      { buildingId: B3, unit: '2', room: '502', status: 'occupied', phone: '027-88886666' },
      { buildingId: B3, unit: '2', room: '503', status: 'occupied' },
    ]);
    const [room502, room503] = plan.households;
    expect(plan.residents).toEqual([
      { rowNumber: 5, household: { householdId: H501 }, record: { name: '王芳', idNumber: wangId, sex: 'female', birthDate: '1990-01-20', tags: [] } },
      {
        rowNumber: 6,
        household: { householdKey: room502?.key },
        record: { name: '赵六', idNumber: zhaoId, sex: 'male', birthDate: '2001-12-31', tags: ['renter'] },
      },
      { rowNumber: 7, household: { householdKey: room502?.key }, record: { name: '赵小六', tags: [] } },
      { rowNumber: 8, household: { householdKey: room503?.key }, record: { name: '钱七', tags: [] } },
    ]);
    expect(plan.residentPatches).toEqual([{ id: ZHANG, patch: { phone: '13700001111' }, rowNumbers: [4] }]);
    expect(plan.householdPatches).toEqual([]);
    expect(planSize(plan)).toBe(7);
  });

  it('patches an existing household whose phone the roster gives differently', () => {
    const rows = [
      ['楼栋', '单元', '房号', '姓名', '户电话'],
      ['3号楼', '2', '501', '张三', '010-12345678'],
    ];
    const header = findHeaderRow(rows);
    const result = checkRoster(readRosterRows(rows, 0, header?.match.mapping ?? {}), startingRegister(), TODAY);
    expect(result.rows[0]).toMatchObject({ status: 'updated', changes: ['householdPhone'] });
    const plan = planRosterImport(result.rows);
    expect(plan.residentPatches).toEqual([]);
    expect(plan.householdPatches).toEqual([{ id: H501, patch: { phone: '010-12345678' }, rowNumbers: [2] }]);
  });

  it('patches an existing household once when a new resident of it gives another household phone', () => {
    const rows = [
      ['楼栋', '单元', '房号', '姓名', '户电话'],
      ['3号楼', '2', '501', '王芳', '010-12345678'],
      ['3号楼', '2', '501', '王小芳', '010-12345678'],
    ];
    const header = findHeaderRow(rows);
    const register = startingRegister();
    const result = checkRoster(readRosterRows(rows, 0, header?.match.mapping ?? {}), register, TODAY);
    const plan = planRosterImport(result.rows);
    expect(plan.householdPatches).toEqual([{ id: H501, patch: { phone: '010-12345678' }, rowNumbers: [2, 3] }]);
    const again = checkRoster(readRosterRows(rows, 0, header?.match.mapping ?? {}), applyPlan(register, plan), TODAY);
    expect(again.totals).toMatchObject({ unchanged: 2 });
  });

  it('refuses to resolve a resident whose household was not created', () => {
    const plan = planRosterImport(check(startingRegister()).rows);
    const ofNewHousehold = plan.residents.find((resident) => 'householdKey' in resident.household);
    expect(() => residentToCreate(ofNewHousehold!, new Map())).toThrow(/row 6/);
  });

  it('importing the same roster again, once written, changes nothing', () => {
    const first = check(startingRegister());
    const after = applyPlan(startingRegister(), planRosterImport(first.rows));

    const again = check(after);
    expect(again.totals).toEqual({ rows: 6, new: 0, updated: 0, unchanged: 5, wrong: 1 });
    expect(planSize(planRosterImport(again.rows))).toBe(0);
  });
});
