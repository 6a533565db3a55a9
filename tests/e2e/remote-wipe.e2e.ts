/**
 * Issue 18 point 4, in Chromium: worker1's phone is signed in and synced; from the office secretary1
 * opens Community → "Signed-in phones" and taps "Sign out this phone" on it; at the phone's next sync it
 * wipes everything (the raw IndexedDB holds no record and no outbox entry afterwards), the page starts
 * afresh (nothing stays in memory) and shows "Wiped" with the reason above the sign-in form.
 */
import { describe, expect, it } from 'vitest';
import { ShellPage } from './pages/shell-page';
import { signInAndSync } from './support/app-session';
import { useE2eWorld } from './support/e2e-world';

const world = useE2eWorld();

describe('remote wipe', () => {
  it('"Sign out this phone" from the office wipes the worker’s phone at its next sync', async () => {
    const { server } = world;
    const workerContext = await world.newContext();
    const phone = await workerContext.newPage();
    await signInAndSync(phone, server, 'worker1', 'Home');

    const officeContext = await world.newContext();
    const office = await officeContext.newPage();
    await signInAndSync(office, server, 'secretary1', 'Community');
    await office.getByRole('link', { name: 'Signed-in phones' }).click();
    await office.getByRole('heading', { name: 'Signed-in phones', level: 1 }).waitFor();
    const card = office.getByRole('article', { name: /网格员 李娟/ });
    await card.first().waitFor();
    expect(await card.count()).toBe(1);
    await card.getByRole('button', { name: 'Sign out this phone' }).click();
    await card.getByRole('button', { name: 'Sign out and wipe' }).click();
    await office.getByText('网格员 李娟’s phone was signed out.').waitFor();

    await phone.evaluate(() => Object.assign(window, { e2eBeforeWipe: true }));
    await new ShellPage(phone).syncNow();
    await phone.getByRole('heading', { name: 'Wiped' }).waitFor({ timeout: 20_000 });
    // The page started afresh: nothing read before the wipe stays in its memory.
    await phone.waitForFunction(() => !('e2eBeforeWipe' in window));
    await phone.getByText('This phone was signed out from the community office', { exact: false }).waitFor();
    await phone.getByText('No unsent changes were lost.').waitFor();
    await phone.getByRole('button', { name: 'Sign in' }).waitFor();

    // Read the raw database in the page: no record, no outbox entry, no session or cursor; the deviceId stays.
    const left = await phone.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('gridwalk');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const names = [...db.objectStoreNames];
      const tx = db.transaction(names, 'readonly');
      const read = <T>(request: IDBRequest<T>) =>
        new Promise<T>((resolve, reject) => {
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
      const counts = await Promise.all(names.filter((name) => name !== 'meta').map((name) => read(tx.objectStore(name).count())));
      const metaKeys = (await read(tx.objectStore('meta').getAllKeys())).map(String);
      db.close();
      return { rows: counts.reduce((sum, n) => sum + n, 0), metaKeys };
    });
    expect(left.rows).toBe(0);
    expect(left.metaKeys).toContain('deviceId');
    expect(left.metaKeys.filter((key) => ['session', 'pullCursor', 'lastSyncAt'].includes(key))).toEqual([]);
  });
});
