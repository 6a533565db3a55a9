import { describe, expect, it } from 'vitest';
import type { EntityRecord } from '../../../../src/domain/entities/entity-record';
import { householdRegisterSheet, type HouseholdRegisterOptions } from '../../../../src/domain/ledger/household-register-sheet';
import { cellMatchesKind, type CellValue, type LedgerSheet } from '../../../../src/domain/ledger/ledger-sheet';
import { aBuilding, aHousehold, aResident, sampleIds } from '../../../fixtures/domain-records';
import { makeIdNumber } from '../../../fixtures/id-number-factory';

const building2: EntityRecord<'building'> = { ...aBuilding({ name: '2号楼' }), id: '0190a000-0000-7000-8000-0000000000b2', version: 1 };
const building10: EntityRecord<'building'> = { ...aBuilding({ name: '10号楼' }), id: sampleIds.building, version: 1 };

const household501: EntityRecord<'household'> = { ...aHousehold(), id: sampleIds.household, version: 1 };
const household1203: EntityRecord<'household'> = {
  ...aHousehold({ room: '1203', status: 'vacant', phone: undefined }),
  id: '0190a000-0000-7000-8000-0000000000c1',
  version: 1,
};
const householdIn2: EntityRecord<'household'> = {
  ...aHousehold({ buildingId: building2.id, unit: '1', room: '101', phone: '010-62751234' }),
  id: '0190a000-0000-7000-8000-0000000000c2',
  version: 1,
};

const zhangId = makeIdNumber({ region: '110102', birthDate: '1948-03-02', sex: 'male' });
const liId = makeIdNumber({ region: '110102', birthDate: '1990-11-25', sex: 'female', sequence: 7 });
const zhang: EntityRecord<'resident'> = {
  ...aResident({ idNumber: zhangId, tags: ['elderly_alone', 'chronic_illness'] }),
  id: sampleIds.resident,
  version: 1,
};
/** Moved out; no sex or birth date recorded: both come from her ID number. */
const li: EntityRecord<'resident'> = {
  householdId: sampleIds.household,
  name: '李梅',
  idNumber: liId,
  phone: '13700001111',
  tags: [],
  movedOutOn: '2026-10-01',
  id: '0190a000-0000-7000-8000-0000000000d1',
  version: 1,
};
const wang: EntityRecord<'resident'> = {
  ...aResident({ householdId: householdIn2.id, name: '=王五', idNumber: undefined, birthDate: undefined, tags: [] }),
  id: '0190a000-0000-7000-8000-0000000000d2',
  version: 1,
};

function options(mask: boolean): HouseholdRegisterOptions {
  return {
    title: { community: '幸福社区', exportedAt: new Date('2026-11-25T10:00:00Z'), exportedBy: '王书记' },
    mask,
    label: (key) => `<${key}>`,
    exportDate: '2026-11-25',
  };
}

function build(mask: boolean): LedgerSheet {
  return householdRegisterSheet(
    { buildings: [building10, building2], households: [household1203, household501, householdIn2], residents: [li, wang, zhang] },
    options(mask),
  );
}

/** A row as column key → value, to read the assertions by column name. */
function byColumn(sheet: LedgerSheet, row: CellValue[] | undefined): Record<string, CellValue> {
  return Object.fromEntries(sheet.columns.map((column, index) => [column.key, row?.[index] ?? null]));
}

/** Every cell fits its column's kind (text columns hold only strings …). */
function everyCellFits(sheet: LedgerSheet): boolean {
  return sheet.rows.every((row) => row.length === sheet.columns.length && row.every((value, index) => cellMatchesKind(value, sheet.columns[index]!.kind)));
}

describe('householdRegisterSheet', () => {
  it('has one row per resident and one for a household without residents, in building and walking order', () => {
    const sheet = build(false);
    const places = sheet.rows.map((row) => byColumn(sheet, row)).map((r) => `${String(r.building)} ${String(r.unit)}-${String(r.room)} ${String(r.name)}`);
    expect(places).toEqual(['2号楼 1-101 \'=王五', '10号楼 2-501 张三', '10号楼 2-501 李梅', '10号楼 2-1203 null']);
  });

  it('writes the household columns on each resident row, occupancy and tags as the caller’s words', () => {
    const sheet = build(false);
    const [, zhangRow, liRow, emptyRow] = sheet.rows.map((row) => byColumn(sheet, row));
    expect(zhangRow).toMatchObject({
      occupancy: '<ledger:values.occupancy.occupied>',
      householdPhone: '13800138000',
      sex: '<ledger:values.sex.male>',
      tags: '<ledger:values.tags.elderly_alone>、<ledger:values.tags.chronic_illness>',
      movedOut: null,
    });
    expect(liRow).toMatchObject({ householdPhone: '13800138000', tags: null });
    expect(emptyRow).toMatchObject({ occupancy: '<ledger:values.occupancy.vacant>', householdPhone: null, name: null, idNumber: null, age: null });
  });

  it('counts ages on the export date, from the birth date or else the ID number, and gives sex from the ID', () => {
    const sheet = build(false);
    const [wangRow, zhangRow, liRow] = sheet.rows.map((row) => byColumn(sheet, row));
    expect(zhangRow?.age).toBe(78);
    expect(liRow?.age).toBe(36);
    expect(liRow?.sex).toBe('<ledger:values.sex.female>');
    expect(wangRow?.age).toBeNull();
  });

  it('keeps the moved-out date as a date cell', () => {
    const sheet = build(false);
    const liRow = byColumn(sheet, sheet.rows[2]);
    expect(liRow.movedOut).toEqual(new Date(Date.UTC(2026, 9, 1)));
    expect(sheet.columns.find((c) => c.key === 'movedOut')?.kind).toBe('date');
  });

  it('keeps ID numbers and phones as full text in text columns when not masked', () => {
    const sheet = build(false);
    const zhangRow = byColumn(sheet, sheet.rows[1]);
    expect(zhangRow.idNumber).toBe(zhangId);
    expect(typeof zhangRow.idNumber).toBe('string');
    expect(zhangRow.phone).toBe('13912345678');
    const kinds = Object.fromEntries(sheet.columns.map((c) => [c.key, c.kind]));
    expect(kinds).toMatchObject({ idNumber: 'text', phone: 'text', householdPhone: 'text', room: 'text', unit: 'text', age: 'number' });
    expect(everyCellFits(sheet)).toBe(true);
    expect(everyCellFits(build(true))).toBe(true);
  });

  it('masks ID numbers and phones when asked', () => {
    const sheet = build(true);
    const [wangRow, zhangRow] = sheet.rows.map((row) => byColumn(sheet, row));
    expect(zhangRow?.idNumber).toBe(`110102********${zhangId.slice(-4)}`);
    expect(zhangRow?.phone).toBe('139****5678');
    expect(zhangRow?.householdPhone).toBe('138****8000');
    expect(wangRow?.householdPhone).toBe('********1234');
  });

  it('titles the sheet with its register and no date range, headers as message keys', () => {
    const sheet = build(true);
    expect(sheet.title).toMatchObject({ community: '幸福社区', register: 'ledger:registers.householdRegister', dateRange: null, exportedBy: '王书记' });
    expect(sheet.columns.map((c) => c.header)).toContain('ledger:columns.idNumber');
  });
});
