/**
 * Per test file: one server (serving dist/) and one Chromium; per test: fresh browser contexts
 * (their own storage, caches and service workers), closed after the test.
 */
import type { Browser, BrowserContext, BrowserContextOptions } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { startAppServer, type AppServer } from './app-server';
import { launchChromium, newAppContext } from './browser';
import { DIST_DIR, requireBuild } from './builds';

export interface E2eWorld {
  readonly server: AppServer;
  readonly browser: Browser;
  /** A fresh context on the server's origin, closed after the current test. */
  newContext(options?: BrowserContextOptions): Promise<BrowserContext>;
}

export function useE2eWorld(staticDir: string = DIST_DIR): E2eWorld {
  let server: AppServer | undefined;
  let browser: Browser | undefined;
  const open: BrowserContext[] = [];

  beforeAll(async () => {
    requireBuild(staticDir);
    server = await startAppServer(staticDir);
    browser = await launchChromium();
  });

  afterEach(async () => {
    await Promise.all(open.splice(0).map((context) => context.close()));
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
  };
}
