/** The signed-in frame: header sync indicator, bottom navigation, the screen's heading. */
import type { Locator, Page } from 'playwright-core';

export type NavTarget = 'Home' | 'Search' | 'Settings' | 'Community' | 'Buildings' | 'Reports';

export class ShellPage {
  /** The header's live status line ("Online · Pending: 0 · Last sync: …"). */
  readonly syncStatus: Locator;
  readonly nav: Locator;

  constructor(readonly page: Page) {
    this.syncStatus = page.getByRole('status').filter({ hasText: 'Pending:' });
    this.nav = page.getByRole('navigation', { name: 'Main navigation' });
  }

  heading(name: string): Locator {
    return this.page.getByRole('heading', { name, level: 1 });
  }

  /** Waits for a screen by its heading. */
  async waitForScreen(name: string): Promise<void> {
    await this.heading(name).waitFor();
  }

  async go(target: NavTarget): Promise<void> {
    await this.nav.getByRole('link', { name: target }).click();
    await this.waitForScreen(target);
  }

  async statusText(): Promise<string> {
    return (await this.syncStatus.textContent()) ?? '';
  }

  /** The pending count the indicator shows, or null while it is not rendered. */
  async pending(): Promise<number | null> {
    if ((await this.syncStatus.count()) === 0) return null;
    const match = /Pending: (\d+)/.exec(await this.statusText());
    return match ? Number(match[1]) : null;
  }

  /** True once a sync has finished since sign-in ("Last sync: …" instead of "Not synced yet"). */
  async hasSynced(): Promise<boolean> {
    return (await this.statusText()).includes('Last sync:');
  }

  async syncNow(): Promise<void> {
    await this.page.getByRole('button', { name: 'Sync now' }).click();
  }
}
