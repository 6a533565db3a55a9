/** The households list (/households) and the "Add household" form (/households/new), which leads to the new household's screen. */
import type { Locator, Page } from 'playwright-core';

export interface NewHousehold {
  unit: string;
  room: string;
  status?: 'Occupied' | 'Vacant';
  phone?: string;
}

export class HouseholdsPage {
  readonly list: Locator;
  readonly building: Locator;
  readonly unit: Locator;
  readonly room: Locator;
  readonly phone: Locator;
  readonly save: Locator;

  constructor(readonly page: Page) {
    this.list = page.getByRole('list', { name: /Households in this building/ });
    this.building = page.getByLabel('Building', { exact: true });
    this.unit = page.getByLabel('Unit', { exact: true });
    this.room = page.getByLabel('Room', { exact: true });
    this.phone = page.getByLabel('Phone (optional)');
    this.save = page.getByRole('button', { name: 'Save household' });
  }

  /** From Home, the way a user gets there. */
  async openFromHome(): Promise<void> {
    await this.page.getByRole('link', { name: 'Households' }).click();
    await this.page.getByRole('heading', { name: 'Households', level: 1 }).waitFor();
    await this.building.waitFor();
  }

  async openAddForm(): Promise<void> {
    await this.page.getByRole('link', { name: 'Add household' }).click();
    await this.page.getByRole('heading', { name: 'Add household', level: 1 }).waitFor();
    await this.room.waitFor();
  }

  /** Types a household into the open form without saving it. */
  async fill(household: NewHousehold): Promise<void> {
    await this.unit.fill(household.unit);
    await this.room.fill(household.room);
    if (household.status) await this.page.getByRole('radio', { name: household.status }).check();
    if (household.phone) await this.phone.fill(household.phone);
  }

  /**
   * Opens the form from the list, saves the household, waits for its own screen (where saving
   * leads), then goes back to the list and waits for the list to show it.
   */
  async add(household: NewHousehold): Promise<void> {
    await this.openAddForm();
    await this.fill(household);
    await this.save.click();
    await this.page.getByRole('heading', { name: `Unit ${household.unit} Room ${household.room}`, level: 1 }).waitFor();
    await this.page.goBack();
    await this.item(household.unit, household.room).waitFor();
  }

  /** The list entry for one unit and room. */
  item(unit: string, room: string): Locator {
    return this.list.getByRole('listitem').filter({ hasText: `Unit ${unit}, room ${room}` });
  }

  /** True when the entry says it has not reached the server. */
  async isMarkedUnsent(unit: string, room: string): Promise<boolean> {
    return ((await this.item(unit, room).textContent()) ?? '').includes('Pending');
  }
}
