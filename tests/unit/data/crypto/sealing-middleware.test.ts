import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { AppLockedError, KeyHolder } from '../../../../src/data/crypto/key-holder';
import { personalFieldsOf } from '../../../../src/data/crypto/personal-fields';
import { createRowSealer } from '../../../../src/data/crypto/row-sealer';
import { isSealedTable, SEALED_ENTITY_TABLES } from '../../../../src/data/crypto/sealed-tables';
import { ENTITY_NAMES } from '../../../../src/domain/entities/entity-names';
import { unlockedTables } from '../../../../src/data/crypto/sealing-table';
import { GridwalkDb } from '../../../../src/data/db/schema';
import type { StoredRecord } from '../../../../src/data/db/stored-record';
import { rejection, testKeys } from './crypto-test-support';

let names = 0;
const opened: Dexie[] = [];

async function sealingDb(): Promise<{ db: GridwalkDb; keys: KeyHolder; name: string }> {
  const name = `sealing-${++names}`;
  const keys = new KeyHolder();
  keys.unlock(unlockedTables(createRowSealer((await testKeys()).keys.fieldKey)));
  const db = new GridwalkDb(name, keys);
  opened.push(db);
  return { db, keys, name };
}

/** The rows exactly as IndexedDB holds them: read without the middleware. */
async function rawRows(name: string, table: string): Promise<unknown[]> {
  const raw = new Dexie(name);
  opened.push(raw);
  await raw.open();
  return raw.table(table).toArray();
}

const resident = (id: string, name: string): StoredRecord => ({
  id,
  version: 1,
  _sync: 'synced',
  householdId: 'h1',
  name,
  idNumber: '11010519491231002X',
  phone: '13800138000',
  tags: ['elderly_alone'],
});

afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

describe('the sealing middleware', () => {
  it('seals exactly the tables of entities with personal fields, and the outbox', () => {
    const withPersonalFields = ENTITY_NAMES.filter((entity) => personalFieldsOf(entity).length > 0);
    expect([...SEALED_ENTITY_TABLES].sort()).toEqual([...withPersonalFields].sort());
    expect(isSealedTable('outbox')).toBe(true);
    expect(isSealedTable('building')).toBe(false);
  });

  it('stores names, ID numbers and phones sealed and gives them back in clear', async () => {
    const { db, name } = await sealingDb();
    await db.records('resident').put(resident('r1', '王秀英'));
    const raw = JSON.stringify(await rawRows(name, 'resident'));
    expect(raw).not.toContain('王秀英');
    expect(raw).not.toContain('11010519491231002X');
    expect(raw).not.toContain('13800138000');
    // What indexes need stays in clear.
    expect(raw).toContain('h1');
    expect(raw).toContain('elderly_alone');
    expect(await db.records('resident').get('r1')).toMatchObject({ name: '王秀英', idNumber: '11010519491231002X', phone: '13800138000' });
    expect(await db.records('resident').where('householdId').equals('h1').toArray()).toEqual([expect.objectContaining({ name: '王秀英' })]);
  });

  it('keeps a read-modify-write transaction alive while it opens and seals', async () => {
    const { db } = await sealingDb();
    const table = db.records('resident');
    await table.bulkPut([resident('r1', '王秀英'), resident('r2', '李明')]);
    await db.transaction('rw', [table, db.outbox], async () => {
      const row = await table.get('r1');
      await table.put({ ...row!, phone: '13900139000' });
      const again = await table.get('r2');
      await table.put({ ...again!, name: '李明华' });
      await db.outbox.add({ mutationId: 'm1', entity: 'resident', op: 'patch', recordId: 'r1', data: { phone: '13900139000' }, recordedAt: 'now', state: 'pending', attempts: 0 });
    });
    expect((await table.bulkGet(['r1', 'r2'])).map((row) => [row?.phone, row?.name])).toEqual([
      ['13900139000', '王秀英'],
      ['13800138000', '李明华'],
    ]);
  });

  it('seals the outbox data and opens it for the push, by cursor (anyOf, filter) too', async () => {
    const { db, name } = await sealingDb();
    await db.outbox.bulkAdd(
      ['m1', 'm2', 'm3'].map((mutationId, index) => ({
        mutationId,
        entity: 'resident' as const,
        op: 'create' as const,
        recordId: `r${index}`,
        data: { name: `居民${index}`, idNumber: '11010519491231002X' },
        recordedAt: 'now',
        state: 'pending' as const,
        attempts: 0,
      })),
    );
    expect(JSON.stringify(await rawRows(name, 'outbox'))).not.toContain('11010519491231002X');
    const found = await db.outbox.where('recordId').anyOf(['r0', 'r2']).toArray();
    expect(found.map((entry) => entry.data.name)).toEqual(['居民0', '居民2']);
    const filtered = await db.outbox.filter((entry) => entry.data.name === '居民1').toArray();
    expect(filtered.map((entry) => entry.mutationId)).toEqual(['m2']);
  });

  it('refuses sealed rows and writes of personal tables while locked, and passes rows when no PIN is set', async () => {
    const { db, keys } = await sealingDb();
    await db.records('resident').put(resident('r1', '王秀英'));
    keys.lock();
    expect(await rejection(db.records('resident').get('r1'))).toBeInstanceOf(AppLockedError);
    expect(await rejection(db.records('resident').put(resident('r2', '李明')))).toBeInstanceOf(AppLockedError);
    // Tables without personal data are not touched.
    await db.records('building').put({ id: 'b1', version: 1, _sync: 'synced', name: '3号楼' });
    expect(await db.records('building').get('b1')).toMatchObject({ name: '3号楼' });
    keys.open();
    await db.records('resident').put(resident('r3', '张伟'));
    expect(await db.records('resident').get('r3')).toMatchObject({ name: '张伟' });
  });

  it('seals the session’s tokens in the meta table and, locked, reads the session without them', async () => {
    const { db, keys, name } = await sealingDb();
    const session = { accessToken: 'access-xyz', refreshToken: 'refresh-abc', expiresAt: 1, user: { id: 'u1', username: 'worker1' }, reauthRequired: false };
    await db.meta.put({ key: 'session', value: session });
    await db.meta.put({ key: 'lastSyncAt', value: '2026-12-01T08:00:00.000Z' });
    const raw = JSON.stringify(await rawRows(name, 'meta'));
    expect(raw).not.toContain('access-xyz');
    expect(raw).not.toContain('refresh-abc');
    expect(raw).toContain('worker1');
    expect((await db.meta.get('session'))?.value).toEqual(session);

    keys.lock();
    expect((await db.meta.get('session'))?.value).toEqual({ expiresAt: 1, user: session.user, reauthRequired: false, _sealedTokens: expect.any(String) });
    await db.meta.put({ key: 'wipeNotice', value: { reason: 'wrong_pins' } });
    expect((await db.meta.get('lastSyncAt'))?.value).toBe('2026-12-01T08:00:00.000Z');
  });
});
