/** Closing the day (/daily-report, "Close the day" on Home): computed counts, "Confirm daily report". */
import type { Locator, Page } from 'playwright-core';

export class DailyReportPage {
  readonly heading: Locator;
  readonly confirm: Locator;
  readonly confirmed: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Daily report', level: 1 });
    this.confirm = page.getByRole('button', { name: 'Confirm daily report' });
    this.confirmed = page.getByText('Daily report confirmed');
  }

  /** Opens the screen by URL (a full page load). */
  async open(): Promise<void> {
    await this.page.goto('/daily-report');
    await this.heading.waitFor();
  }

  /** The counts of the first grid's card, word → number ("Visited" → 3). */
  async counts(): Promise<Record<string, number>> {
    const list = this.page.locator('dl').first();
    await list.getByRole('term').first().waitFor();
    const terms = await list.getByRole('term').allTextContents();
    const values = await list.getByRole('definition').allTextContents();
    return Object.fromEntries(terms.map((term, n) => [term, Number(values[n])]));
  }

  async openFromHome(): Promise<void> {
    await this.page.getByRole('link', { name: 'Close the day' }).click();
    await this.heading.waitFor();
  }
}
