/**
 * The ledger bench's page (built by ledger-bench.ts with the app's Vite aliases, so 'exceljs' is the
 * same bare bundle, loaded lazily as its own chunk). It runs the app's ledger code on the app's
 * database: records are stored in IndexedDB as a first pull leaves them (untimed), then read back
 * through the data client, as the export and the import screens do.
 * - export: what useLedgerExport runs for the household register, without React and the download:
 *   readLedgerRecords / readWorkers / readCommunityName → ledgerSheets (householdRegisterSheet) →
 *   writeLedgerWorkbook, with the zh-CN 'ledger' words through i18next;
 * - import: the roster .xlsx (written here, untimed, by writeTableWorkbook) → readSpreadsheet →
 *   findRosterLayout → previewRoster against the register read through the data client (which the
 *   import screen reads when it opens, timed apart).
 */
import i18next from 'i18next';
import { createDataClient, everyRecord, type GridwalkDataClient } from '../../../../src/data';
import type { EntityName } from '../../../../src/domain/entities/entity-names';
import type { LedgerHeaderKey, LedgerValueKey } from '../../../../src/domain/ledger/ledger-keys';
import type { LedgerSheet } from '../../../../src/domain/ledger/ledger-sheet';
import type { SessionUser } from '../../../../src/domain/sync-protocol';
import { ledgerSheets, type ExportChoice } from '../../../../src/features/ledger/export-model';
import { readCommunityName, readLedgerRecords, readWorkers } from '../../../../src/features/ledger/read-ledger-records';
import { findRosterLayout, previewRoster } from '../../../../src/features/ledger/roster-import-model';
import { readSpreadsheet } from '../../../../src/shared/spreadsheet/read-spreadsheet';
import { writeLedgerWorkbook, type WorkbookText } from '../../../../src/features/ledger/xlsx/write-ledger-workbook';
import { writeTableWorkbook } from '../../../../src/features/ledger/xlsx/write-table-workbook';
import { formatDateTime } from '../../../../src/shared/format-date-time';
import { messages as ledgerZh } from '../../../../src/shared/i18n/locales/ledger/zh-CN';
import { localDateOf } from '../../../../src/shared/local-date';
import type { LedgerBenchCommunity, LedgerBenchRoster } from '../ledger-data';

export interface ExportTiming {
  /** readLedgerRecords, readWorkers and readCommunityName through the data client. */
  readMs: number;
  /** ledgerSheets: the household register sheet. */
  sheetMs: number;
  /** writeLedgerWorkbook (ExcelJS fetched and run on the page's first call). */
  writeMs: number;
  totalMs: number;
  bytes: number;
  rows: number;
}

export interface ImportTiming {
  /** The register through the data client (the import screen reads it when it opens). */
  registerMs: number;
  /** readSpreadsheet: the .xlsx bytes to plain cells. */
  readMs: number;
  /** findRosterLayout + previewRoster: header, mapping and the checked rows. */
  previewMs: number;
  /** From the file's bytes to the preview (readMs + previewMs). */
  fileToPreviewMs: number;
  statuses: Record<string, number>;
}

export interface LedgerBenchApi {
  seed(community: LedgerBenchCommunity, communityId: string, gridId: string): Promise<Record<string, number>>;
  exportRegister(): Promise<ExportTiming>;
  makeRoster(roster: LedgerBenchRoster): Promise<number>;
  importRoster(): Promise<ImportTiming>;
}

declare global {
  interface Window {
    __ledgerBench?: LedgerBenchApi;
  }
}

const DB_NAME = 'gridwalk-ledger-bench';
const i18n = i18next.createInstance();
await i18n.init({ lng: 'zh-CN', ns: ['ledger'], defaultNS: 'ledger', resources: { 'zh-CN': { ledger: ledgerZh } }, interpolation: { escapeValue: false } });
const t = i18n.t.bind(i18n);

let client: GridwalkDataClient | null = null;
let rosterBytes: Uint8Array | null = null;
let user: SessionUser | null = null;

function requireClient(): GridwalkDataClient {
  if (!client) throw new Error('seed() first');
  return client;
}

async function put(db: GridwalkDataClient['db'], entity: EntityName, rows: readonly object[]): Promise<void> {
  await db.records(entity).bulkPut(rows.map((row) => ({ id: '', version: 1, ...row, _sync: 'synced' as const })));
}

async function seed(community: LedgerBenchCommunity, communityId: string, gridId: string): Promise<Record<string, number>> {
  await client?.close();
  await new Promise<void>((resolve) => {
    const request = indexedDB.deleteDatabase(DB_NAME);
    request.onsuccess = request.onerror = request.onblocked = () => resolve();
  });
  client = createDataClient({ baseUrl: '', dbName: DB_NAME, autoStart: false, storage: null, caches: null });
  const { db } = client;
  await put(db, 'community', [{ id: communityId, name: '幸福里社区' }]);
  await put(db, 'grid', [{ id: gridId, communityId, name: '第一网格' }]);
  await put(db, 'building', community.buildings);
  await put(db, 'household', community.households);
  await put(db, 'resident', community.residents);
  user = { id: 'secretary-bench', username: 'secretary1', displayName: '王书记', role: 'secretary', communityId, gridIds: [gridId] };
  return { building: await db.records('building').count(), household: await db.records('household').count(), resident: await db.records('resident').count() };
}

async function exportRegister(): Promise<ExportTiming> {
  const data = requireClient();
  if (!user) throw new Error('seed() first');
  const exportedAt = new Date();
  const exportDate = localDateOf(exportedAt);
  const choice: ExportChoice = { registers: new Set(['householdRegister']), range: { from: exportDate, to: exportDate }, checkpointIds: [], mask: false };
  const start = performance.now();
  const [records, workers, community] = await Promise.all([readLedgerRecords(data, choice), readWorkers(data, user), readCommunityName(data, user)]);
  const read = performance.now();
  const label = (key: LedgerValueKey) => t(key);
  const headerText = (key: LedgerHeaderKey) => t(key);
  const sheets = ledgerSheets(records, choice, { options: { title: { community, exportedAt, exportedBy: user.displayName }, label, headerText }, workers, exportDate, now: exportedAt.getTime() });
  const built = performance.now();
  const at = formatDateTime(exportedAt.toISOString(), 'zh-CN');
  const text: WorkbookText = {
    title: (sheet: LedgerSheet) =>
      t('ledger:file.title', {
        community: sheet.title.community,
        register: t(sheet.title.register),
        range: sheet.title.dateRange ? t('ledger:file.range', sheet.title.dateRange) : t('ledger:file.asOf', { date: exportDate }),
        at,
        by: sheet.title.exportedBy,
        masked: t('ledger:file.unmasked'),
      }),
    header: headerText,
    sheetName: (sheet) => t(sheet.title.register),
  };
  const bytes = await writeLedgerWorkbook(sheets, text);
  const end = performance.now();
  return {
    readMs: read - start,
    sheetMs: built - read,
    writeMs: end - built,
    totalMs: end - start,
    bytes: bytes.length,
    rows: sheets.reduce((sum, sheet) => sum + sheet.rows.length, 0),
  };
}

async function makeRoster(roster: LedgerBenchRoster): Promise<number> {
  rosterBytes = await writeTableWorkbook({ sheetName: '花名册', headers: roster.headers, rows: roster.rows });
  return rosterBytes.length;
}

async function importRoster(): Promise<ImportTiming> {
  const data = requireClient();
  if (!rosterBytes) throw new Error('makeRoster() first');
  const start = performance.now();
  const [buildings, households, residents] = await Promise.all([
    data.listRecords(everyRecord('building')),
    data.listRecords(everyRecord('household')),
    data.listRecords(everyRecord('resident')),
  ]);
  const register = { buildings, households, residents };
  const registered = performance.now();
  const sheets = await readSpreadsheet('花名册.xlsx', rosterBytes);
  const read = performance.now();
  const layout = findRosterLayout(sheets);
  const sheet = layout ? sheets[layout.sheetIndex] : undefined;
  if (!layout || !sheet) throw new Error('The roster has no header row the import recognises');
  const preview = previewRoster(sheet, layout, {}, register, localDateOf(new Date()));
  const end = performance.now();
  if (!preview.check) throw new Error(`The roster's columns were not all found: ${preview.missing.join(', ')}`);
  const statuses: Record<string, number> = {};
  for (const row of preview.check.rows) statuses[row.status] = (statuses[row.status] ?? 0) + 1;
  return { registerMs: registered - start, readMs: read - registered, previewMs: end - read, fileToPreviewMs: end - registered, statuses };
}

window.__ledgerBench = { seed, exportRegister, makeRoster, importRoster };
