/**
 * The ledger in Excel: Export (/ledger) and Import roster (/ledger/import). Downloads are returned as
 * their bytes, read in the test like any .xlsx.
 */
import { readFile } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';

export class LedgerExportPage {
  readonly heading: Locator;
  readonly mask: Locator;
  readonly exportButton: Locator;
  readonly unmaskedWarning: Locator;
  readonly importLink: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Export ledger' });
    this.mask = page.getByRole('checkbox', { name: 'Mask ID numbers and phones' });
    this.exportButton = page.getByRole('button', { name: 'Export', exact: true });
    this.unmaskedWarning = page.getByText('Full ID numbers and phones', { exact: true });
    this.importLink = page.getByRole('link', { name: 'Import roster', exact: true });
  }

  register(name: string): Locator {
    return this.page.getByRole('checkbox', { name, exact: true });
  }

  /** Presses Export and returns the downloaded file's name and bytes. */
  async export(): Promise<{ name: string; bytes: Uint8Array }> {
    const download = this.page.waitForEvent('download', { timeout: 60_000 });
    await this.exportButton.click();
    const file = await download;
    const path = await file.path();
    return { name: file.suggestedFilename(), bytes: new Uint8Array(await readFile(path)) };
  }
}

export class RosterImportPage {
  readonly heading: Locator;
  readonly fileInput: Locator;
  readonly importButton: Locator;
  readonly wrongRowsButton: Locator;
  readonly templateButton: Locator;
  readonly done: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Import roster' });
    this.fileInput = page.getByLabel('Choose a roster file');
    this.importButton = page.getByRole('button', { name: 'Import', exact: true });
    this.wrongRowsButton = page.getByRole('button', { name: 'Rows with errors', exact: true });
    this.templateButton = page.getByRole('button', { name: 'Download template', exact: true });
    this.done = page.getByRole('status').filter({ hasText: 'Imported:' });
  }

  async choose(name: string, bytes: Uint8Array): Promise<void> {
    await this.fileInput.setInputFiles({ name, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: Buffer.from(bytes) });
  }

  /** The figure under a total's label (New, Updated, Unchanged, Wrong). */
  async total(label: 'New' | 'Updated' | 'Unchanged' | 'Wrong'): Promise<number> {
    const figure = this.page.locator('.gw-import-totals div').filter({ has: this.page.locator('dt', { hasText: new RegExp(`^${label}$`) }) }).locator('dd');
    return Number(await figure.textContent());
  }

  /** The wrong rows as listed: "Row 5 · name" followed by reasons. */
  wrongRows(): Locator {
    return this.page.getByRole('list', { name: /^Rows with errors/ }).locator(':scope > li');
  }
}
