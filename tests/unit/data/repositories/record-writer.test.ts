import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LocalValidationError } from '../../../../src/shared/write-failure';
import { GridwalkDb } from '../../../../src/data/db/schema';
import { RecordNotFoundError, RecordWriter, WRITE_COMMITTED_MARK } from '../../../../src/data/repositories/record-writer';
import { UnsupportedOperationError } from '../../../../src/data/repositories/validation';
import { UUID_PATTERN } from '../../../../src/shared/uuid-v7';
import { aHousehold, aResident, aReview, aVisit, sampleIds } from '../../../fixtures/domain-records';
import { makeIdNumber, withWrongCheckChar } from '../../../fixtures/id-number-factory';

let db: GridwalkDb;
let writer: RecordWriter;
let writes: number;
const NOW = Date.parse('2026-11-25T02:00:00.000Z');

beforeEach(async () => {
  db = new GridwalkDb(`writer-${crypto.randomUUID()}`);
  writes = 0;
  writer = new RecordWriter({ db, now: () => NOW, onWrite: () => writes++ });
});

afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

async function validationError(promise: Promise<unknown>): Promise<Record<string, string>> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(LocalValidationError);
  return (error as LocalValidationError).fields;
}

/** A resident as if pulled from the server: synced, version 3. */
async function syncedResident(): Promise<void> {
  await db.records('resident').put({ ...aResident(), id: sampleIds.resident, version: 3, _sync: 'synced', createdBy: 'u1' });
}

describe('create', () => {
  it('stores the record and its outbox mutation together, with UUIDv7 ids', async () => {
    const id = await writer.create('household', aHousehold({ room: ' 502 ' }));

    expect(id).toMatch(UUID_PATTERN);
    expect(id[14]).toBe('7');
    const row = await db.records('household').get(id);
    expect(row).toMatchObject({ ...aHousehold(), room: '502', id, version: 0, _sync: 'pending', _server: null });
    const [entry] = await db.outbox.toArray();
    expect(entry).toMatchObject({
      entity: 'household',
      op: 'create',
      recordId: id,
      data: { ...aHousehold(), room: '502' },
      recordedAt: '2026-11-25T02:00:00.000Z',
      state: 'pending',
      attempts: 0,
    });
    expect(entry!.mutationId).toMatch(UUID_PATTERN);
    expect(entry!.mutationId[14]).toBe('7');
    expect(writes).toBe(1);
  });

  it('leaves neither the record nor the mutation when the transaction fails', async () => {
    db.outbox.hook('creating', () => {
      throw new Error('quota exceeded');
    });
    await expect(writer.create('household', aHousehold())).rejects.toThrow('quota exceeded');
    expect(await db.records('household').count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
    expect(writes).toBe(0);
  });

  it('rejects invalid data with the wire field keys and stores nothing', async () => {
    const badId = withWrongCheckChar(makeIdNumber({ birthDate: '1990-01-01' }));
    const fields = await validationError(writer.create('resident', aResident({ idNumber: badId, phone: '12345' })));
    expect(fields.idNumber).toBe('id_number_checksum');
    expect(fields.phone).toBe('phone_invalid');
    expect(await db.records('resident').count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
  });

  it('refuses to create read-only reference data', async () => {
    await expect(writer.create('grid', { communityId: sampleIds.community, name: '一网格' })).rejects.toBeInstanceOf(
      UnsupportedOperationError,
    );
  });
});

describe('createMany', () => {
  const approval = (recordId: string) => aReview({ recordId, decision: 'approve', comment: undefined });
  const VISITS = ['0190a000-0000-7000-8000-00000000b001', '0190a000-0000-7000-8000-00000000b002', '0190a000-0000-7000-8000-00000000b003'];

  it('stores several records and their outbox entries in one write, ids in order, one onWrite', async () => {
    const ids = await writer.createMany('review', VISITS.map(approval));

    expect(ids).toHaveLength(3);
    expect(new Set(ids).size).toBe(3);
    for (const id of ids) expect(id).toMatch(UUID_PATTERN);
    const rows = await Promise.all(ids.map((id) => db.records('review').get(id)));
    expect(rows.map((row) => row?.recordId)).toEqual(VISITS);
    expect(rows.every((row) => row?._sync === 'pending' && row.decision === 'approve')).toBe(true);
    const outbox = await db.outbox.orderBy('seq').toArray();
    expect(outbox.map((entry) => [entry.op, entry.entity, entry.recordId])).toEqual(ids.map((id) => ['create', 'review', id]));
    expect(outbox.map((entry) => entry.data)).toEqual(VISITS.map(approval));
    expect(writes).toBe(1);
  });

  it('an invalid one among them stores none of them, and says which field', async () => {
    const list = [approval(VISITS[0]!), aReview({ recordId: VISITS[1], comment: '' }), approval(VISITS[2]!)];
    const fields = await validationError(writer.createMany('review', list));
    expect(fields.comment).toBe('comment_required');
    expect(await db.records('review').count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
    expect(writes).toBe(0);
  });

  it('a failure midway through the transaction leaves none of them', async () => {
    let added = 0;
    db.outbox.hook('creating', () => {
      added += 1;
      if (added === 2) throw new Error('quota exceeded');
    });
    await expect(writer.createMany('review', VISITS.map(approval))).rejects.toThrow('quota exceeded');
    expect(await db.records('review').count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
    expect(writes).toBe(0);
  });

  it('an empty list writes nothing', async () => {
    expect(await writer.createMany('review', [])).toEqual([]);
    expect(await db.outbox.count()).toBe(0);
    expect(writes).toBe(0);
  });
});

describe('patch', () => {
  it('applies the change at once and queues only the changed fields with the version last seen', async () => {
    await syncedResident();
    await writer.patch('resident', sampleIds.resident, { phone: '13700000000', name: '张三', notes: '独居' });

    const row = await db.records('resident').get(sampleIds.resident);
    expect(row).toMatchObject({ phone: '13700000000', notes: '独居', version: 3, _sync: 'pending' });
    expect(row!._server).toMatchObject({ phone: aResident().phone, version: 3 });
    expect(row!._server).not.toHaveProperty('notes');
    const [entry] = await db.outbox.toArray();
    expect(entry).toMatchObject({ op: 'patch', recordId: sampleIds.resident, baseVersion: 3, data: { phone: '13700000000', notes: '独居' } });
  });

  it('clears an optional field with null', async () => {
    await syncedResident();
    await writer.patch('resident', sampleIds.resident, { phone: null });
    expect(await db.records('resident').get(sampleIds.resident)).not.toHaveProperty('phone');
    expect((await db.outbox.toArray())[0]!.data).toEqual({ phone: null });
  });

  it('queues nothing when nothing changes', async () => {
    await syncedResident();
    await writer.patch('resident', sampleIds.resident, { name: '张三' });
    expect(await db.outbox.count()).toBe(0);
    expect(writes).toBe(0);
  });

  it('validates the patch and the merged record, leaving the record untouched on error', async () => {
    await syncedResident();
    expect(await validationError(writer.patch('resident', sampleIds.resident, { name: '  ' }))).toEqual({ name: 'name_required' });
    expect(await validationError(writer.patch('resident', sampleIds.resident, { nickname: 'x' }))).toEqual({ nickname: 'unknown_field' });
    expect(await validationError(writer.patch('resident', sampleIds.resident, { name: null }))).toHaveProperty('name');
    expect(await db.records('resident').get(sampleIds.resident)).toMatchObject({ name: '张三', _sync: 'synced' });
    expect(await db.outbox.count()).toBe(0);
  });

  it('does not move a household to another building', async () => {
    await db.records('household').put({ ...aHousehold(), id: sampleIds.household, version: 1, _sync: 'synced' });
    const fields = await validationError(
      writer.patch('household', sampleIds.household, { buildingId: '0190a000-0000-7000-8000-0000000000ff' }),
    );
    expect(fields).toEqual({ buildingId: 'immutable_field' });
  });

  it('keeps the first server copy when patching a record that already has unsent changes', async () => {
    await syncedResident();
    await writer.patch('resident', sampleIds.resident, { phone: '13700000000' });
    await writer.patch('resident', sampleIds.resident, { notes: '行动不便' });
    const row = await db.records('resident').get(sampleIds.resident);
    expect(row).toMatchObject({ phone: '13700000000', notes: '行动不便' });
    expect(row!._server).toMatchObject({ phone: aResident().phone, version: 3 });
    expect((await db.outbox.orderBy('seq').toArray()).map((e) => e.data)).toEqual([{ phone: '13700000000' }, { notes: '行动不便' }]);
  });

  it('throws for an unknown record and for append-only events', async () => {
    await expect(writer.patch('resident', sampleIds.resident, { name: '李四' })).rejects.toBeInstanceOf(RecordNotFoundError);
    const id = await writer.create('visit', aVisit());
    await expect(writer.patch('visit', id, { notes: 'x' })).rejects.toBeInstanceOf(UnsupportedOperationError);
  });
});

describe('void', () => {
  it('marks the event voided locally and queues the reason', async () => {
    const id = await writer.create('visit', aVisit());
    await writer.voidRecord('visit', id, ' 录错了户 ');

    const row = await db.records('visit').get(id);
    expect(row).toMatchObject({ voidedAt: '2026-11-25T02:00:00.000Z', voidReason: '录错了户', _sync: 'pending' });
    const entries = await db.outbox.orderBy('seq').toArray();
    expect(entries.map((e) => [e.op, e.data])).toEqual([
      ['create', expect.objectContaining({ householdId: sampleIds.household })],
      ['void', { reason: '录错了户' }],
    ]);
  });

  it('needs a reason, only applies to events, and voiding twice queues one void', async () => {
    const id = await writer.create('visit', aVisit());
    expect(await validationError(writer.voidRecord('visit', id, '  '))).toEqual({ reason: 'reason_required' });
    await expect(writer.voidRecord('household', sampleIds.household, 'x')).rejects.toBeInstanceOf(UnsupportedOperationError);
    await writer.voidRecord('visit', id, '重复');
    await writer.voidRecord('visit', id, '重复');
    expect(await db.outbox.where('recordId').equals(id).count()).toBe(2);
  });
});

describe('write-committed mark', () => {
  it('marks each committed write with its entity, operation and id, and no failed write', async () => {
    performance.clearMarks(WRITE_COMMITTED_MARK);
    await syncedResident();
    await expect(writer.create('resident', aResident({ phone: '12345' }))).rejects.toBeInstanceOf(LocalValidationError);
    const id = await writer.create('visit', aVisit());
    await writer.patch('resident', sampleIds.resident, { name: '张三' });
    await writer.patch('resident', sampleIds.resident, { notes: '独居' });

    const details = performance.getEntriesByName(WRITE_COMMITTED_MARK).map((entry) => (entry as PerformanceMark).detail as unknown);
    expect(details).toEqual([
      { entity: 'visit', op: 'create', id },
      { entity: 'resident', op: 'patch', id: sampleIds.resident },
    ]);
  });
});
