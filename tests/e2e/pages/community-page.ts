/** The secretary's Community screen (/): today's figures across all grids, sealed buildings, grids without a report. */
import type { Locator, Page } from 'playwright-core';

export class CommunityPage {
  readonly heading: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Community', level: 1 });
  }

  region(name: string | RegExp): Locator {
    return this.page.getByRole('region', { name });
  }

  /** The figure under a label in a region ("Households" → "Nobody home" → "2"). */
  async figure(region: string, label: string): Promise<string> {
    const term = this.region(region).getByRole('term').filter({ hasText: new RegExp(`^${label}$`) });
    await term.waitFor();
    return (await term.locator('xpath=following-sibling::dd[1]').textContent()) ?? '';
  }
}
