/**
 * Help requests on the grid worker's and secretary's screens: "Request help" from a household, the
 * household's requests with their state, and "Requests to confirm" with "Confirm request".
 */
import type { Locator, Page } from 'playwright-core';

export type HelpKindLabel = 'Groceries' | 'Medicine' | 'Medical' | 'Other';

export interface NewHelpRequest {
  kind: HelpKindLabel;
  needs: string;
  urgent?: boolean;
  contactName: string;
  contactPhone: string;
}

export class HelpRequestPage {
  constructor(readonly page: Page) {}

  /** On a household's screen: "Request help", the form filled in and saved (back on the household). */
  async requestHelp(request: NewHelpRequest): Promise<void> {
    await this.page.getByRole('link', { name: 'Request help' }).click();
    await this.page.getByRole('heading', { name: 'Request help', level: 1 }).waitFor();
    await this.page.getByRole('radio', { name: request.kind }).check();
    await this.page.getByLabel('What is needed').fill(request.needs);
    if (request.urgent) await this.page.getByRole('checkbox', { name: 'Urgent' }).check();
    await this.page.getByRole('radio', { name: 'Someone else (type a name)' }).check();
    await this.page.getByLabel('Contact name').fill(request.contactName);
    await this.page.getByLabel('Contact phone').fill(request.contactPhone);
    await this.page.getByRole('button', { name: 'Save request' }).click();
    await this.page.getByRole('heading', { name: 'Help requests' }).waitFor();
  }

  /** A request's card on the household screen, by its kind. */
  card(kind: HelpKindLabel): Locator {
    return this.page.getByRole('article', { name: kind });
  }

  /** "Requests to confirm (n)" on the worker's Home, followed. */
  async openRequestsToConfirm(): Promise<void> {
    await this.page.getByRole('link', { name: /^Requests to confirm/ }).click();
    await this.page.getByRole('heading', { name: 'Requests to confirm', level: 1 }).waitFor();
  }
}
