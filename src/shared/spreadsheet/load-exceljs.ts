/**
 * ExcelJS, loaded only when a ledger is exported or a roster or lab results imported: its own chunk (about 230 KB
 * gzipped), never part of the first screen; the service worker precaches it so both work offline.
 * The build takes its browser bundle without polyfills (vite.config.ts aliases 'exceljs' to
 * exceljs/dist/exceljs.bare.min.js): the app's browsers have what it needs.
 */
import type { Workbook } from 'exceljs';

export type { Workbook, Worksheet, CellValue as ExcelCellValue } from 'exceljs';

let loading: Promise<new () => Workbook> | null = null;

/** A new, empty workbook (the library is fetched once, on the first call). */
export async function newWorkbook(): Promise<Workbook> {
  loading ??= import('exceljs').then((module) => module.Workbook);
  try {
    const WorkbookClass = await loading;
    return new WorkbookClass();
  } catch (error) {
    // A failed fetch (offline before the service worker cached it) may be retried later.
    loading = null;
    throw error;
  }
}
