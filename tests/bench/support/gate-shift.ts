/**
 * Runs the planned shift through the gate screen as a worker would: taps are clicks, typing is
 * page.fill (no simulated key delays), Enter is a key press (typing). Each save is timed in the page
 * (gate-timers.ts). Taps are counted per entry as the screen's design asks for them: every check toggle
 * is a tap; a toggle found already pressed (the build before "Details recorded" stopped being pressed by
 * default) is not tapped again, but still counted, and the run says how often that happened.
 */
import type { Locator, Page } from 'playwright-core';
import { CHECKS, GatePage } from '../../e2e/pages/gate-page';
import type { PlannedEntry } from './gate-shift-plan';
import { seededRandom } from './gate-shift-plan';
import { armGateTimer, waitForClearedScreen, type GateEntryKind } from './gate-timers';

const CLEARED_TIMEOUT_MS = 10_000;

export interface ShiftRun {
  /** Entries saved, by kind. */
  saved: Record<GateEntryKind, number>;
  /** Taps per repeat-resident entry as the design counts them (Recent, the three toggles). */
  repeatTaps: number[];
  /** Taps the script really made for repeat residents, in total (fewer when a toggle was pressed already). */
  repeatClicks: number;
  /** Toggles found pressed on arrival, so not tapped. */
  prePressed: number;
  /** How repeat residents were saved: Enter in the Temperature field, or a click on "Save entry" (no form yet). */
  repeatSaves: { enter: number; click: number };
  /** Residents found by pinyin initials / by room code. */
  typedBy: { initials: number; room: number };
}

class ShiftDriver {
  readonly gate: GatePage;
  readonly recent: Locator;
  readonly results: Locator;
  readonly run: ShiftRun = {
    saved: { repeat: 0, search: 0, visitor: 0, refused: 0, referred: 0 },
    repeatTaps: [],
    repeatClicks: 0,
    prePressed: 0,
    repeatSaves: { enter: 0, click: 0 },
    typedBy: { initials: 0, room: 0 },
  };
  private readonly random = seededRandom(7);
  private enterSubmits: boolean | null = null;
  private lastName = '';
  private readonly referredLabels = new Set<string>();

  constructor(readonly page: Page) {
    this.gate = new GatePage(page);
    this.recent = page.getByRole('region', { name: 'Recent', exact: true });
    this.results = page.getByRole('region', { name: 'Matching residents', exact: true });
  }

  /** Taps each toggle that is not pressed yet; returns the taps made. */
  private async answerToggles(): Promise<number> {
    let clicks = 0;
    for (const label of CHECKS) {
      const toggle = this.gate.check(label);
      if ((await toggle.getAttribute('aria-pressed')) === 'false') {
        await toggle.click();
        clicks++;
      } else {
        this.run.prePressed++;
      }
    }
    return clicks;
  }

  private async saveBy(how: 'enter' | 'click', name: string, kind: GateEntryKind): Promise<void> {
    await armGateTimer(this.page, name, kind);
    if (how === 'enter') await this.gate.temperature.press('Enter');
    else await this.gate.save.click();
    await waitForClearedScreen(this.page, CLEARED_TIMEOUT_MS);
    this.lastName = name;
    this.run.saved[kind]++;
  }

  private async typeToFind(label: string, query: string, initials: boolean): Promise<void> {
    await this.gate.find.fill(query);
    await this.results.getByRole('button', { name: label, exact: true }).first().click();
    this.run.typedBy[initials ? 'initials' : 'room']++;
  }

  /** Recent (1) + Identity asked, Details recorded, Mask worn (3); the temperature typed, then Enter. */
  private async repeatResident(temperature: string): Promise<void> {
    const labels = (await this.recent.getByRole('button').allTextContents()).map((text) => text.trim());
    // Not the one just saved, not a fever referral; never the row's last (the next save may push it out).
    const choices = labels.slice(0, -1).filter((label) => !label.startsWith(`${this.lastName}, `) && !this.referredLabels.has(label));
    if (choices.length === 0) throw new Error(`no resident to repeat in the Recent row (${labels.length} shown)`);
    const label = choices[Math.floor(this.random() * choices.length)]!;
    const name = label.slice(0, label.indexOf(', '));
    await this.recent.getByRole('button', { name: label, exact: true }).click();
    const clicks = 1 + (await this.answerToggles());
    await this.gate.temperature.fill(temperature);
    this.enterSubmits ??= await this.gate.temperature.evaluate((input) => input instanceof HTMLInputElement && input.form !== null);
    this.run.repeatTaps.push(1 + CHECKS.length);
    if (this.enterSubmits) {
      this.run.repeatClicks += clicks;
      this.run.repeatSaves.enter++;
      await this.saveBy('enter', name, 'repeat');
    } else {
      this.run.repeatClicks += clicks + 1;
      this.run.repeatSaves.click++;
      await this.saveBy('click', name, 'repeat');
    }
  }

  async take(entry: PlannedEntry): Promise<void> {
    switch (entry.kind) {
      case 'repeat':
        return this.repeatResident(entry.temperature);
      case 'visitor':
        await this.gate.startVisitor({ name: entry.name, phone: entry.phone, purpose: entry.purpose });
        await this.answerToggles();
        await this.gate.temperature.fill(entry.temperature);
        return this.saveBy('click', entry.name, 'visitor');
      default: {
        const { resident, query } = entry;
        await this.typeToFind(resident.label, query, query === resident.initials);
        await this.answerToggles();
        await this.gate.temperature.fill(entry.temperature);
        if (entry.kind === 'refused') {
          await this.gate.outcome('Refused').check();
          await this.page.getByRole('textbox', { name: 'Reason', exact: true }).fill(entry.reason);
        } else if (entry.kind === 'referred') {
          await this.gate.outcome('Referred').check();
          this.referredLabels.add(resident.label);
        }
        return this.saveBy('click', resident.name, entry.kind);
      }
    }
  }
}

/** Takes every planned entry in order; a failing entry stops the shift with the entry's number. */
export async function runShift(page: Page, plan: readonly PlannedEntry[]): Promise<ShiftRun> {
  const driver = new ShiftDriver(page);
  for (const [i, entry] of plan.entries()) {
    try {
      await driver.take(entry);
    } catch (error) {
      const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
      throw new Error(`gate entry ${i + 1} (${entry.kind}): ${message}`, { cause: error });
    }
  }
  return driver.run;
}
