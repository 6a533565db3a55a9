/**
 * Scenario 6: an axe-core scan of the real screens in Chromium finds no serious or critical
 * violation: sign-in, Set PIN, home, settings, Locked, and the households list and form; and the round: building
 * grid, household, visit form (with an error), fever report, search with results, daily report; and
 * the gate: an entry with a fever (Allowed blocked), a visitor with errors, the shift view; and the desk's
 * review and tasks: the Review queue with a Return missing its comment, Tasks, New task; and the ledger:
 * Export with the unmasked warning, Import roster's preview with wrong rows and a building to add; and the
 * street officer's Street.
 */
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { DailyReportPage } from './pages/daily-report-page';
import { FeverReportPage } from './pages/fever-report-page';
import { GatePage } from './pages/gate-page';
import { HouseholdPage } from './pages/household-page';
import { HouseholdsPage } from './pages/households-page';
import { LedgerExportPage, RosterImportPage } from './pages/ledger-page';
import { ReviewPage } from './pages/review-page';
import { TasksPage } from './pages/tasks-page';
import { RoundPage } from './pages/round-page';
import { VisitPage } from './pages/visit-page';
import { LockPage } from './pages/lock-page';
import { ShellPage } from './pages/shell-page';
import { SignInPage } from './pages/sign-in-page';
import { signInAndSync, WORKER } from './support/app-session';
import { seriousViolations } from './support/axe';
import { useE2eWorld } from './support/e2e-world';

const world = useE2eWorld();

describe('accessibility (axe-core)', () => {
  it('finds no serious or critical violation on sign-in, home, settings and the households screens', async () => {
    const context = await world.newContext({ bypassCSP: true });
    const page = await context.newPage();

    const signIn = await new SignInPage(page).open();
    expect(await seriousViolations(page), 'sign-in').toEqual([]);

    await signIn.signIn(WORKER, world.server.password);
    const lock = new LockPage(page);
    await lock.setPinHeading.waitFor();
    expect(await seriousViolations(page), 'set PIN').toEqual([]);
    await lock.setPin();
    const shell = new ShellPage(page);
    await shell.waitForScreen('Home');
    expect(await seriousViolations(page), 'home').toEqual([]);

    await shell.go('Settings');
    expect(await seriousViolations(page), 'settings').toEqual([]);
    await page.getByRole('button', { name: 'Lock now' }).click();
    await lock.lockedHeading.waitFor();
    expect(await seriousViolations(page), 'locked').toEqual([]);
    await lock.unlock();
    await shell.waitForScreen('Settings');

    await shell.go('Home');
    const households = new HouseholdsPage(page);
    await households.openFromHome();
    await households.list.getByRole('listitem').first().waitFor();
    expect(await seriousViolations(page), 'households').toEqual([]);

    await households.openAddForm();
    await households.save.click();
    await page.getByRole('alert').waitFor();
    expect(await seriousViolations(page), 'add household with errors').toEqual([]);
  });

  it('finds no serious or critical violation on the round: building, household, visit, fever report, search, daily report', async () => {
    const { server } = world;
    const worker = server.demo.users.find((user) => user.username === WORKER)!;
    const building = server.demo.buildings.find((b) => b.gridId === worker.gridIds[0] && !b.sealed)!;
    const context = await world.newContext({ bypassCSP: true });
    const page = await context.newPage();
    const shell = await signInAndSync(page, server);

    const round = new RoundPage(page);
    await round.openBuilding(building.id, building.name);
    expect(await seriousViolations(page), 'building').toEqual([]);

    await round.anyRoom().first().click();
    const household = new HouseholdPage(page);
    await household.recordVisit.waitFor();
    expect(await seriousViolations(page), 'household').toEqual([]);

    await household.recordVisit.click();
    const visit = new VisitPage(page);
    await visit.waitForForm();
    await visit.temperatures.first().fill('45');
    await visit.save.click();
    await page.getByRole('alert').first().waitFor();
    expect(await seriousViolations(page), 'visit form with an error').toEqual([]);

    await shell.go('Home');
    await page.getByRole('link', { name: 'Report fever' }).click();
    await new FeverReportPage(page).heading.waitFor();
    expect(await seriousViolations(page), 'fever report').toEqual([]);

    await shell.go('Search');
    await page.getByRole('searchbox').fill('1-101');
    await page.getByRole('list', { name: 'Results' }).getByRole('listitem').first().waitFor();
    expect(await seriousViolations(page), 'search with results').toEqual([]);

    await shell.go('Home');
    await new DailyReportPage(page).openFromHome();
    expect(await seriousViolations(page), 'daily report').toEqual([]);
  });

  it('finds no serious or critical violation at the gate: a fever entry, a visitor with errors, the shift view', async () => {
    const { server } = world;
    const context = await world.newContext({ bypassCSP: true });
    const page = await context.newPage();
    await signInAndSync(page, server);
    const gate = new GatePage(page);
    await gate.openFromHome();
    const { rows } = await server.db.query<{ name: string }>(`SELECT data->>'name' AS name FROM records WHERE id = $1`, [
      server.demo.checkpointIds[0],
    ]);
    await gate.choose(rows[0]!.name, 'Entering');
    expect(await seriousViolations(page), 'gate, empty').toEqual([]);

    await page.getByRole('button', { name: 'Visitor', exact: true }).click();
    await gate.check('Details recorded').click();
    await gate.temperature.fill('38.2');
    await page.getByRole('radio', { name: 'Red', exact: true }).check();
    expect(await gate.outcome('Allowed').isDisabled()).toBe(true);
    expect(await seriousViolations(page), 'gate, visitor with a fever and missing details').toEqual([]);

    await page.getByRole('link', { name: 'Shift view' }).click();
    await page.getByRole('heading', { name: 'Shift view', level: 1 }).waitFor();
    expect(await seriousViolations(page), 'shift view').toEqual([]);
  });

  it('finds no serious or critical violation on the desk’s review and tasks: the queue, a Return without comment, Tasks, New task', async () => {
    const { server } = world;
    const worker = server.demo.users.find((user) => user.username === WORKER)!;
    const building = server.demo.buildings.find((b) => b.gridId === worker.gridIds[0] && !b.sealed)!;
    const workerContext = await world.newContext();
    const workerPage = await workerContext.newPage();
    const workerShell = await signInAndSync(workerPage, server);
    await new RoundPage(workerPage).openBuilding(building.id, building.name);
    await new RoundPage(workerPage).anyRoom().first().click();
    const household = new HouseholdPage(workerPage);
    await household.recordVisit.click();
    const visit = new VisitPage(workerPage);
    await visit.waitForForm();
    await visit.outcome('Nobody home').check();
    await visit.save.click();
    await visit.nextRoom.first().waitFor();
    await workerShell.syncNow();
    await expect.poll(() => workerShell.pending(), { timeout: 20_000 }).toBe(0);

    const context = await world.newContext({ bypassCSP: true });
    const page = await context.newPage();
    await signInAndSync(page, server, 'secretary1', 'Community');
    const review = new ReviewPage(page);
    await review.open();
    const card = review.queue.getByRole('article').first();
    await card.waitFor({ timeout: 20_000 });
    expect(await seriousViolations(page), 'review queue').toEqual([]);
    await card.getByRole('button', { name: 'Return', exact: true }).click();
    await card.getByRole('textbox', { name: 'Comment' }).waitFor();
    await card.getByRole('button', { name: 'Return', exact: true }).click();
    await card.getByText('Say what is wrong: a comment is required to return a record.').waitFor();
    expect(await seriousViolations(page), 'return without a comment').toEqual([]);

    const tasks = new TasksPage(page);
    await tasks.openFromCommunity();
    expect(await seriousViolations(page), 'tasks').toEqual([]);
    await page.getByRole('button', { name: 'New task' }).click();
    await tasks.newTaskHeading.waitFor();
    expect(await seriousViolations(page), 'new task').toEqual([]);
  });

  it('finds no serious or critical violation on the ledger: Export unmasked, Import roster with wrong rows and a building to add', async () => {
    const context = await world.newContext({ bypassCSP: true });
    const page = await context.newPage();
    await signInAndSync(page, world.server, 'secretary1', 'Community');
    await page.getByRole('navigation', { name: 'Desk' }).getByRole('link', { name: 'Ledger (Excel)' }).click();
    const ledger = new LedgerExportPage(page);
    await ledger.heading.waitFor();
    await ledger.mask.uncheck();
    await ledger.unmaskedWarning.waitFor();
    expect(await seriousViolations(page), 'export, unmasked').toEqual([]);

    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('花名册');
    sheet.addRow(['楼栋', '单元', '房号', '姓名', '身份证号', '联系电话']);
    sheet.addRow(['99号楼', '1', '101', '新楼甲', '', '13900000001']);
    sheet.addRow([world.server.demo.buildings[0]!.name, '1', '101', '', '110105199001011234', '139']);
    await ledger.importLink.click();
    const importer = new RosterImportPage(page);
    await importer.heading.waitFor();
    await importer.choose('roster.xlsx', new Uint8Array(await workbook.xlsx.writeBuffer()));
    await page.getByRole('button', { name: 'Add building' }).waitFor({ timeout: 30_000 });
    await importer.wrongRows().first().waitFor();
    expect(await seriousViolations(page), 'import preview').toEqual([]);
  });

  it('finds no serious or critical violation on the street officer’s Street', async () => {
    const context = await world.newContext({ bypassCSP: true });
    const page = await context.newPage();
    await signInAndSync(page, world.server, 'street1', 'Street');
    await page.getByRole('region', { name: 'Reporting rate' }).waitFor();
    expect(await seriousViolations(page), 'street').toEqual([]);
  });
});
