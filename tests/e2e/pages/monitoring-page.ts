/** Home monitoring: starting it, one person's screen (Record check, Release), Home's "Due follow-ups", the secretary's list. */
import type { Locator, Page } from 'playwright-core';

export class MonitoringPage {
  readonly heading: Locator;
  readonly startHeading: Locator;
  readonly startSubmit: Locator;
  readonly recordCheck: Locator;
  readonly saveCheck: Locator;
  readonly release: Locator;
  readonly dueFollowUps: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Home monitoring' });
    this.startHeading = page.getByRole('heading', { level: 1, name: 'Start home monitoring' });
    this.startSubmit = page.getByRole('button', { name: 'Start home monitoring', exact: true });
    this.recordCheck = page.getByRole('form', { name: 'Record check' });
    this.saveCheck = page.getByRole('button', { name: 'Save check', exact: true });
    this.release = page.getByRole('button', { name: 'Release', exact: true });
    this.dueFollowUps = page.getByRole('list', { name: 'Due follow-ups' });
  }

  /** Taps a quick temperature and "Save check", and waits for it to be saved. */
  async checkWith(temperature: string): Promise<void> {
    await this.recordCheck.getByRole('button', { name: `${temperature} °C`, exact: true }).click();
    await this.saveCheck.click();
    await this.page.getByText('Check saved.').waitFor();
  }

  /** Home's follow-up of a person (a link to their monitoring). */
  followUp(name: string): Locator {
    return this.dueFollowUps.getByRole('link').filter({ hasText: name });
  }
}
