/**
 * Unlock to a usable screen (issue 18), timed in the page: with the PIN typed on the lock screen, from the
 * tap on "Unlock" to the first usable screen (its h1 inside #main, and the navigation), as the cold start
 * bench defines it. A string, not a function: tsx would wrap a function's inner names in a helper the page
 * does not have.
 */
import type { Page } from 'playwright-core';
import { LockPage, E2E_PIN } from '../../e2e/pages/lock-page';

const TAP_UNLOCK_AND_TIME = `new Promise((resolve, reject) => {
  const button = [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Unlock');
  if (!button) return reject(new Error('no Unlock button'));
  const usable = () => document.querySelector('#main h1') !== null && document.querySelector('nav') !== null;
  const start = performance.now();
  const observer = new MutationObserver(() => {
    if (usable()) {
      observer.disconnect();
      resolve(performance.now() - start);
    }
  });
  observer.observe(document, { childList: true, subtree: true });
  button.click();
  setTimeout(() => reject(new Error('no usable screen 30 s after Unlock')), 30000);
})`;

/** On the lock screen: types the PIN, then times Unlock → the first usable screen, in ms. */
export async function timeUnlock(page: Page, pin = E2E_PIN): Promise<number> {
  const lock = new LockPage(page);
  await lock.enterPin.waitFor({ timeout: 60_000 });
  await lock.enterPin.fill(pin);
  const value: unknown = await page.evaluate(TAP_UNLOCK_AND_TIME);
  if (typeof value !== 'number') throw new Error('the unlock time is not a number');
  return value;
}
