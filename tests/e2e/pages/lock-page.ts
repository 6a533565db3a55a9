/** The app lock's screens (issue 18), "Set PIN" and "Locked", found by their labels as a user finds them. */
import type { Locator, Page } from 'playwright-core';

/** The PIN every browser test sets after signing in. */
export const E2E_PIN = '246810';

export class LockPage {
  readonly setPinHeading: Locator;
  readonly lockedHeading: Locator;
  readonly enterPin: Locator;
  readonly unlockButton: Locator;

  constructor(readonly page: Page) {
    this.setPinHeading = page.getByRole('heading', { name: 'Set PIN' });
    this.lockedHeading = page.getByRole('heading', { name: 'Locked' });
    this.enterPin = page.getByLabel('Enter PIN');
    this.unlockButton = page.getByRole('button', { name: 'Unlock', exact: true });
  }

  /** "Set PIN" after the first sign-in: the PIN typed twice. */
  async setPin(pin = E2E_PIN): Promise<void> {
    await this.setPinHeading.waitFor();
    await this.page.getByLabel('PIN (6 digits)').fill(pin);
    await this.page.getByLabel('Repeat the PIN').fill(pin);
    await this.page.getByRole('button', { name: 'Set PIN' }).click();
  }

  /** Types a PIN on the lock screen and taps "Unlock". */
  async unlock(pin = E2E_PIN): Promise<void> {
    await this.enterPin.waitFor();
    await this.enterPin.fill(pin);
    await this.unlockButton.click();
  }
}
