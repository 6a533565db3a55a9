/** The gate checkpoint (/checkpoint): checkpoint and direction, the person, the four checks, the outcome, "Save entry". */
import type { Locator, Page } from 'playwright-core';

export type Direction = 'Entering' | 'Leaving';
export type HealthCodeLabel = 'Green' | 'Yellow' | 'Red';
export type GateOutcome = 'Allowed' | 'Refused' | 'Referred';
export type VisitorPurpose = 'Courier' | 'Relative' | 'Worker' | 'Other';
export type CheckLabel = 'Identity asked' | 'Details recorded' | 'Mask worn';

export const CHECKS: readonly CheckLabel[] = ['Identity asked', 'Details recorded', 'Mask worn'];

export interface Visitor {
  name: string;
  phone: string;
  purpose: VisitorPurpose;
}

export class GatePage {
  readonly checkpoint: Locator;
  readonly find: Locator;
  readonly temperature: Locator;
  readonly save: Locator;
  readonly lastEntries: Locator;

  constructor(readonly page: Page) {
    this.checkpoint = page.getByLabel('Checkpoint', { exact: true });
    this.find = page.getByRole('searchbox', { name: 'Find resident' });
    this.temperature = page.getByRole('textbox', { name: 'Temperature', exact: true });
    this.save = page.getByRole('button', { name: 'Save entry' });
    this.lastEntries = page.getByRole('region', { name: 'Last entries' });
  }

  /** From Home ("Gate checkpoint"). */
  async openFromHome(): Promise<void> {
    await this.page.getByRole('link', { name: 'Gate checkpoint' }).click();
    await this.checkpoint.waitFor();
  }

  async choose(checkpointName: string, direction: Direction): Promise<void> {
    await this.checkpoint.selectOption({ label: checkpointName });
    await this.page.getByRole('radio', { name: direction, exact: true }).check();
  }

  /** Types into "Find resident" and taps the resident whose button name starts with `name`. */
  async pickResident(query: string, name: string): Promise<void> {
    await this.find.fill(query);
    await this.page.getByRole('button', { name: new RegExp(`^${name}, `) }).first().click();
  }

  async startVisitor(visitor: Visitor): Promise<void> {
    await this.page.getByRole('button', { name: 'Visitor', exact: true }).click();
    await this.page.getByRole('textbox', { name: 'Name', exact: true }).fill(visitor.name);
    await this.page.getByRole('textbox', { name: 'Phone', exact: true }).fill(visitor.phone);
    await this.page.getByRole('radio', { name: visitor.purpose, exact: true }).check();
  }

  check(label: CheckLabel): Locator {
    return this.page.getByRole('button', { name: label, exact: true });
  }

  /** Answers the three toggles (tapping only those not pressed yet) and types the temperature. */
  async answerChecks(temperature: string, healthCode: HealthCodeLabel = 'Green'): Promise<void> {
    for (const label of CHECKS) {
      if ((await this.check(label).getAttribute('aria-pressed')) !== 'true') await this.check(label).click();
    }
    await this.temperature.fill(temperature);
    await this.page.getByRole('radio', { name: healthCode, exact: true }).check();
  }

  outcome(label: GateOutcome): Locator {
    return this.page.getByRole('radio', { name: label, exact: true });
  }

  /** Saves and waits for the cleared screen ("Saved: <name>", the find box back). */
  async saveFor(name: string): Promise<void> {
    await this.save.click();
    await this.page.getByRole('status').filter({ hasText: `Saved: ${name}` }).waitFor();
    await this.find.waitFor();
  }
}
