/** The settings screen: language, storage, export of unsent records, version, sign-out. */
import type { Locator, Page } from 'playwright-core';

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
}
