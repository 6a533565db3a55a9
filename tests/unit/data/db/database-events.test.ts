import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { declareVersions, LATEST_SCHEMA_VERSION } from '../../../../src/data/db/schema';
import { aHousehold } from '../../../fixtures/domain-records';
import { disposeClients, signedInClient } from '../support/test-client';

afterEach(() => {
  vi.restoreAllMocks();
  return disposeClients();
});

const LOST = 'Connection to Indexed Database server lost. Refresh the page to try again';

describe('a newer version opened in another tab', () => {
  it('closes this tab’s connection so the upgrade goes through, and asks for a reload', async () => {
    const { client } = await signedInClient();
    await client.create('household', aHousehold());
    const listener = vi.fn();
    client.subscribeDatabaseStatus(listener);
    expect(client.getDatabaseStatus()).toBe('open');

    // "Another tab": the next schema version of the same database.
    const newer = new Dexie(client.db.name);
    declareVersions(newer);
    newer.version(LATEST_SCHEMA_VERSION + 1).stores({ extra: 'id' });
    await newer.open();

    expect(client.getDatabaseStatus()).toBe('version_changed');
    expect(listener).toHaveBeenCalledTimes(1);
    expect(newer.verno).toBe(LATEST_SCHEMA_VERSION + 1);
    expect(await newer.table('outbox').count()).toBe(1);
    // This tab does not quietly reopen an outdated schema.
    expect(client.db.isOpen()).toBe(false);
    newer.close();
  });
});

describe('"Connection to Indexed Database server lost" (Safari)', () => {
  it('reopens the database and runs the operation once more', async () => {
    const { client } = await signedInClient();
    const id = await client.create('household', aHousehold());
    const table = client.db.records('household');
    const get = table.get.bind(table);
    const spy = vi
      .spyOn(table, 'get')
      .mockImplementationOnce(() => Promise.reject(new Dexie.DatabaseClosedError(LOST)) as never)
      .mockImplementation(((key: string) => get(key)) as never);
    const close = vi.spyOn(client.db, 'close');

    expect(await client.getRecord('household', id)).toMatchObject({ id, _sync: 'pending' });
    expect(spy).toHaveBeenCalledTimes(2);
    expect(close).toHaveBeenCalledTimes(1);
    expect(client.db.isOpen()).toBe(true);
  });

  it('retries a write once and stores it once', async () => {
    const { client } = await signedInClient();
    const add = vi.spyOn(client.db.outbox, 'add');
    add.mockImplementationOnce(() => Promise.reject(Object.assign(new Error(LOST), { name: 'UnknownError' })) as never);

    const id = await client.create('household', aHousehold());

    expect(await client.db.records('household').count()).toBe(1);
    expect((await client.db.outbox.toArray()).map((e) => e.recordId)).toEqual([id]);
  });

  it('gives up after one retry, and never retries other errors', async () => {
    const { client } = await signedInClient();
    const spy = vi.spyOn(client.db.records('household'), 'get').mockImplementation(() => Promise.reject(new Dexie.DatabaseClosedError(LOST)) as never);
    await expect(client.getRecord('household', 'x')).rejects.toThrow(/Connection to Indexed Database server lost/);
    expect(spy).toHaveBeenCalledTimes(2);

    spy.mockReset().mockImplementation(() => Promise.reject(new Dexie.ConstraintError('other')) as never);
    await expect(client.getRecord('household', 'x')).rejects.toThrow('other');
    expect(spy).toHaveBeenCalledTimes(1);
  });
});
