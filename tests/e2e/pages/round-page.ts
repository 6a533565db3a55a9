/** The round: Home (one link per building of my grids) and a building's floor × unit grid of rooms. */
import type { Locator, Page } from 'playwright-core';

export class RoundPage {
  readonly homeHeading: Locator;

  constructor(readonly page: Page) {
    this.homeHeading = page.getByRole('heading', { name: 'Home', level: 1 });
  }

  /**
   * Home, client-side: a grid worker taps "Home" in the bottom navigation; a secretary's navigation
   * has no Home (it starts on Community), so their round is reached at /round (the router follows a
   * pushState and its popstate, as it does for the browser's own history).
   */
  async goHome(): Promise<void> {
    const nav = this.page.getByRole('navigation', { name: 'Main navigation' });
    await nav.waitFor();
    const homeLink = nav.getByRole('link', { name: 'Home', exact: true });
    if ((await homeLink.count()) > 0) await homeLink.click();
    else await this.page.evaluate(`(() => { history.pushState(null, '', '/round'); dispatchEvent(new PopStateEvent('popstate')); })()`);
    await this.homeHeading.waitFor();
  }

  /** The building's card on Home: a link whose accessible name includes the building name (a substring match). */
  buildingLink(buildingName: string): Locator {
    return this.page.getByRole('link', { name: buildingName });
  }

  /** The building's card on Home by its target (unambiguous when names are prefixes of others, "1栋" / "11栋"). */
  buildingLinkTo(buildingId: string): Locator {
    return this.page.locator(`a[href$="/buildings/${buildingId}"]`);
  }

  buildingHeading(buildingName: string): Locator {
    return this.page.getByRole('heading', { name: buildingName, level: 1 });
  }

  /** Opens a building from Home and waits for its heading. */
  async openBuilding(buildingId: string, buildingName: string): Promise<void> {
    await this.buildingLinkTo(buildingId).click();
    await this.buildingHeading(buildingName).waitFor();
  }

  /** A room on the building screen, named like "Unit 2 Room 501". */
  room(unit: string, room: string): Locator {
    return this.page.getByRole('button', { name: `Unit ${unit} Room ${room}`, exact: true });
  }

  /** Any room button of the building screen. */
  anyRoom(): Locator {
    return this.page.getByRole('button', { name: /^Unit \S+ Room \S+$/ });
  }
}
