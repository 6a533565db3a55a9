/**
 * A number an init script sets on `window` (e.g. performance.now() at a first render), waited for.
 * Polled in the page by a promise: page.waitForFunction evaluates its string with eval, which the
 * app's CSP (script-src 'self') forbids; page.evaluate's own string is not subject to it.
 */
import type { Page } from 'playwright-core';

export async function pageMark(page: Page, name: string, timeoutMs = 60_000): Promise<number> {
  const value: unknown = await page.evaluate(`new Promise((resolve, reject) => {
    const since = performance.now();
    const tick = () => {
      const mark = window[${JSON.stringify(name)}];
      if (typeof mark === 'number') resolve(mark);
      else if (performance.now() - since > ${timeoutMs}) reject(new Error(${JSON.stringify(`window.${name} not set after ${timeoutMs} ms`)}));
      else setTimeout(tick, 20);
    };
    tick();
  })`);
  if (typeof value !== 'number') throw new Error(`window.${name} is not a number`);
  return value;
}
