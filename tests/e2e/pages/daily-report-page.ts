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

  async openFromHome(): Promise<void> {
    await this.page.getByRole('link', { name: 'Close the day' }).click();
    await this.heading.waitFor();
  }
}
