/** The sign-in screen, found by its labels and button as a user (or a screen reader) finds them. */
import type { Locator, Page } from 'playwright-core';

export class SignInPage {
  readonly username: Locator;
  readonly password: Locator;
  readonly submit: Locator;

  constructor(readonly page: Page) {
    this.username = page.getByLabel('Username');
    this.password = page.getByLabel('Password');
    this.submit = page.getByRole('button', { name: 'Sign in' });
  }

  /** Opens the app in English; a signed-out user lands on the sign-in screen. */
  async open(): Promise<this> {
    await this.page.goto('/signin?lang=en');
    await this.username.waitFor();
    return this;
  }

  async signIn(username: string, password: string): Promise<void> {
    await this.username.fill(username);
    await this.password.fill(password);
    await this.submit.click();
  }
}
