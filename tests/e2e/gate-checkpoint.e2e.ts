/**
 * Issue 5's gate log, end to end: offline at a compound gate, a grid worker logs 20 people (residents
 * found by name, visitors typed in, one fever referred to the clinic). Back online, every entry is on
 * the server exactly once, and so is the referral's fever report, linked to its entry.
 */
import { describe, expect, it } from 'vitest';
import { GatePage } from './pages/gate-page';
import type { AppServer } from './support/app-server';
import { signInAndSync, waitForServiceWorker, WORKER } from './support/app-session';
import { useE2eWorld } from './support/e2e-world';

const world = useE2eWorld();

/** Residents of the worker's grid whose names are unique there (a name finds exactly them). */
async function residentsOf(server: AppServer, gridId: string): Promise<string[]> {
  const { rows } = await server.db.query<{ name: string }>(
    `SELECT data->>'name' AS name FROM records WHERE entity = 'resident' AND grid_id = $1
      GROUP BY data->>'name' HAVING count(*) = 1 ORDER BY min(seq)`,
    [gridId],
  );
  return rows.map((row) => row.name);
}

async function firstCheckpointName(server: AppServer): Promise<string> {
  const { rows } = await server.db.query<{ name: string }>(`SELECT data->>'name' AS name FROM records WHERE id = $1`, [
    server.demo.checkpointIds[0],
  ]);
  return rows[0]!.name;
}

describe('the gate log, offline', () => {
  it('logs 20 people offline (one fever referred) and sends every entry and the referral once', async () => {
    const { server } = world;
    const worker = server.demo.users.find((user) => user.username === WORKER)!;
    const names = (await residentsOf(server, worker.gridIds[0]!)).slice(0, 15);
    expect(names).toHaveLength(15);
    const [patient, ...residents] = names as [string, ...string[]];
    const visitors = ['快递员甲', '快递员乙', '维修工丙', '亲属丁', '外卖员戊'].map((name, i) => ({
      name,
      phone: `1370000${String(1000 + i)}`,
      purpose: (['Courier', 'Courier', 'Worker', 'Relative', 'Other'] as const)[i]!,
    }));

    const context = await world.newContext();
    const page = await context.newPage();
    const shell = await signInAndSync(page, server);
    await waitForServiceWorker(page);
    await context.setOffline(true);
    await expect.poll(() => shell.statusText()).toContain('Offline');

    const gate = new GatePage(page);
    await gate.openFromHome();
    await gate.choose(await firstCheckpointName(server), 'Entering');

    for (const [i, name] of residents.entries()) {
      if (i === 7) await page.getByRole('radio', { name: 'Leaving', exact: true }).check();
      await gate.pickResident(name, name);
      await gate.answerChecks(i % 2 === 0 ? '36.5' : '36.8');
      await gate.saveFor(name);
    }
    for (const visitor of visitors) {
      await gate.startVisitor(visitor);
      await gate.answerChecks('36.4');
      await gate.saveFor(visitor.name);
    }
    // A fever: "Allowed" is not possible; the worker refers the resident to the fever clinic.
    await gate.pickResident(patient, patient);
    await gate.answerChecks('38.4');
    expect(await gate.outcome('Allowed').isDisabled()).toBe(true);
    await gate.outcome('Referred').check();
    await gate.saveFor(patient);

    // 20 entries and 1 fever report wait on the phone.
    await expect.poll(() => shell.pending()).toBe(21);
    await context.setOffline(false);
    await expect.poll(() => shell.pending(), { timeout: 20_000 }).toBe(0);

    const { rows: entries } = await server.db.query<{ id: string; data: Record<string, unknown> }>(
      `SELECT id, data FROM records WHERE entity = 'checkpoint_entry' AND created_by = $1`,
      [worker.id],
    );
    expect(entries).toHaveLength(20);
    expect(entries.map((e) => e.data.name).sort()).toEqual([...names, ...visitors.map((v) => v.name)].sort());
    for (const entry of entries) {
      expect(entry.data).toMatchObject({ idChecked: true, infoRecorded: true, maskWorn: true, checkpointId: server.demo.checkpointIds[0] });
    }
    // "Leaving" from the 8th resident on stays chosen: 7 residents, 5 visitors and the referral.
    expect(entries.filter((e) => e.data.direction === 'out')).toHaveLength(13);
    const visitorEntries = entries.filter((e) => e.data.residentId === undefined);
    expect(visitorEntries.map((e) => e.data.phone).sort()).toEqual(visitors.map((v) => v.phone).sort());

    const referral = entries.find((e) => e.data.name === patient)!;
    expect(referral.data).toMatchObject({ outcome: 'referred', temperature: 38.4 });
    const { rows: reports } = await server.db.query<{ data: Record<string, unknown> }>(
      `SELECT data FROM records WHERE entity = 'fever_report' AND created_by = $1`,
      [worker.id],
    );
    expect(reports).toHaveLength(1);
    expect(reports[0]!.data).toMatchObject({ checkpointEntryId: referral.id, name: patient, temperature: 38.4, action: 'fever_clinic' });
  });
});
