/** The "needs attention" list (/attention): what the server refused. */
import type { Locator, Page } from 'playwright-core';

export class AttentionPage {
  readonly empty: Locator;

  constructor(readonly page: Page) {
    this.empty = page.getByText('Nothing needs attention.');
  }

  async open(): Promise<void> {
    await this.page.goto('/attention');
    await this.page.getByRole('heading', { name: 'Needs attention', level: 1 }).waitFor();
  }
}
