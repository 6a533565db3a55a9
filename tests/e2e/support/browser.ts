/**
 * Chromium for the browser tests: the system's /usr/bin/chromium (CHROMIUM_PATH overrides), headless,
 * driven by playwright-core. One browser per test file, a fresh context per test.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function chromiumAvailable(): boolean {
  return existsSync(CHROMIUM_PATH);
}

/** `extraArgs` come after CHROMIUM_ARGS (e.g. a fake camera for one test file's own Chromium). */
export async function launchChromium(extraArgs: readonly string[] = []): Promise<Browser> {
  if (!chromiumAvailable()) {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}: install it (apt-get install chromium) or set CHROMIUM_PATH.`);
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS, ...extraArgs] });
}

/** Every test context is a phone-sized English page. */
const PHONE = { viewport: { width: 390, height: 844 }, locale: 'en-US' } as const satisfies BrowserContextOptions;

function withTimeouts(context: BrowserContext): BrowserContext {
  context.setDefaultTimeout(15_000);
  context.setDefaultNavigationTimeout(30_000);
  return context;
}

/** A phone-sized context on the app's origin (localhost: a secure context, so the service worker runs). */
export async function newAppContext(browser: Browser, baseURL: string, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  return withTimeouts(await browser.newContext({ baseURL, ...PHONE, ...options }));
}

/**
 * A context on a real (non-incognito) profile kept in `userDataDir`: Chromium refuses to install
 * apps from incognito contexts, and a profile survives a browser restart (cold starts).
 */
export async function launchProfile(userDataDir: string, baseURL: string, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  if (!chromiumAvailable()) {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}: install it (apt-get install chromium) or set CHROMIUM_PATH.`);
  }
  return withTimeouts(
    await chromium.launchPersistentContext(userDataDir, { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, baseURL, ...PHONE, ...options }),
  );
}
