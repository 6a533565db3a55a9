// @vitest-environment node
/** "Download template": the empty roster's headers are the ones the import matches, every field, in both languages. */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { ROSTER_FIELDS } from '../../../../src/domain/ledger/roster-columns';
import { findRosterLayout } from '../../../../src/features/ledger/roster-import-model';
import { readSpreadsheet } from '../../../../src/shared/spreadsheet/read-spreadsheet';
import { writeTableWorkbook } from '../../../../src/features/ledger/xlsx/write-table-workbook';
import { messages as ledgerEn } from '../../../../src/shared/i18n/locales/ledger/en';
import { messages as ledgerZh } from '../../../../src/shared/i18n/locales/ledger/zh-CN';

describe('the roster template', () => {
  for (const [language, messages] of [['zh-CN', ledgerZh], ['en', ledgerEn]] as const) {
    it(`has a header for every roster field that the import matches to it (${language})`, async () => {
      const headers = ROSTER_FIELDS.map((field) => messages.import.fields[field]);
      const bytes = await writeTableWorkbook({ sheetName: messages.import.templateSheet, headers, rows: [] });
      const layout = findRosterLayout(await readSpreadsheet('template.xlsx', bytes));
      expect(layout?.headerIndex).toBe(0);
      expect(layout?.auto).toEqual(Object.fromEntries(ROSTER_FIELDS.map((field, column) => [field, column])));
    });
  }

  it('makes every column a text column, so an ID number typed in later stays text', async () => {
    const bytes = await writeTableWorkbook({ sheetName: '花名册', headers: ['姓名', '身份证号'], rows: [] });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(bytes).buffer);
    const sheet = workbook.worksheets[0];
    expect(sheet?.getColumn(2).numFmt).toBe('@');
    expect(sheet?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  });
});
