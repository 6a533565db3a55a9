/** Recording a visit (/households/:id/visits/new): outcome, a temperature per resident, "Save visit", "Next room". */
import type { Locator, Page } from 'playwright-core';

export type VisitOutcomeLabel = 'Visited' | 'Nobody home' | 'Refused';

export class VisitPage {
  readonly save: Locator;
  readonly nextRoom: Locator;
  readonly temperatures: Locator;

  constructor(readonly page: Page) {
    this.save = page.getByRole('button', { name: 'Save visit' });
    this.nextRoom = page.getByRole('button', { name: 'Next room' }).or(page.getByRole('link', { name: 'Next room' }));
    // A decimal text box (inputMode="decimal"), or a number input (spinbutton).
    this.temperatures = page.getByRole('textbox', { name: /^Temperature for / }).or(page.getByRole('spinbutton', { name: /^Temperature for / }));
  }

  /** Opens the form by URL (a full page load). */
  async open(householdId: string): Promise<void> {
    await this.page.goto(`/households/${householdId}/visits/new`);
    await this.waitForForm();
  }

  async waitForForm(): Promise<void> {
    await this.outcome('Visited').waitFor();
  }

  outcome(label: VisitOutcomeLabel): Locator {
    return this.page.getByRole('radio', { name: label, exact: true });
  }

  temperatureFor(residentName: string): Locator {
    const name = `Temperature for ${residentName}`;
    return this.page.getByRole('textbox', { name, exact: true }).or(this.page.getByRole('spinbutton', { name, exact: true }));
  }

  /** Chooses "Visited" and types the same temperature for every resident listed. Returns how many. */
  async fillVisited(temperature: string): Promise<number> {
    await this.outcome('Visited').check();
    const inputs = await this.temperatures.all();
    for (const input of inputs) await input.fill(temperature);
    return inputs.length;
  }
}
