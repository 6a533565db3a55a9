/**
 * For the ledger screens' tests: the files a screen hands to the browser's download (URL.createObjectURL
 * and the anchor's click, captured), read back as plain rows with the app's own spreadsheet reader.
 */
import { vi } from 'vitest';
import { readSpreadsheet, type SpreadsheetSheet } from '../../../../src/shared/spreadsheet/read-spreadsheet';

export interface Download {
  /** The anchor's download name. */
  name: string;
  file: File;
}

/** Captures every download from now on (restore with vi.restoreAllMocks). */
export function captureDownloads(): Download[] {
  const downloads: Download[] = [];
  const blobs = new Map<string, Blob>();
  // jsdom has no object URLs: give URL the two functions to spy on.
  if (typeof URL.createObjectURL !== 'function') Object.assign(URL, { createObjectURL: () => '', revokeObjectURL: () => undefined });
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob: Blob | MediaSource) => {
    const url = `blob:gridwalk/${blobs.size + 1}`;
    if (blob instanceof Blob) blobs.set(url, blob);
    return url;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    const blob = blobs.get(this.href);
    if (!(blob instanceof File)) throw new Error(`the download ${this.download} is not a File`);
    downloads.push({ name: this.download, file: blob });
  });
  return downloads;
}

/** A downloaded .xlsx read back: its sheets as plain cells. */
export async function readDownload(download: Download): Promise<SpreadsheetSheet[]> {
  return readSpreadsheet(download.file.name, new Uint8Array(await download.file.arrayBuffer()));
}
