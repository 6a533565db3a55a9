/**
 * Issue 11, item 8, in real Chromium: the app works under the server's own Content-Security-Policy and
 * Permissions-Policy. A grid worker signs in (the service worker takes control), records a visit, shows
 * a household's QR code and scans it at the gate with the (fake) camera; no CSP violation is reported,
 * neither as a `securitypolicyviolation` event (collected by an init script) nor in the console.
 */
import path from 'node:path';
import type { Browser, ConsoleMessage } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { GatePage } from './pages/gate-page';
import { HouseholdPage } from './pages/household-page';
import { VisitPage } from './pages/visit-page';
import type { AppServer } from './support/app-server';
import { signInAndSync, waitForServiceWorker, WORKER } from './support/app-session';
import { launchChromium, newAppContext } from './support/browser';
import { NEXT_DIST_DIR } from './support/builds';
import { useE2eWorld } from './support/e2e-world';
import { fakeCameraShowing, qrModulesOf } from './support/fake-camera';

/** The build `npm run test:e2e` has just made (.tmp/dist-v2), or E2E_DIST. */
const world = useE2eWorld(process.env.E2E_DIST ? path.resolve(process.env.E2E_DIST) : NEXT_DIST_DIR);

/** Handed to every document (through page loads too) by exposeFunction. */
declare global {
  interface Window {
    reportCspViolation?: (line: string) => Promise<void>;
  }
}

/** The init script: every violation event of every document is reported to the test. */
function collectViolations(): void {
  document.addEventListener('securitypolicyviolation', (event) => {
    void window.reportCspViolation?.(`${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${event.lineNumber}`);
  });
}

/** Console lines about CSP or Permissions-Policy (Chromium logs a refusal and an unknown feature as errors). */
function isPolicyMessage(message: ConsoleMessage): boolean {
  return /Content Security Policy|Refused to|Permissions-Policy|Permissions policy/i.test(message.text());
}

interface Household {
  id: string;
  unit: string;
  room: string;
  building: string;
  residents: string[];
}

/** A household of the worker's grid with residents living there (names unique in it). */
async function householdWithResidents(server: AppServer): Promise<Household> {
  const worker = server.demo.users.find((user) => user.username === WORKER)!;
  const { rows } = await server.db.query<{ id: string; unit: string; room: string; building: string; names: string[] }>(
    `SELECT h.id, h.data->>'unit' AS unit, h.data->>'room' AS room, b.data->>'name' AS building,
            array_agg(r.data->>'name') AS names
       FROM records h
       JOIN records b ON b.id::text = h.data->>'buildingId'
       JOIN records r ON r.entity = 'resident' AND r.data->>'householdId' = h.id::text
                     AND r.voided_at IS NULL AND r.data->>'movedOutOn' IS NULL
      WHERE h.entity = 'household' AND h.grid_id = $1 AND h.voided_at IS NULL
      GROUP BY h.id, h.data, b.data
     HAVING count(*) >= 1 AND count(DISTINCT r.data->>'name') = count(*)
      ORDER BY min(h.seq) LIMIT 1`,
    [worker.gridIds[0]],
  );
  const household = rows[0];
  if (!household) throw new Error('The demo grid has no household with residents');
  return { ...household, residents: household.names };
}

async function firstCheckpointName(server: AppServer): Promise<string> {
  const { rows } = await server.db.query<{ name: string }>(`SELECT data->>'name' AS name FROM records WHERE id = $1`, [
    server.demo.checkpointIds[0]!,
  ]);
  return rows[0]!.name;
}

describe('the app under its own Content-Security-Policy', () => {
  it('signs in, records a visit, shows and scans a QR code at the gate with no violation reported', async () => {
    const { server } = world;
    const household = await householdWithResidents(server);
    const camera = fakeCameraShowing(qrModulesOf(`${server.url}/households/${household.id}`));
    let browser: Browser | undefined;
    try {
      browser = await launchChromium(camera.chromiumArgs);
      const context = await newAppContext(browser, server.url);
      const violations: string[] = [];
      await context.exposeFunction('reportCspViolation', (line: string) => void violations.push(line));
      await context.addInitScript(collectViolations);
      const page = await context.newPage();
      const consoleLines: string[] = [];
      page.on('console', (message) => {
        if (isPolicyMessage(message)) consoleLines.push(`${message.type()}: ${message.text()}`);
      });

      // The document really carries the policy under test.
      const document = await page.goto('/');
      const headers = document!.headers();
      expect(headers['content-security-policy']).toContain("script-src 'self'");
      expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(headers['permissions-policy']).toContain('camera=(self)');

      const shell = await signInAndSync(page, server);
      await waitForServiceWorker(page);

      // Record a visit at the household's door.
      const householdPage = new HouseholdPage(page);
      const visit = new VisitPage(page);
      await page.goto(`/households/${household.id}`);
      await householdPage.waitFor(household.unit, household.room);
      await householdPage.recordVisit.click();
      await visit.waitForForm();
      expect(await visit.fillVisited('36.5')).toBe(household.residents.length);
      await visit.save.click();
      await expect.poll(() => shell.pending(), { timeout: 20_000 }).toBe(0);

      // Its QR code (an SVG drawn from the modules).
      await page.goto(`/households/${household.id}`);
      await householdPage.waitFor(household.unit, household.room);
      await page.getByRole('button', { name: 'Show QR code' }).click();
      const code = page.getByRole('img', { name: `QR code for Unit ${household.unit} Room ${household.room}` });
      await expect.poll(() => code.getAttribute('viewBox')).toMatch(/^0 0 \d+ \d+$/);

      // The gate's scanner: the camera is allowed to this origin, the decoder loads and reads the code.
      await shell.go('Home');
      const gate = new GatePage(page);
      await gate.openFromHome();
      await gate.choose(await firstCheckpointName(server), 'Entering');
      await page.getByRole('button', { name: 'Scan QR code' }).click();
      const picks = page.getByRole('region', { name: 'Pick a resident of this household' });
      await picks.waitFor();
      const address = `${household.building} Unit ${household.unit} Room ${household.room}`;
      const offered = await picks.getByRole('button').allTextContents();
      expect(offered.sort()).toEqual(household.residents.map((name) => `${name}, ${address}`).sort());

      // Still controlled by the service worker, which the policy lets run.
      expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toBe(`${server.url}/sw.js`);

      expect(violations).toEqual([]);
      expect(consoleLines).toEqual([]);
      await context.close();
    } finally {
      await browser?.close();
      camera.remove();
    }
  });
});
