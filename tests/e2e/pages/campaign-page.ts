/**
 * Testing campaigns: starting one (the secretary), the sampling site (the tube, the person found by
 * name, pinyin initials or their door's QR code, "Sampled", "New tube"), a building's "Not tested", the
 * lab results' import and the "Positive pool".
 */
import type { Locator, Page } from 'playwright-core';

export class CampaignPage {
  readonly tubeNumber: Locator;
  readonly findResident: Locator;
  readonly sampled: Locator;
  readonly newTube: Locator;
  readonly notTested: Locator;

  constructor(readonly page: Page) {
    this.tubeNumber = page.getByRole('textbox', { name: 'Tube number' });
    this.findResident = page.getByRole('searchbox', { name: 'Find resident' });
    this.sampled = page.getByRole('button', { name: 'Sampled', exact: true });
    this.newTube = page.getByRole('button', { name: 'New tube', exact: true });
    this.notTested = page.getByRole('list', { name: 'Not tested', exact: true });
  }

  /** From Community (the secretary) or Home (a worker): the campaigns' list. */
  async openCampaigns(): Promise<void> {
    await this.page.getByRole('link', { name: 'Testing campaign', exact: true }).click();
    await this.page.getByRole('heading', { level: 1, name: 'Testing campaigns' }).waitFor();
  }

  /** The secretary starts a campaign at a checkpoint with this pooling ("10-in-1"), every building expected. */
  async start(name: string, checkpoint: string, pooling: string): Promise<void> {
    await this.page.getByRole('link', { name: 'Start campaign', exact: true }).click();
    const form = this.page.getByRole('form', { name: 'Start campaign' });
    await form.getByRole('textbox', { name: 'Name', exact: true }).fill(name);
    await form.getByRole('checkbox', { name: checkpoint }).check();
    await form.getByRole('radio', { name: pooling, exact: true }).check();
    await form.getByRole('button', { name: 'Start campaign', exact: true }).click();
    await this.page.getByRole('heading', { level: 1, name }).waitFor();
  }

  /** From the campaigns' list: one campaign's page. */
  async openCampaign(name: string): Promise<void> {
    await this.page.getByRole('link', { name: new RegExp(`^${name}`) }).first().click();
    await this.page.getByRole('heading', { level: 1, name }).waitFor();
  }

  /** From a campaign's page: the sampling site. */
  async openSite(): Promise<void> {
    await this.page.getByRole('link', { name: 'Sampling at the site', exact: true }).click();
    await this.tubeNumber.waitFor();
  }

  async useTube(tubeNumber: string): Promise<void> {
    await this.tubeNumber.fill(tubeNumber);
  }

  /** Types into "Find resident" and picks the hit with this label ("张三, 3号楼 2-501"). */
  async find(query: string, pick: string): Promise<void> {
    await this.findResident.fill(query);
    await this.page.getByRole('button', { name: pick, exact: true }).click();
  }

  /** Scans the door's QR code (the camera shows it) and picks the resident among its household. */
  async findByDoorCode(pick: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Scan QR code', exact: true }).click();
    await this.page.getByRole('button', { name: pick, exact: true }).click();
  }

  /** One tap on "Sampled"; waits for the screen ready for the next person. */
  async sample(name: string): Promise<void> {
    await this.sampled.click();
    await this.page.getByRole('status').filter({ hasText: `Sampled: ${name},` }).waitFor();
    await this.findResident.waitFor();
  }

  /** From a campaign's page: a building's page. */
  async openBuilding(name: string): Promise<void> {
    await this.page.getByRole('link', { name, exact: true }).click();
    await this.page.getByRole('heading', { level: 1, name }).waitFor();
  }

  /** The names in a building's "Not tested". */
  async notTestedNames(): Promise<string[]> {
    await this.notTested.or(this.page.getByText('Nobody in this building is left to test.')).first().waitFor();
    const names = await this.notTested.getByRole('listitem').locator('strong').allTextContents();
    return names.map((name) => name.trim());
  }

  /** From a campaign's page (the secretary): "Import results" with the lab's file, checked, then imported. */
  async importResults(file: string): Promise<void> {
    await this.page.getByRole('link', { name: 'Import results', exact: true }).click();
    await this.page.getByLabel('Choose a results file').setInputFiles(file);
    await this.page.getByText(/^Checked \(\d+ rows\)$/).waitFor();
    await this.page.getByRole('button', { name: 'Import', exact: true }).click();
    await this.page.getByText(/^Imported \d+ results\./).waitFor();
  }

  /** From the results screen or a campaign's page: "Positive pool". */
  async openPositivePool(): Promise<void> {
    await this.page.getByRole('link', { name: 'Positive pool', exact: true }).first().click();
    await this.page.getByRole('heading', { level: 1, name: 'Positive pool' }).waitFor();
  }

  /** A positive tube's people, in "Positive pool". */
  positiveTube(tubeNumber: string): Locator {
    return this.page.getByRole('list', { name: `Tube ${tubeNumber}`, exact: true });
  }
}
