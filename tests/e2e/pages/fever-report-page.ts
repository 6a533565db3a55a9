/** The fever report form (/fever-reports/new): opened by a fever found at the door, or directly. */
import type { Locator, Page } from 'playwright-core';

export type FeverActionLabel = 'Fever clinic' | 'Home isolation' | 'Observation';

export class FeverReportPage {
  readonly heading: Locator;
  readonly temperature: Locator;
  readonly submit: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Report fever', level: 1 });
    this.temperature = page.getByLabel('Temperature', { exact: true });
    this.submit = page.getByRole('button', { name: 'Submit report' });
  }

  action(label: FeverActionLabel): Locator {
    return this.page.getByRole('radio', { name: label, exact: true });
  }

  /** Chooses the action and submits the (prefilled) report. */
  async submitWith(action: FeverActionLabel): Promise<void> {
    await this.action(action).check();
    await this.submit.click();
  }
}
