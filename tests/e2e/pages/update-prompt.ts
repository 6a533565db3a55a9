/** The "A new version is ready" prompt above every screen, and its unsaved-input confirmation. */
import type { Locator, Page } from 'playwright-core';

export class UpdatePrompt {
  readonly region: Locator;
  readonly reload: Locator;
  readonly unsavedWarning: Locator;
  readonly reloadAnyway: Locator;
  readonly cancel: Locator;

  constructor(readonly page: Page) {
    this.region = page.getByRole('complementary', { name: 'App updates' }).filter({ hasText: 'A new version is ready' });
    this.reload = this.region.getByRole('button', { name: 'Reload', exact: true });
    this.unsavedWarning = this.region.getByRole('alertdialog').filter({ hasText: 'You have unsaved input.' });
    this.reloadAnyway = this.region.getByRole('button', { name: 'Reload anyway' });
    this.cancel = this.region.getByRole('button', { name: 'Cancel' });
  }
}
