/** Search (/search): one box over everything in my scope, results as you type in a list named "Results". */
import type { Locator, Page } from 'playwright-core';

export class SearchPage {
  readonly box: Locator;
  readonly results: Locator;
  readonly preparing: Locator;

  constructor(readonly page: Page) {
    this.box = page.getByRole('searchbox', { name: 'Search by name, pinyin, phone, ID or room' });
    this.results = page.getByRole('list', { name: 'Results' });
    this.preparing = page.getByText('Preparing search…');
  }

  /** Through the bottom navigation (a client-side navigation). */
  async openFromNav(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Search' }).click();
    await this.box.waitFor();
  }

  /** Waits until the index is built: "Preparing search…" gone and the box usable. */
  async waitUntilReady(timeoutMs = 60_000): Promise<void> {
    await this.box.waitFor({ timeout: timeoutMs });
    await this.preparing.waitFor({ state: 'hidden', timeout: timeoutMs });
  }

  /** The query the results list currently shows (its data-query), or null without one. */
  async shownQuery(): Promise<string | null> {
    return this.results.getAttribute('data-query');
  }
}
