/** The settings screen: language, storage, export of unsent records, version, sign-out. */
import { readFile } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';

/** The part of an exported file the tests look at. */
export interface ExportedUnsent {
  mutations: { entity: string; op: string; recordId: string; data: Record<string, unknown> }[];
}

export class SettingsPage {
  readonly version: Locator;
  readonly signOut: Locator;
  readonly exportUnsent: Locator;

  constructor(readonly page: Page) {
    this.version = page.getByText(/^Version \S+$/);
    this.signOut = page.getByRole('button', { name: 'Sign out' });
    this.exportUnsent = page.getByRole('button', { name: 'Export unsent records' });
  }

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Settings' }).click();
    await this.page.getByRole('heading', { name: 'Settings', level: 1 }).waitFor();
  }

  /** The version the running app says it is, e.g. "0.1.0" or "0.1.0+e2e-next". */
  async appVersion(): Promise<string> {
    const text = (await this.version.textContent()) ?? '';
    return text.replace(/^Version /, '');
  }

  /** Presses "Export unsent records" and reads the JSON file the browser downloads. */
  async exportUnsentFile(): Promise<{ fileName: string; content: ExportedUnsent }> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.exportUnsent.click()]);
    const content = JSON.parse(await readFile(await download.path(), 'utf8')) as ExportedUnsent;
    return { fileName: download.suggestedFilename(), content };
  }
}
