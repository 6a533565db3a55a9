/**
 * The gate bench's world: the real server (buildApp on PGlite, serving the built app) with the demo
 * community, one phone-sized Chromium page with the gate timer, signed in as worker1 in English after the
 * first sync (their grid's residents on the phone), on the gate screen with a checkpoint and "Leaving" chosen.
 */
import type { Browser, Page } from 'playwright-core';
import { GatePage } from '../../e2e/pages/gate-page';
import type { ShellPage } from '../../e2e/pages/shell-page';
import { startAppServer, type AppServer } from '../../e2e/support/app-server';
import { signInAndSync, WORKER } from '../../e2e/support/app-session';
import { launchChromium, newAppContext } from '../../e2e/support/browser';
import { GATE_TIMER } from './gate-timers';

export interface GateBenchSession {
  readonly server: AppServer;
  readonly page: Page;
  readonly shell: ShellPage;
  /** The worker's (only) grid. */
  readonly gridId: string;
  readonly workerId: string;
  readonly checkpointName: string;
  close(): Promise<void>;
}

async function checkpointName(server: AppServer): Promise<string> {
  const { rows } = await server.db.query<{ name: string }>(`SELECT data->>'name' AS name FROM records WHERE id = $1::uuid`, [
    server.demo.checkpointIds[0],
  ]);
  const name = rows[0]?.name;
  if (!name) throw new Error('The demo community has no checkpoint');
  return name;
}

export async function openGateBenchSession(staticDir: string, scale: number): Promise<GateBenchSession> {
  const server = await startAppServer(staticDir, { scale });
  let browser: Browser | undefined;
  try {
    const worker = server.demo.users.find((user) => user.username === WORKER);
    const gridId = worker?.gridIds[0];
    if (!worker || !gridId) throw new Error(`The demo community has no ${WORKER} with a grid`);
    const name = await checkpointName(server);

    browser = await launchChromium();
    // The in-page timers are waited for with page.waitForFunction, whose polling evaluates a string: the
    // app's CSP (no eval) refuses that in this Chromium, so the harness bypasses it (it costs the app nothing).
    const context = await newAppContext(browser, server.url, { bypassCSP: true });
    await context.addInitScript({ content: GATE_TIMER });
    const page = await context.newPage();
    const shell = await signInAndSync(page, server);
    const gate = new GatePage(page);
    await gate.openFromHome();
    await gate.choose(name, 'Leaving');

    const openBrowser = browser;
    return {
      server,
      page,
      shell,
      gridId,
      workerId: worker.id,
      checkpointName: name,
      async close() {
        await openBrowser.close();
        await server.close();
      },
    };
  } catch (error) {
    await browser?.close();
    await server.close();
    throw error;
  }
}
