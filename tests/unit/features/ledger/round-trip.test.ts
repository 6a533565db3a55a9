// @vitest-environment node
/**
 * The ledger's round trip on real .xlsx bytes: the household register exported unmasked and imported
 * again changes nothing, in either language; exported masked, no full ID number or phone is in the file.
 */
import { describe, expect, it } from 'vitest';
import type { EntityRecord } from '../../../../src/domain/entities/entity-record';
import { householdRegisterSheet } from '../../../../src/domain/ledger/household-register-sheet';
import type { LedgerHeaderKey, LedgerValueKey } from '../../../../src/domain/ledger/ledger-keys';
import type { RosterRegister } from '../../../../src/domain/ledger/roster-check';
import { planRosterImport, planSize } from '../../../../src/domain/ledger/roster-plan';
import { findRosterLayout, previewRoster } from '../../../../src/features/ledger/roster-import-model';
import { readSpreadsheet } from '../../../../src/shared/spreadsheet/read-spreadsheet';
import { writeLedgerWorkbook } from '../../../../src/features/ledger/xlsx/write-ledger-workbook';
import { messages as ledgerEn } from '../../../../src/shared/i18n/locales/ledger/en';
import { messages as ledgerZh } from '../../../../src/shared/i18n/locales/ledger/zh-CN';
import { aBuilding, aHousehold, aResident, sampleIds } from '../../../fixtures/domain-records';
import { makeIdNumber } from '../../../fixtures/id-number-factory';

const building: EntityRecord<'building'> = { ...aBuilding({ name: '10号楼' }), id: sampleIds.building, version: 1 };
const household: EntityRecord<'household'> = { ...aHousehold({ phone: '010-62751234' }), id: sampleIds.household, version: 1 };
const vacant: EntityRecord<'household'> = { ...aHousehold({ room: '1203', status: 'vacant', phone: undefined }), id: '0190a000-0000-7000-8000-0000000000c1', version: 1 };
const zhangId = makeIdNumber({ region: '110102', birthDate: '1948-03-02', sex: 'male', sequence: 1 });
const liId = makeIdNumber({ region: '110102', birthDate: '1990-11-25', sex: 'female', sequence: 7 });
const residents: EntityRecord<'resident'>[] = [
  { ...aResident({ idNumber: zhangId, tags: ['elderly_alone', 'chronic_illness'] }), id: sampleIds.resident, version: 1 },
  // No sex or birth date stored: the export writes them from her ID number.
  { householdId: household.id, name: '李梅', idNumber: liId, phone: '13700001111', tags: ['returnee'], movedOutOn: '2026-10-01', id: '0190a000-0000-7000-8000-0000000000d1', version: 1 },
  { ...aResident({ name: '=王五', idNumber: undefined, birthDate: undefined, phone: undefined, tags: [] }), id: '0190a000-0000-7000-8000-0000000000d2', version: 1 },
];
const register: RosterRegister = { buildings: [building], households: [household, vacant], residents };

type Messages = typeof ledgerZh;
/** A ledger key looked up in a locale's messages, as i18next would. */
function lookup(messages: Messages, key: string): string {
  let node: unknown = messages;
  for (const part of key.replace(/^ledger:/, '').split('.')) node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[part] : undefined;
  if (typeof node !== 'string') throw new Error(`no message ${key}`);
  return node;
}

async function exportRegister(messages: Messages, mask: boolean): Promise<Uint8Array> {
  const sheet = householdRegisterSheet(
    { buildings: register.buildings.map((b) => ({ ...b, gridId: sampleIds.grid, units: 4, floors: 18, sealed: false, version: 1 })), households: [household, vacant], residents },
    {
      title: { community: '幸福社区', exportedAt: new Date('2026-11-25T10:00:00Z'), exportedBy: '王书记' },
      mask,
      label: (key: LedgerValueKey) => lookup(messages, key),
      headerText: (key: LedgerHeaderKey) => lookup(messages, key),
      exportDate: '2026-11-25',
    },
  );
  return writeLedgerWorkbook([sheet], {
    title: (s) => `${s.title.community} ${lookup(messages, s.title.register)}`,
    header: (key) => lookup(messages, key),
    sheetName: (s) => lookup(messages, s.title.register),
  });
}

describe('exporting the register and importing that file', () => {
  for (const [language, messages] of [['zh-CN', ledgerZh], ['en', ledgerEn]] as const) {
    it(`changes nothing (${language} headers)`, async () => {
      const sheets = await readSpreadsheet('register.xlsx', await exportRegister(messages, false));
      const layout = findRosterLayout(sheets);
      if (!layout) throw new Error('no header row found');
      expect(layout.headerIndex).toBe(1);
      const sheet = sheets[layout.sheetIndex];
      if (!sheet) throw new Error('no sheet');
      const preview = previewRoster(sheet, layout, {}, register, '2026-11-25');
      expect(preview.missing).toEqual([]);
      // Three residents; the vacant household's row names nobody and is no row to import.
      expect(preview.check?.totals).toEqual({ rows: 3, new: 0, updated: 0, unchanged: 3, wrong: 0 });
      expect(planSize(planRosterImport(preview.check?.rows ?? []))).toBe(0);
    });
  }

  it('exported masked holds no full ID number or phone, only the masked ones', async () => {
    const sheets = await readSpreadsheet('register.xlsx', await exportRegister(ledgerZh, true));
    const cells = sheets.flatMap((sheet) => sheet.rows.flat()).map(String);
    for (const secret of [zhangId, liId, '13912345678', '13700001111', '010-62751234']) expect(cells.some((cell) => cell.includes(secret))).toBe(false);
    expect(cells).toContain(`${zhangId.slice(0, 6)}********${zhangId.slice(-4)}`);
    expect(cells).toContain('139****5678');
  });

  it('keeps a formula-looking name as text that imports as the name it was', async () => {
    const sheets = await readSpreadsheet('register.xlsx', await exportRegister(ledgerZh, false));
    expect(sheets[0]?.rows.flat()).toContain('=王五');
  });
});
