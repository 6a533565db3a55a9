import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GridwalkDb } from '../../../../src/data/db/schema';
import { ConflictResolver } from '../../../../src/data/repositories/conflict-resolution';
import { RecordNotFoundError } from '../../../../src/data/repositories/record-writer';
import { conflictsAbout, everyConflict } from '../../../../src/data/queries/desk-queries';
import { runQuery } from '../../../../src/data/queries/run-query';
import { LocalValidationError } from '../../../../src/shared/write-failure';

const BUILDING = '0192f1b4-0000-7000-8000-0000000000b1';
const HOUSEHOLD = '0192f1b4-0000-7000-8000-000000000101';
const CONFLICT = '0192f1b4-0000-7000-8000-0000000006c1';
const NOW = Date.parse('2026-11-25T02:00:00.000Z');

let db: GridwalkDb;
let resolver: ConflictResolver;
let writes: number;

/** As pulled: phone 2 set 139… after phone 1 had set 138…; the household holds the later value. */
function conflict(id: string, at: string, overrides: Record<string, unknown> = {}) {
  return {
    id,
    version: 1,
    _sync: 'synced' as const,
    entity: 'household',
    recordId: HOUSEHOLD,
    field: 'phone',
    serverValue: '13800138000',
    clientValue: '13900139000',
    userId: '0192f1b4-0000-7000-8000-000000000002',
    userName: '李强',
    deviceId: 'phone-2',
    at,
    ...overrides,
  };
}

beforeEach(async () => {
  db = new GridwalkDb(`conflicts-${crypto.randomUUID()}`);
  writes = 0;
  resolver = new ConflictResolver({ db, now: () => NOW, onWrite: () => writes++ });
  await db.records('household').put({ id: HOUSEHOLD, version: 3, _sync: 'synced', buildingId: BUILDING, unit: '1', room: '101', status: 'occupied', phone: '13900139000' });
  await db.records('conflict').put(conflict(CONFLICT, '2026-11-25T01:00:00.000Z'));
});

afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

async function failure(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => null,
    (error: unknown) => error,
  );
}

describe('keeping a conflict value', () => {
  it('patches the record with the earlier value and marks the conflict kept and seen, both with outbox entries, the record first', async () => {
    const result = await resolver.keep({ conflictId: CONFLICT, side: 'earlier' });

    expect(result).toEqual({ patchedRecord: true });
    const household = await db.records('household').get(HOUSEHOLD);
    expect(household).toMatchObject({ phone: '13800138000', version: 3, _sync: 'pending' });
    expect(household?._server).toMatchObject({ phone: '13900139000' });
    expect(await db.records('conflict').get(CONFLICT)).toMatchObject({ kept: 'earlier', seenAt: '2026-11-25T02:00:00.000Z', _sync: 'pending' });
    const entries = await db.outbox.orderBy('seq').toArray();
    expect(entries.map((entry) => [entry.entity, entry.op, entry.recordId, entry.data, entry.baseVersion])).toEqual([
      ['household', 'patch', HOUSEHOLD, { phone: '13800138000' }, 3],
      ['conflict', 'patch', CONFLICT, { kept: 'earlier', seenAt: '2026-11-25T02:00:00.000Z' }, 1],
    ]);
    expect(writes).toBe(1);
  });

  it('only marks the conflict when the record already holds the value kept', async () => {
    const result = await resolver.keep({ conflictId: CONFLICT, side: 'later' });

    expect(result).toEqual({ patchedRecord: false });
    expect(await db.records('household').get(HOUSEHOLD)).toMatchObject({ phone: '13900139000', _sync: 'synced' });
    const entries = await db.outbox.toArray();
    expect(entries.map((entry) => [entry.entity, entry.data])).toEqual([['conflict', { kept: 'later', seenAt: '2026-11-25T02:00:00.000Z' }]]);
  });

  it('stores neither write when the value is not valid for the field (one transaction)', async () => {
    await db.records('conflict').put(conflict(CONFLICT, '2026-11-25T01:00:00.000Z', { serverValue: 'not a phone' }));
    const error = await failure(resolver.keep({ conflictId: CONFLICT, side: 'earlier' }));

    expect(error).toBeInstanceOf(LocalValidationError);
    expect(await db.outbox.count()).toBe(0);
    expect(await db.records('household').get(HOUSEHOLD)).toMatchObject({ phone: '13900139000', _sync: 'synced' });
    expect(await db.records('conflict').get(CONFLICT)).not.toHaveProperty('seenAt');
  });

  it('rolls the record patch back when the conflict cannot be marked (both writes in one transaction)', async () => {
    // A conflict the schema no longer reads (no device): its patch fails after the record's was stored.
    await db.records('conflict').put(conflict(CONFLICT, '2026-11-25T01:00:00.000Z', { deviceId: '' }));
    const error = await failure(resolver.keep({ conflictId: CONFLICT, side: 'earlier' }));

    expect(error).toBeInstanceOf(LocalValidationError);
    expect(await db.outbox.count()).toBe(0);
    expect(await db.records('household').get(HOUSEHOLD)).toMatchObject({ phone: '13900139000', _sync: 'synced' });
    expect(writes).toBe(0);
  });

  it('marks nothing when the record is not on the phone', async () => {
    await db.records('household').delete(HOUSEHOLD);
    const error = await failure(resolver.keep({ conflictId: CONFLICT, side: 'earlier' }));

    expect(error).toBeInstanceOf(RecordNotFoundError);
    expect(await db.outbox.count()).toBe(0);
    expect(await db.records('conflict').get(CONFLICT)).not.toHaveProperty('kept');
  });
});

describe('conflict queries', () => {
  it('reads the conflicts about a record and every conflict, newest first', async () => {
    const later = '0192f1b4-0000-7000-8000-0000000006c2';
    const other = '0192f1b4-0000-7000-8000-0000000006c3';
    await db.records('conflict').bulkPut([
      conflict(later, '2026-11-25T01:30:00.000Z', { field: 'notes', serverValue: null, clientValue: '独居' }),
      conflict(other, '2026-11-24T09:00:00.000Z', { entity: 'building', recordId: BUILDING, field: 'name', serverValue: '3号楼', clientValue: '三号楼' }),
    ]);

    expect((await runQuery(db, conflictsAbout([HOUSEHOLD]))).map((row) => row.id)).toEqual([later, CONFLICT]);
    expect((await runQuery(db, everyConflict())).map((row) => row.id)).toEqual([later, CONFLICT, other]);
  });

  it('keeps an empty side: the field is cleared and the conflict (whose empty side a merge drops) is still marked', async () => {
    await db.records('conflict').put(conflict(CONFLICT, '2026-11-25T01:00:00.000Z', { serverValue: null }));
    const result = await resolver.keep({ conflictId: CONFLICT, side: 'earlier' });

    expect(result).toEqual({ patchedRecord: true });
    expect(await db.records('household').get(HOUSEHOLD)).not.toHaveProperty('phone');
    expect(await db.records('conflict').get(CONFLICT)).toMatchObject({ kept: 'earlier', seenAt: '2026-11-25T02:00:00.000Z', clientValue: '13900139000' });
    const entries = await db.outbox.orderBy('seq').toArray();
    expect(entries.map((entry) => [entry.entity, entry.data])).toEqual([
      ['household', { phone: null }],
      ['conflict', { kept: 'earlier', seenAt: '2026-11-25T02:00:00.000Z' }],
    ]);
  });
});
