/**
 * Issue 18 points 1 and 2, in Chromium: the app lock and encryption at rest. After the first sign-in the
 * worker sets a PIN; the raw IndexedDB (read by a script in the page) then holds no plain name, ID number
 * or phone of the residents it pulled; search still finds them by name, pinyin initials, room code and ID
 * tail; with a fake clock the app locks itself after 10 idle minutes, and nothing personal is left in the
 * page while "Locked"; the PIN unlocks; 5 wrong PINs wipe the phone.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { loadNamePinyin } from '../../src/domain/search/name-pinyin';
import { LockPage } from './pages/lock-page';
import { SearchPage } from './pages/search-page';
import { ShellPage } from './pages/shell-page';
import { SignInPage } from './pages/sign-in-page';
import type { AppServer } from './support/app-server';
import { useE2eWorld } from './support/e2e-world';

const world = useE2eWorld();

interface DemoResident {
  name: string;
  idNumber: string | null;
  phone: string | null;
  unit: string;
  room: string;
  building: string;
}

/** worker1's residents as the server holds them (worker1 has the demo's first grid). */
async function workerResidents(server: AppServer): Promise<DemoResident[]> {
  const { rows } = await server.db.query<{ resident: { name: string; idNumber?: string; phone?: string }; household: { unit: string; room: string }; building: { name: string } }>(
    `SELECT r.data AS resident, h.data AS household, b.data AS building
       FROM records r
       JOIN records h ON h.id = (r.data->>'householdId')::uuid
       JOIN records b ON b.id = (h.data->>'buildingId')::uuid
      WHERE r.entity = 'resident' AND r.voided_at IS NULL AND b.data->>'gridId' = $1`,
    [server.demo.gridIds[0]],
  );
  return rows.map(({ resident, household, building }) => ({
    name: resident.name,
    idNumber: resident.idNumber ?? null,
    phone: resident.phone ?? null,
    unit: household.unit,
    room: household.room,
    building: building.name,
  }));
}

/** Signs worker1 in, sets the PIN, and waits for Home and the first finished sync. */
async function signInWithPin(page: Page): Promise<{ shell: ShellPage; lock: LockPage }> {
  const signIn = await new SignInPage(page).open();
  await signIn.signIn('worker1', world.server.password);
  const lock = new LockPage(page);
  await lock.setPin();
  const shell = new ShellPage(page);
  await shell.waitForScreen('Home');
  await shell.syncStatus.filter({ hasText: 'Last sync:' }).filter({ hasText: 'Pending: 0' }).waitFor({ timeout: 20_000 });
  return { shell, lock };
}

/** Every object store of the app's database but meta, exactly as IndexedDB holds it, as text. */
function rawDatabase(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('gridwalk');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const names = [...db.objectStoreNames].filter((name) => name !== 'meta');
    const tx = db.transaction(names, 'readonly');
    const rows = await Promise.all(
      names.map(
        (name) =>
          new Promise<unknown[]>((resolve, reject) => {
            const request = tx.objectStore(name).getAll();
            request.onsuccess = () => resolve(request.result);
            request.onerror = () => reject(request.error);
          }),
      ),
    );
    db.close();
    return JSON.stringify(rows);
  });
}

async function newPhone(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await world.newContext();
  return { context, page: await context.newPage() };
}

describe('app lock and encryption at rest', () => {
  it('keeps no plain name, ID number or phone in IndexedDB after the first pull, and search still finds residents after unlock', async () => {
    const { page } = await newPhone();
    const { lock } = await signInWithPin(page);
    const residents = await workerResidents(world.server);
    expect(residents.length).toBeGreaterThan(20);
    const raw = await rawDatabase(page);
    expect(raw).toContain('_sealed');
    for (const resident of residents) {
      if (resident.idNumber) expect(raw).not.toContain(resident.idNumber);
      expect(raw).not.toContain(`"${resident.name}"`);
      if (resident.phone) expect(raw).not.toContain(resident.phone);
    }

    // A cold start: locked, then unlocked with the PIN; search is built from the opened records.
    await page.reload();
    await lock.unlock();
    await new ShellPage(page).waitForScreen('Home');
    const search = new SearchPage(page);
    await search.openFromNav();
    await search.waitUntilReady();
    const someone = residents.find(
      (resident) => resident.idNumber && resident.name.length >= 2 && !residents.some((other) => other !== resident && other.name === resident.name),
    )!;
    const namePinyin = await loadNamePinyin();
    const initials = namePinyin(someone.name)
      .map((syllable) => syllable[0])
      .join('');
    const roomCode = [someone.building, someone.unit, someone.room].map((label) => /\d+/.exec(label)![0].replace(/^0+(?=\d)/, '')).join('-');
    for (const query of [someone.name, initials, roomCode, someone.idNumber!.slice(-4)]) {
      await search.box.fill(query);
      await page.waitForFunction((q) => document.querySelector('[data-query]')?.getAttribute('data-query') === q, query);
      await search.results.getByText(someone.name).first().waitFor();
    }
  });

  it('locks after 10 idle minutes (fake clock), shows nothing personal while locked, and the PIN unlocks', async () => {
    const { context, page } = await newPhone();
    await context.clock.install();
    const { lock } = await signInWithPin(page);
    const residents = await workerResidents(world.server);
    const someone = residents[0]!;
    const search = new SearchPage(page);
    await search.openFromNav();
    await search.waitUntilReady();
    await search.box.fill(someone.name);
    await search.results.getByText(someone.name).first().waitFor();

    await context.clock.fastForward('09:00');
    expect(await lock.lockedHeading.count()).toBe(0);
    await context.clock.fastForward('01:30');
    await lock.lockedHeading.waitFor();
    const text = await page.evaluate(() => document.body.innerText + document.body.innerHTML);
    expect(text).toContain('Locked');
    for (const resident of residents) {
      expect(text).not.toContain(resident.name);
      if (resident.idNumber) expect(text).not.toContain(resident.idNumber.slice(-6));
    }

    await lock.unlock('111111');
    await page.getByText('Wrong PIN. Wrong PINs left before the residents’ data is deleted from this phone: 4').waitFor();
    await lock.unlock();
    await search.waitUntilReady();
    await search.box.fill(someone.name);
    await search.results.getByText(someone.name).first().waitFor();
  });

  it('wipes the residents’ data after 5 wrong PINs in a row, and says so at the sign-in screen', async () => {
    const { page } = await newPhone();
    const { lock } = await signInWithPin(page);
    await page.reload();
    for (let wrong = 1; wrong <= 4; wrong++) {
      await lock.unlock('000000');
      await page.getByText(`Wrong PINs left before the residents’ data is deleted from this phone: ${5 - wrong}`, { exact: false }).waitFor();
    }
    await lock.unlock('000000');
    await page.getByRole('heading', { name: 'Wiped' }).waitFor({ timeout: 20_000 });
    await page.getByText('5 wrong PINs were entered', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    const raw = JSON.parse(await rawDatabase(page)) as unknown[][];
    expect(raw.flat()).toEqual([]);
  });
});
