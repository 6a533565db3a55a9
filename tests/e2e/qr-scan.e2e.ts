/**
 * Issue 5's household QR code, end to end in real Chromium: the code a household screen shows
 * ("Show QR code") is held before the gate's camera (Chromium's fake camera plays a picture of it),
 * "Scan QR code" reads it, and the gate offers that household's residents to pick. The camera is
 * asked for only when scanning and released once the code is found.
 */
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { GatePage } from './pages/gate-page';
import type { AppServer } from './support/app-server';
import { signInAndSync, WORKER } from './support/app-session';
import { launchChromium, newAppContext } from './support/browser';
import { cameraUse, spyOnCamera } from './support/camera-spy';
import { useE2eWorld } from './support/e2e-world';
import { fakeCameraShowing, qrModulesOf, qrModulesOfPath } from './support/fake-camera';

/** E2E_DIST serves another build (a local run beside others' dist/); dist/ otherwise. */
const world = useE2eWorld(process.env.E2E_DIST ? path.resolve(process.env.E2E_DIST) : undefined);

/** The household screen draws its code with 4 light modules around it. */
const QUIET_ZONE = 4;

interface SeededHousehold {
  id: string;
  unit: string;
  room: string;
  building: string;
  /** Its residents who live there, by name. */
  residents: Map<string, string>;
}

/** A household of the grid with at least two residents living there (names unique in the household). */
async function householdWithResidents(server: AppServer, gridId: string): Promise<SeededHousehold> {
  const { rows } = await server.db.query<{ id: string; unit: string; room: string; building: string }>(
    `SELECT h.id, h.data->>'unit' AS unit, h.data->>'room' AS room, b.data->>'name' AS building
       FROM records h
       JOIN records b ON b.id::text = h.data->>'buildingId'
       JOIN records r ON r.entity = 'resident' AND r.data->>'householdId' = h.id::text
                     AND r.voided_at IS NULL AND r.data->>'movedOutOn' IS NULL
      WHERE h.entity = 'household' AND h.grid_id = $1 AND h.voided_at IS NULL
      GROUP BY h.id, h.data, b.data
     HAVING count(*) >= 2 AND count(DISTINCT r.data->>'name') = count(*)
      ORDER BY min(h.seq) LIMIT 1`,
    [gridId],
  );
  const household = rows[0];
  if (!household) throw new Error('The demo grid has no household with two residents');
  const { rows: residents } = await server.db.query<{ id: string; name: string }>(
    `SELECT id, data->>'name' AS name FROM records
      WHERE entity = 'resident' AND data->>'householdId' = $1 AND voided_at IS NULL AND data->>'movedOutOn' IS NULL`,
    [household.id],
  );
  return { ...household, residents: new Map(residents.map((r) => [r.name, r.id])) };
}

async function checkpointName(server: AppServer, id: string): Promise<string> {
  const { rows } = await server.db.query<{ name: string }>(`SELECT data->>'name' AS name FROM records WHERE id = $1`, [id]);
  return rows[0]!.name;
}

describe('the household QR code at the gate', () => {
  it("scans a household's own QR code with the camera and offers its residents; the camera is asked for only then and released", async () => {
    const { server } = world;
    const worker = server.demo.users.find((user) => user.username === WORKER)!;
    const household = await householdWithResidents(server, worker.gridIds[0]!);
    const checkpointId = server.demo.checkpointIds[0]!;
    const payload = `${server.url}/households/${household.id}`;

    // The camera of this test's own Chromium sees the household's code.
    const camera = fakeCameraShowing(qrModulesOf(payload));
    let browser: Browser | undefined;
    try {
      browser = await launchChromium(camera.chromiumArgs);
      const context = await newAppContext(browser, server.url);
      await spyOnCamera(context);
      const page = await context.newPage();
      const decoderRequests: string[] = [];
      page.on('request', (request) => {
        if (/\/assets\/jsQR-[^/]*\.js$/.test(request.url())) decoderRequests.push(request.url());
      });
      const shell = await signInAndSync(page, server);

      // The household screen's "Show QR code" holds the household's address, module for module the picture the camera plays.
      await page.goto(`/households/${household.id}`);
      await page.getByRole('button', { name: 'Show QR code' }).click();
      const code = page.getByRole('img', { name: `QR code for Unit ${household.unit} Room ${household.room}` });
      await expect.poll(() => code.getAttribute('viewBox')).toMatch(/^0 0 \d+ \d+$/);
      await expect(page.getByText(payload, { exact: true }).count()).resolves.toBe(1);
      const size = Number((await code.getAttribute('viewBox'))!.split(' ')[2]) - QUIET_ZONE * 2;
      const drawn = qrModulesOfPath((await code.locator('path').getAttribute('d')) ?? '', size, QUIET_ZONE);
      expect(drawn).toEqual(qrModulesOf(payload));

      await shell.go('Home');
      const gate = new GatePage(page);
      await gate.openFromHome();
      await gate.choose(await checkpointName(server, checkpointId), 'Entering');
      expect(await cameraUse(page)).toEqual({ calls: 0, trackStates: [] });
      expect(decoderRequests).toEqual([]);

      await page.getByRole('button', { name: 'Scan QR code' }).click();
      const picks = page.getByRole('region', { name: 'Pick a resident of this household' });
      await picks.waitFor();
      const address = `${household.building} Unit ${household.unit} Room ${household.room}`;
      const offered = await picks.getByRole('button').allTextContents();
      expect(offered.sort()).toEqual([...household.residents.keys()].map((name) => `${name}, ${address}`).sort());

      // The camera was asked for once the worker tapped "Scan QR code", and every track is stopped now.
      const use = await cameraUse(page);
      expect(use.calls).toBeGreaterThanOrEqual(1);
      expect(use.trackStates.length).toBeGreaterThanOrEqual(1);
      expect(use.trackStates.every((state) => state === 'ended')).toBe(true);
      await expect(page.getByRole('button', { name: 'Scan QR code' }).isEnabled()).resolves.toBe(true);
      const hasBarcodeDetector = await page.evaluate(() => 'BarcodeDetector' in window);
      // Without BarcodeDetector (Chromium on Linux) jsQR read the code, loaded only now.
      if (!hasBarcodeDetector) expect(decoderRequests).toHaveLength(1);

      const [name, residentId] = [...household.residents][0]!;
      await picks.getByRole('button', { name: `${name}, ${address}`, exact: true }).click();
      await gate.answerChecks('36.6');
      await gate.saveFor(name);

      await expect.poll(() => shell.pending(), { timeout: 20_000 }).toBe(0);
      const { rows: entries } = await server.db.query<{ data: Record<string, unknown> }>(
        `SELECT data FROM records WHERE entity = 'checkpoint_entry' AND created_by = $1`,
        [worker.id],
      );
      expect(entries.map((entry) => entry.data)).toEqual([
        expect.objectContaining({ residentId, householdId: household.id, name, checkpointId, direction: 'in', outcome: 'allowed' }),
      ]);
      await context.close();
    } finally {
      await browser?.close();
      camera.remove();
    }
  });
});
