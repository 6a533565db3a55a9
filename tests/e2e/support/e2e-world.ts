/**
 * Per test file: one server (serving dist/) and one Chromium; per test: fresh browser contexts
 * (their own storage, caches and service workers), closed after the test.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, BrowserContextOptions } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { startAppServer, type AppServer } from './app-server';
import { launchChromium, launchProfile, newAppContext } from './browser';
import { DIST_DIR, requireBuild } from './builds';

export interface E2eWorld {
  readonly server: AppServer;
  readonly browser: Browser;
  /** A fresh context on the server's origin, closed after the current test. */
  newContext(options?: BrowserContextOptions): Promise<BrowserContext>;
  /** A context on a fresh real (non-incognito) profile in its own Chromium, removed after the current test. */
  newProfileContext(options?: BrowserContextOptions): Promise<BrowserContext>;
}

export function useE2eWorld(staticDir: string = DIST_DIR): E2eWorld {
  let server: AppServer | undefined;
  let browser: Browser | undefined;
  const open: BrowserContext[] = [];
  const profiles: string[] = [];

  beforeAll(async () => {
    requireBuild(staticDir);
    server = await startAppServer(staticDir);
    browser = await launchChromium();
  });

  afterEach(async () => {
    await Promise.all(open.splice(0).map((context) => context.close()));
    for (const dir of profiles.splice(0)) rmSync(dir, { recursive: true, force: true });
    server?.setPushFault({ kind: 'none' });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  return {
    get server() {
      if (!server) throw new Error('The e2e server is not started (use it inside a test)');
      return server;
    },
    get browser() {
      if (!browser) throw new Error('Chromium is not started (use it inside a test)');
      return browser;
    },
    async newContext(options) {
      if (!server || !browser) throw new Error('The e2e world is not started (use it inside a test)');
      const context = await newAppContext(browser, server.url, options);
      open.push(context);
      return context;
    },
    async newProfileContext(options) {
      if (!server) throw new Error('The e2e world is not started (use it inside a test)');
      const dir = mkdtempSync(path.join(os.tmpdir(), 'gridwalk-e2e-profile-'));
      profiles.push(dir);
      const context = await launchProfile(dir, server.url, options);
      open.push(context);
      return context;
    },
  };
}
