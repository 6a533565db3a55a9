/** The street officer's Street screen: the date, and each community's row in Communities. */
import type { Locator, Page } from 'playwright-core';

export class StreetPage {
  readonly date: Locator;
  readonly communities: Locator;
  readonly total: Locator;

  constructor(readonly page: Page) {
    this.date = page.getByLabel('Date');
    this.communities = page.getByRole('region', { name: 'Communities' }).getByRole('table');
    this.total = page.getByRole('region', { name: 'Street total' });
  }

  async showDate(date: string): Promise<void> {
    await this.date.fill(date);
  }

  /** The community's row: its status cell's text ("Reported", "Late", "Missing"…). */
  async statusOf(community: string): Promise<string> {
    const row = this.communities.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: community, exact: true }) });
    return (await row.getByRole('cell').first().textContent()) ?? '';
  }

  /** The line "Reported n, Late n, Missing n, Zero report n (of n communities)". */
  async statuses(): Promise<string> {
    return (await this.total.getByText(/^Reported \d+, Late/).textContent()) ?? '';
  }
}
