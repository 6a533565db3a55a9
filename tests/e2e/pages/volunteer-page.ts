/**
 * The volunteer's app: Requests ('/', each request a card named by its place), a request's screen
 * (Claim, the address and phone once claimed, Delivered with Left at door / Handed over) and
 * Delivered today.
 */
import type { Locator, Page } from 'playwright-core';

export type DeliveryOutcomeLabel = 'Left at door' | 'Handed over';

export class VolunteerPage {
  constructor(readonly page: Page) {}

  /** The card of a request on Requests, by its place text (e.g. "1栋, unit 1, room 101"). */
  card(place: string): Locator {
    return this.page.getByRole('article', { name: place });
  }

  /** "Requests" screen, from the navigation. */
  async openRequests(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Requests' }).click();
    await this.page.getByRole('heading', { name: 'Requests', level: 1 }).waitFor();
  }

  /** A request's own screen, from its card. */
  async openRequest(place: string): Promise<void> {
    await this.card(place).getByRole('link', { name: place }).click();
    await this.page.getByRole('heading', { name: place, level: 1 }).waitFor();
  }

  get claim(): Locator {
    return this.page.getByRole('button', { name: 'Claim', exact: true });
  }

  get claimedByAnother(): Locator {
    return this.page.getByText('Claimed by another volunteer', { exact: true });
  }

  /** On a request's screen: "Delivered", how, and save; waits for the saved notice. */
  async recordDelivery(outcome: DeliveryOutcomeLabel, note?: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Delivered', exact: true }).click();
    await this.page.getByRole('radio', { name: outcome }).check();
    if (note) await this.page.getByLabel('Note (optional)').fill(note);
    await this.page.getByRole('button', { name: 'Save delivery' }).click();
    await this.page.getByText('Delivery recorded.').waitFor();
  }

  /** The phone as a call link (shown once the claim reached the server). */
  callLink(phone: string): Locator {
    return this.page.getByRole('link', { name: `Call ${phone}` });
  }
}
