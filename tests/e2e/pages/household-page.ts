/** A household's screen (/households/:id) and the resident form reached from it ("Add resident"). */
import type { Locator, Page } from 'playwright-core';

export interface NewResident {
  name: string;
  idNumber?: string;
  phone?: string;
}

export class HouseholdPage {
  readonly recordVisit: Locator;
  readonly addResident: Locator;
  readonly saveResident: Locator;

  constructor(readonly page: Page) {
    this.recordVisit = page.getByRole('link', { name: 'Record visit' });
    this.addResident = page.getByRole('link', { name: 'Add resident' });
    this.saveResident = page.getByRole('button', { name: 'Save resident' });
  }

  heading(unit: string, room: string): Locator {
    return this.page.getByRole('heading', { name: `Unit ${unit} Room ${room}`, level: 1 });
  }

  async waitFor(unit: string, room: string): Promise<void> {
    await this.heading(unit, room).waitFor();
  }

  /** A resident listed on the household screen, by name. */
  resident(name: string): Locator {
    return this.page.getByRole('listitem').filter({ hasText: name });
  }

  /** "Add resident", the form filled in and saved; back on the household screen. */
  async addNewResident(resident: NewResident, unit: string, room: string): Promise<void> {
    await this.addResident.click();
    await this.page.getByLabel('Name', { exact: true }).fill(resident.name);
    if (resident.idNumber) await this.page.getByLabel('ID number', { exact: true }).fill(resident.idNumber);
    if (resident.phone) await this.page.getByLabel('Phone', { exact: true }).fill(resident.phone);
    await this.saveResident.click();
    await this.waitFor(unit, room);
  }
}
