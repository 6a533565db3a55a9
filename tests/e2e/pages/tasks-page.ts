/**
 * Tasks (任务派发): the secretary's Tasks list (/tasks) and "New task" form (/tasks/new), a task's
 * screen (/tasks/:taskId) with "Mark done", the grid worker's "Tasks" section on Home, and the offer
 * after a visit is saved to complete the household's "visit again" task with that visit.
 */
import type { Locator, Page } from 'playwright-core';

export type TaskKindLabel = 'Visit again' | 'Check a building' | 'Follow up a resident' | 'Trace a contact' | 'Disinfection' | 'Other';

export type TaskTargetChoice =
  | { type: 'Grid'; grid: string }
  | { type: 'Building'; building: string }
  | { type: 'Household'; building: string; household: string }
  | { type: 'Resident'; building: string; household: string; resident: string };

export interface NewTaskInput {
  kind: TaskKindLabel;
  /** The household as "unit-room" ("2-501") under its building's name. */
  target: TaskTargetChoice;
  /** The assignee's name; left as the form's default (the target grid's worker) when not given. */
  assignee?: string;
  /** As a datetime-local input takes it, "2026-12-01T18:00" (the browser's time zone); the form's default (tomorrow 18:00) when not given. */
  due?: string;
  note?: string;
}

/** A datetime-local value for a time (in the browser's time zone, which the tests keep as the machine's). */
export function localInputOf(at: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}T${pad(at.getHours())}:${pad(at.getMinutes())}`;
}

export class TasksPage {
  readonly heading: Locator;
  readonly newTaskHeading: Locator;
  /** Home's "Tasks" section (the grid worker's). */
  readonly homeTasks: Locator;
  /** The offer under a saved visit. */
  readonly visitOffer: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Tasks', level: 1 });
    this.newTaskHeading = page.getByRole('heading', { name: 'New task', level: 1 });
    this.homeTasks = page.getByRole('region', { name: 'Tasks', exact: true });
    this.visitOffer = page.getByRole('region', { name: 'Visit-again tasks of this household' });
  }

  /** The secretary's Tasks list, from Community's "Tasks" link (client-side). */
  async openFromCommunity(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Community' }).click();
    await this.page.getByRole('link', { name: 'Tasks', exact: true }).click();
    await this.heading.waitFor();
  }

  /** A task's card in the secretary's list, by its title ("Visit again · 1栋 2-501"). */
  card(title: string | RegExp): Locator {
    return this.page.getByRole('article', { name: title });
  }

  /** Creates a task as the secretary, from the Tasks list; resolves back on the list, with the new task in it. */
  async createTask(input: NewTaskInput): Promise<void> {
    if (!(await this.heading.isVisible())) await this.openFromCommunity();
    await this.page.getByRole('button', { name: 'New task' }).or(this.page.getByRole('link', { name: 'New task' })).click();
    await this.newTaskHeading.waitFor();
    await this.page.getByRole('radio', { name: input.kind, exact: true }).check();
    const { target } = input;
    await this.page.getByRole('radio', { name: target.type, exact: true }).check();
    const select = (label: string, option: string) => this.page.getByRole('combobox', { name: label, exact: true }).selectOption({ label: option });
    if (target.type === 'Grid') await select('Grid', target.grid);
    else {
      await select('Building', target.building);
      if (target.type === 'Household' || target.type === 'Resident') await select('Household (unit-room)', target.household);
      if (target.type === 'Resident') await select('Resident', target.resident);
    }
    if (input.assignee !== undefined) await select('Assignee', input.assignee);
    if (input.due !== undefined) await this.page.getByLabel('Due date and time').fill(input.due);
    if (input.note !== undefined) await this.page.getByRole('textbox', { name: 'Note', exact: true }).fill(input.note);
    await this.page.getByRole('button', { name: 'Save task' }).click();
    await this.heading.waitFor();
  }

  /** The assignee the form chose by default (read before saving, on /tasks/new). */
  assigneeSelect(): Locator {
    return this.page.getByRole('combobox', { name: 'Assignee', exact: true });
  }

  /** A task's link in Home's Tasks section, by (part of) its title ("Visit again · 1栋 2-501"). */
  homeTask(title: string | RegExp): Locator {
    return this.homeTasks.getByRole('link', { name: title });
  }

  /** Whether Home marks the task "Overdue". */
  homeTaskOverdue(title: string | RegExp): Locator {
    return this.homeTask(title).getByText('Overdue', { exact: true });
  }

  /** Opens a task from the worker's Home; resolves on the task's screen (its kind as the heading). */
  async openFromHome(title: string | RegExp, kind: TaskKindLabel): Promise<void> {
    await this.homeTask(title).first().click();
    await this.page.getByRole('heading', { name: kind, level: 1 }).waitFor();
  }

  /** On a task's screen (its assignee's): "Mark done" with a note; resolves when the phone saved it. */
  async markDone(note: string): Promise<void> {
    await this.page.getByRole('textbox', { name: 'What was done' }).fill(note);
    await this.page.getByRole('button', { name: 'Mark done', exact: true }).click();
    await this.page.getByText('Task marked done.').waitFor();
  }

  /** After "Save visit": completes the household's visit-again task with the new visit linked. */
  async completeFromVisitSaved(): Promise<void> {
    await this.visitOffer.waitFor();
    await this.visitOffer.getByRole('button', { name: /Mark done/ }).first().click();
    await this.visitOffer.getByText('Task done: this visit is linked to it.').waitFor();
  }
}
