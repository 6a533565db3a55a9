/**
 * What the page has stored locally: record counts read straight from the app's IndexedDB database
 * ('gridwalk'), so the bench knows when the first pull has put the whole scope on the device.
 */
import type { Page } from 'playwright-core';

/** Rows in one entity table of the app's database; 0 while the database or table is not there. */
export async function localCount(page: Page, table: string): Promise<number> {
  return page.evaluate(
    (name) =>
      new Promise<number>((resolve) => {
        const request = indexedDB.open('gridwalk');
        // Never create the database: only read one the app made.
        request.onupgradeneeded = () => request.transaction?.abort();
        request.onerror = () => resolve(0);
        request.onsuccess = () => {
          const db = request.result;
          if (!db.objectStoreNames.contains(name)) {
            db.close();
            resolve(0);
            return;
          }
          const count = db.transaction(name, 'readonly').objectStore(name).count();
          count.onsuccess = () => {
            resolve(count.result);
            db.close();
          };
          count.onerror = () => {
            resolve(0);
            db.close();
          };
        };
      }),
    table,
  );
}

/** Polls until every table holds at least the expected rows; returns the counts it saw last. */
export async function waitForLocalCounts(
  page: Page,
  expected: Record<string, number>,
  timeoutMs: number,
): Promise<Record<string, number>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const seen: Record<string, number> = {};
    for (const table of Object.keys(expected)) seen[table] = await localCount(page, table);
    if (Object.entries(expected).every(([table, n]) => (seen[table] ?? 0) >= n)) return seen;
    if (Date.now() > deadline) {
      throw new Error(`The first pull did not finish in ${timeoutMs / 1000} s: local ${JSON.stringify(seen)}, expected ${JSON.stringify(expected)}`);
    }
    await page.waitForTimeout(500);
  }
}
