/**
 * Review (督导—反馈—整改—验收): the secretary's queue at /review ("Approve", "Return" with a "Comment",
 * "Accept"), a record's review page, and the grid worker's side: "Returned: <n>" on Home, the returned
 * list and "Send back for review".
 */
import type { Locator, Page } from 'playwright-core';

export class ReviewPage {
  readonly heading: Locator;
  readonly queue: Locator;
  readonly history: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Review', level: 1 });
    this.queue = page.getByRole('region', { name: 'To review' });
    this.history = page.getByRole('region', { name: 'Review history' });
  }

  /** The secretary's Review: "Review" in the bottom navigation, or /review when it is not shown. */
  async open(): Promise<void> {
    const link = this.page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Review', exact: true });
    if ((await link.count()) > 0) await link.click();
    else await this.page.goto('/review');
    await this.heading.waitFor();
  }

  /** A record in the queue by its title, e.g. "Visit · 1栋 Unit 2 Room 501" (kind · place or person). */
  card(title: string | RegExp): Locator {
    return this.queue.getByRole('article', { name: title });
  }

  async approve(card: Locator): Promise<void> {
    await card.getByRole('button', { name: 'Approve', exact: true }).click();
  }

  /** "Return", the required comment, "Return" again. */
  async returnRecord(card: Locator, comment: string): Promise<void> {
    await card.getByRole('button', { name: 'Return', exact: true }).click();
    await card.getByRole('textbox', { name: 'Comment' }).fill(comment);
    await card.getByRole('button', { name: 'Return', exact: true }).click();
    await card.getByRole('textbox', { name: 'Comment' }).waitFor({ state: 'detached' });
  }

  /** "Accept" on a resubmitted record. */
  async accept(card: Locator): Promise<void> {
    await card.getByRole('button', { name: 'Accept', exact: true }).click();
  }

  /** "Approve all shown (<n>)". */
  async approveAllShown(): Promise<void> {
    await this.page.getByRole('button', { name: /^Approve all shown \(\d+\)$/ }).click();
  }

  /** A record's review page (/review/<entity>/<id>), e.g. to read its history. */
  async openRecord(entity: 'visit' | 'fever_report' | 'checkpoint_entry', recordId: string): Promise<void> {
    await this.page.goto(`/review/${entity}/${recordId}`);
    await this.history.waitFor();
  }

  /** The record's state on its review page or screen, e.g. "Review state: Accepted". */
  state(): Locator {
    return this.history.getByText(/^Review state:/);
  }

  /** The worker's Home link "Returned: <n>". */
  returnedLink(count?: number): Locator {
    return this.page.getByRole('link', { name: count === undefined ? /^Returned: \d+$/ : `Returned: ${count}` });
  }

  /** Home's "Returned: <n>" followed to the list of returned records. */
  async openReturned(count?: number): Promise<void> {
    await this.returnedLink(count).click();
    await this.page.getByRole('heading', { name: 'Returned', level: 1 }).waitFor();
  }

  /** From the returned list, a record's review page by its title (place or person). */
  async openReturnedRecord(title: string | RegExp): Promise<void> {
    await this.page.getByRole('link', { name: title }).click();
    await this.history.waitFor();
  }

  /**
   * On a returned record's page or screen: "Send back for review", the correction (the newest record made
   * since the return, chosen by default; or "No new record"), an optional comment, "Send back for review".
   */
  async sendBackForReview(options: { noNewRecord?: boolean; comment?: string } = {}): Promise<void> {
    await this.page.getByRole('button', { name: 'Send back for review' }).click();
    if (options.noNewRecord) await this.page.getByRole('radio', { name: 'No new record' }).check();
    if (options.comment) await this.page.getByRole('textbox', { name: 'Comment' }).fill(options.comment);
    await this.page.getByRole('button', { name: 'Send back for review' }).click();
    await this.page.getByText('Sent back for review.').waitFor();
  }
}
