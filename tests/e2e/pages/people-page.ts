/** The secretary's People screen (/people): Add person, the sign-in code panel, each person's card and End account. */
import type { Locator, Page } from 'playwright-core';

export interface NewVolunteer {
  name: string;
  phone: string;
  buildings: string[];
  /** YYYY-MM-DD */
  endsOn: string;
}

export class PeoplePage {
  constructor(readonly page: Page) {}

  /** From the Community screen's "People" link. */
  async open(): Promise<void> {
    await this.page.getByRole('link', { name: 'People', exact: true }).click();
    await this.page.getByRole('heading', { name: 'People', level: 1 }).waitFor();
  }

  /** "Add person" as a volunteer of some buildings; returns the 12 digits of the sign-in code shown. */
  async addVolunteer(person: NewVolunteer): Promise<string> {
    await this.page.getByRole('button', { name: 'Add person' }).click();
    await this.page.getByLabel('Name', { exact: true }).fill(person.name);
    await this.page.getByLabel('Mobile number').fill(person.phone);
    await this.page.getByRole('radio', { name: 'Volunteer' }).check();
    for (const building of person.buildings) await this.page.getByRole('checkbox', { name: building, exact: true }).check();
    await this.page.getByLabel('End date').fill(person.endsOn);
    await this.page.getByRole('button', { name: 'Save and make a sign-in code' }).click();
    const panel = this.page.getByRole('region', { name: `Sign-in code for ${person.name}` });
    await panel.getByRole('img', { name: `Sign-in QR code for ${person.name}` }).waitFor();
    const digits = (await panel.getByRole('paragraph').filter({ hasText: /^\s*\d{4} \d{4} \d{4}\s*$/ }).textContent()) ?? '';
    return digits.replace(/\D/g, '');
  }

  person(name: string): Locator {
    return this.page.getByRole('article', { name });
  }

  async endAccount(name: string): Promise<void> {
    const card = this.person(name);
    await card.getByRole('button', { name: 'End account' }).click();
    await card.getByRole('button', { name: 'End now' }).click();
    await card.getByText('Ended', { exact: true }).waitFor();
  }
}

/** The Join screen (/join?code=…): who the code is for, then a new password twice. */
export class JoinPage {
  constructor(readonly page: Page) {}

  async join(code: string, password: string, name: string): Promise<void> {
    await this.page.goto(`/join?code=${code}&lang=en`);
    await this.page.getByText(`Welcome, ${name}`).waitFor();
    await this.page.getByLabel('New password (at least 8 characters)').fill(password);
    await this.page.getByLabel('New password again').fill(password);
    await this.page.getByRole('button', { name: 'Set password and sign in' }).click();
  }
}
