/** A building's seal on its screen (/buildings/:id): "Seal building" (start date, reason), "Lift seal", "Day <n> of 14". */
import type { Locator, Page } from 'playwright-core';

export class BuildingSealPage {
  readonly sealButton: Locator;
  readonly reason: Locator;

  constructor(readonly page: Page) {
    this.sealButton = page.getByRole('button', { name: 'Seal building' });
    this.reason = page.getByRole('textbox', { name: 'Reason' });
  }

  async open(buildingId: string, buildingName: string): Promise<void> {
    await this.page.goto(`/buildings/${buildingId}`);
    await this.page.getByRole('heading', { name: buildingName, level: 1 }).waitFor();
  }

  /** Seals from today with a reason: "Seal building", the reason, "Seal building" again to save. */
  async seal(reason: string): Promise<void> {
    await this.sealButton.click();
    await this.reason.fill(reason);
    await this.page.getByRole('button', { name: 'Seal building' }).click();
    await this.dayCount(1).waitFor();
  }

  dayCount(n: number): Locator {
    return this.page.getByText(`Day ${n} of 14`, { exact: true });
  }
}
