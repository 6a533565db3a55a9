/**
 * The app lock and encryption at rest end to end (issue 18): the real client data layer with the app lock
 * against the real server. Nothing syncs before the PIN is set; once it is, the phone's IndexedDB holds the
 * residents sealed while the app reads them in clear; a change sealed on the phone reaches the server as
 * plain JSON through the normal push; locked, nothing opens; 5 wrong PINs wipe all but the unsent changes,
 * which are sent after the next sign-in with the password.
 */
import Dexie from 'dexie';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDataClient, type GridwalkDataClient } from '../../src/data/create-data-client';
import { AppLockedError } from '../../src/data/crypto/key-holder';
import { getMeta } from '../../src/data/db/meta-store';
import { aHousehold, aResident } from '../fixtures/domain-records';
import { makeIdNumber } from '../fixtures/id-number-factory';
import { serverRecords, syncUntilSettled, startSyncWorld, type SyncWorld } from './sync-world';

const PIN = '246810';
let world: SyncWorld;
let clients = 0;

beforeAll(async () => {
  world = await startSyncWorld();
});

afterAll(async () => {
  await world.close();
});

/** A worker's phone with the app lock (a low PBKDF2 count: 600,000 in the app), signed in, no PIN yet. */
async function lockedPhone(username = 'worker1', password = world.server.password): Promise<GridwalkDataClient> {
  const client = createDataClient({
    baseUrl: world.proxy.url,
    dbName: `app-lock-${process.pid}-${++clients}`,
    autoStart: false,
    isOnline: () => true,
    appLock: { slotOptions: { iterations: 1_000 } },
  });
  await client.signIn(username, password);
  return client;
}

/** Every table of the phone's database exactly as IndexedDB holds it, as text. */
async function rawDatabase(name: string): Promise<string> {
  const raw = new Dexie(name);
  await raw.open();
  try {
    const tables = await Promise.all(raw.tables.filter((table) => table.name !== 'meta').map((table) => table.toArray()));
    return JSON.stringify(tables);
  } finally {
    raw.close();
  }
}

/** One meta value exactly as IndexedDB holds it. */
async function rawMetaValue(name: string, key: string): Promise<unknown> {
  const raw = new Dexie(name);
  await raw.open();
  try {
    return (await raw.table('meta').get(key))?.value;
  } finally {
    raw.close();
  }
}

async function demoResidents(): Promise<{ name: string; idNumber: string; phone: string | null }[]> {
  const { rows } = await world.server.db.query<{ data: { name: string; idNumber: string; phone?: string } }>(
    "SELECT data FROM records WHERE entity = 'resident' AND data->>'householdId' IN (SELECT id::text FROM records WHERE entity = 'household')",
  );
  return rows.map(({ data }) => ({ name: data.name, idNumber: data.idNumber, phone: data.phone ?? null }));
}

describe('the app lock against the real server', () => {
  it('syncs nothing before the PIN is set, then holds the residents sealed and reads them in clear', async () => {
    const phone = await lockedPhone();
    expect(phone.getLockState()).toEqual({ status: 'no_pin', passwordKnown: true });
    await phone.syncNow();
    expect(await phone.db.records('resident').count()).toBe(0);

    await phone.setPin(PIN);
    expect(phone.getLockState()).toMatchObject({ status: 'unlocked' });
    await syncUntilSettled(phone);
    const residents = await phone.listRecords({ key: 'all-residents', entity: 'resident', select: { kind: 'all' } });
    expect(residents.length).toBeGreaterThan(10);
    const raw = await rawDatabase(phone.db.name);
    const demo = await demoResidents();
    const pulled = demo.filter((resident) => residents.some((r) => r.idNumber === resident.idNumber));
    expect(pulled.length).toBe(residents.length);
    for (const resident of pulled) {
      expect(raw).not.toContain(resident.idNumber);
      expect(raw).not.toContain(resident.name);
      if (resident.phone) expect(raw).not.toContain(resident.phone);
    }
    // The session's tokens are sealed too; who is signed in is not.
    const { accessToken, refreshToken } = phone.session.current()!;
    const rawSession = await rawMetaValue(phone.db.name, 'session');
    expect(JSON.stringify(rawSession)).not.toContain(refreshToken);
    expect(JSON.stringify(rawSession)).not.toContain(accessToken);
    expect(rawSession).toMatchObject({ user: { username: 'worker1' } });
    await phone.close();
  });

  it('seals a change on the phone and pushes it to the server as plain JSON', async () => {
    const phone = await lockedPhone();
    await phone.setPin(PIN);
    await syncUntilSettled(phone);
    const buildingId = world.server.demo.buildings.find((b) => b.gridId === world.server.demo.gridIds[0])!.id;
    const householdId = await phone.create('household', aHousehold({ buildingId, unit: '8', room: '808', phone: '13700001111' }));
    const idNumber = makeIdNumber({ birthDate: '1950-06-01', sex: 'female' });
    const residentId = await phone.create('resident', aResident({ householdId, name: '赵桂兰', idNumber, phone: '13711112222' }));
    const raw = await rawDatabase(phone.db.name);
    for (const secret of ['赵桂兰', idNumber, '13711112222', '13700001111']) expect(raw).not.toContain(secret);

    await syncUntilSettled(phone);
    const [resident] = await serverRecords(world, [residentId]);
    expect(resident?.data).toMatchObject({ householdId, name: '赵桂兰', idNumber, phone: '13711112222' });
    expect(JSON.stringify(resident?.data)).not.toContain('_sealed');
    await phone.close();
  });

  it('opens nothing while locked, and unlocks with the PIN or the password', async () => {
    const phone = await lockedPhone();
    await phone.setPin(PIN);
    await syncUntilSettled(phone);
    const [first] = await phone.listRecords({ key: 'all-residents', entity: 'resident', select: { kind: 'all' } });
    phone.lock();
    expect(phone.getLockState()).toEqual({ status: 'locked', attemptsLeft: 5 });
    await expect(phone.getRecord('resident', first!.id)).rejects.toBeInstanceOf(AppLockedError);

    expect(await phone.unlock({ kind: 'pin', secret: '111111' })).toEqual({ ok: false, reason: 'wrong_secret', attemptsLeft: 4 });
    expect(await phone.unlock({ kind: 'pin', secret: PIN })).toEqual({ ok: true });
    expect(await phone.getRecord('resident', first!.id)).toMatchObject({ name: first!.name });

    phone.lock();
    expect(await phone.unlock({ kind: 'password', secret: 'not-it' })).toMatchObject({ ok: false, reason: 'wrong_secret' });
    expect(await phone.unlock({ kind: 'password', secret: world.server.password })).toEqual({ ok: true });
    expect(phone.getLockState()).toMatchObject({ status: 'unlocked' });
    await phone.close();

    // A cold start: signed in but locked, the tokens not readable; unlocked, it syncs with them.
    const cold = createDataClient({ baseUrl: world.proxy.url, dbName: phone.db.name, autoStart: false, isOnline: () => true, appLock: { slotOptions: { iterations: 1_000 } } });
    await cold.session.ready;
    await cold.appLock!.ready;
    expect(cold.getSessionState()).toMatchObject({ status: 'signed_in', user: { username: 'worker1' } });
    expect(cold.getLockState()).toEqual({ status: 'locked', attemptsLeft: 5 });
    expect(cold.session.current()?.refreshToken).toBeUndefined();
    const lastSync = await getMeta(cold.db, 'lastSyncAt');
    await cold.syncNow();
    expect(await getMeta(cold.db, 'lastSyncAt')).toBe(lastSync);
    expect(await cold.unlock({ kind: 'pin', secret: PIN })).toEqual({ ok: true });
    await syncUntilSettled(cold);
    expect(await getMeta(cold.db, 'lastSyncAt')).not.toBe(lastSync);
    expect(cold.session.current()?.refreshToken).toEqual(expect.any(String));
    await cold.close();
  });

  it('wipes all but the unsent changes at the 5th wrong PIN; they are sent after the next sign-in with the password', async () => {
    const phone = await lockedPhone();
    await phone.setPin(PIN);
    await syncUntilSettled(phone);
    const buildingId = world.server.demo.buildings.find((b) => b.gridId === world.server.demo.gridIds[0])!.id;
    const unsent = await phone.create('household', aHousehold({ buildingId, unit: '8', room: '809' }));
    phone.lock();
    for (let left = 4; left >= 1; left--) {
      expect(await phone.unlock({ kind: 'pin', secret: '000000' })).toEqual({ ok: false, reason: 'wrong_secret', attemptsLeft: left });
    }
    expect(await phone.unlock({ kind: 'pin', secret: '000000' })).toEqual({ ok: false, reason: 'wiped' });

    expect(await phone.db.records('resident').count()).toBe(0);
    expect(await phone.db.records('household').count()).toBe(0);
    expect(await phone.db.outbox.count()).toBe(1);
    expect(await getMeta(phone.db, 'session')).toBeUndefined();
    expect(await getMeta(phone.db, 'wipeNotice')).toMatchObject({ reason: 'wrong_pins', keptUnsent: 1 });
    expect((await getMeta(phone.db, 'keyRecord'))?.pin).toBeUndefined();
    expect(await serverRecords(world, [unsent])).toEqual([]);
    await phone.close();

    // The app starts afresh (the page reloads): signed out, "Wiped"; the sign-in with the password sends the kept change.
    const again = createDataClient({ baseUrl: world.proxy.url, dbName: phone.db.name, autoStart: false, isOnline: () => true, appLock: { slotOptions: { iterations: 1_000 } } });
    await again.session.ready;
    expect(again.getSessionState()).toMatchObject({ status: 'signed_out', wiped: { reason: 'wrong_pins', keptUnsent: 1 } });
    await again.signIn('worker1', world.server.password);
    expect(again.getLockState()).toEqual({ status: 'no_pin', passwordKnown: true });
    await again.setPin('135790');
    await syncUntilSettled(again);
    expect(await serverRecords(world, [unsent])).toEqual([expect.objectContaining({ id: unsent })]);
    expect(await again.db.records('resident').count()).toBeGreaterThan(0);
    await again.close();
  });

  it('after 5 wrong PINs and a password changed at the office, the next sign-in starts afresh: the kept changes cannot be opened', async () => {
    const phone = await lockedPhone('worker2');
    await phone.setPin(PIN);
    await syncUntilSettled(phone);
    const buildingId = world.server.demo.buildings.find((b) => b.gridId === world.server.demo.gridIds[1])!.id;
    await phone.create('household', aHousehold({ buildingId, unit: '7', room: '707' }));
    phone.lock();
    for (let attempt = 0; attempt < 5; attempt++) await phone.unlock({ kind: 'pin', secret: '000000' });
    expect(await phone.db.outbox.count()).toBe(1);
    await phone.close();
    await world.server.admin('set-password', '--username', 'worker2', '--password', 'a-new-password-2026');

    const again = createDataClient({ baseUrl: world.proxy.url, dbName: phone.db.name, autoStart: false, isOnline: () => true, appLock: { slotOptions: { iterations: 1_000 } } });
    await again.signIn('worker2', 'a-new-password-2026');
    await again.setPin('135790');
    expect(again.getLockState()).toMatchObject({ status: 'unlocked' });
    expect(await again.db.outbox.count()).toBe(0);
    await syncUntilSettled(again);
    expect(await again.db.records('household').count()).toBeGreaterThan(0);
    again.lock();
    expect(await again.unlock({ kind: 'password', secret: 'a-new-password-2026' })).toEqual({ ok: true });
    await again.close();
  });
});
