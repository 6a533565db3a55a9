import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { StorageFullError } from '../../../../src/data';
import { GridwalkDb } from '../../../../src/data/db/schema';
import { isQuotaExceeded } from '../../../../src/data/db/storage-errors';
import { RecordWriter } from '../../../../src/data/repositories/record-writer';
import { classifyFailure } from '../../../../src/data/sync/failure';
import { aHousehold, aResident, sampleIds } from '../../../fixtures/domain-records';

let db: GridwalkDb;
let writer: RecordWriter;
let writes: number;

beforeEach(() => {
  db = new GridwalkDb(`quota-${crypto.randomUUID()}`);
  writes = 0;
  writer = new RecordWriter({ db, onWrite: () => writes++ });
});

afterEach(async () => {
  vi.restoreAllMocks();
  db.close();
  await Dexie.delete(db.name);
});

const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

describe('a full storage quota on write', () => {
  it('fails a create with StorageFullError and stores neither the record nor its mutation', async () => {
    const earlier = await writer.create('household', aHousehold({ room: '101' }));
    // The outbox entry is added first in the transaction; the record's add then hits the quota.
    vi.spyOn(db.records('household'), 'add').mockImplementation(() => Promise.reject(quotaError()) as never);

    const error = await writer.create('household', aHousehold({ room: '102' })).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(StorageFullError);
    expect(await db.records('household').toArray()).toEqual([expect.objectContaining({ id: earlier })]);
    expect((await db.outbox.toArray()).map((e) => e.recordId)).toEqual([earlier]);
    expect(writes).toBe(1);
  });

  it('leaves a record and its outbox as they were when a patch does not fit', async () => {
    await db.records('resident').put({ ...aResident(), id: sampleIds.resident, version: 3, _sync: 'synced' });
    vi.spyOn(db.records('resident'), 'put').mockImplementation(() => Promise.reject(quotaError()) as never);

    const error = await writer.patch('resident', sampleIds.resident, { name: '李四' }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(StorageFullError);
    expect(await db.records('resident').get(sampleIds.resident)).toMatchObject({ name: aResident().name, version: 3, _sync: 'synced' });
    expect(await db.outbox.count()).toBe(0);
  });

  it('recognises the quota error however Dexie wraps it, and reports it from a sync run as STORAGE_FULL', () => {
    const wrapped = new Dexie.AbortError('Transaction aborted', quotaError());
    expect(isQuotaExceeded(wrapped)).toBe(true);
    expect(isQuotaExceeded(new Error('other'))).toBe(false);
    expect(classifyFailure(wrapped)).toMatchObject({ phase: 'error', code: 'STORAGE_FULL', retry: true });
  });
});
