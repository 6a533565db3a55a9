/** The gate log on the server: checkpoint entries with their people, fever referrals linked to them, shift notes. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Change } from '../../src/domain/sync-protocol';
import { createSystemRecord } from '../../src/server/admin/system-records';
import { startTestServer, type TestServer } from '../fixtures/server-harness';
import { createOf, findRecord, findRecords, patchOf, voidOf, type ApiClient, type StoredRecord } from '../fixtures/server-client';
import { aCheckpointEntry, aFeverReport, aResidentCheckpointEntry, aShiftNote } from '../fixtures/domain-records';

let server: TestServer;
const clients: Record<string, ApiClient> = {};
let checkpointId: string;
/** A resident of worker1's grid, and a household of another grid of the same community. */
let resident: StoredRecord;
let otherHouseholdId: string;
/** A checkpoint, a household and its resident in another community. */
const elsewhere = { checkpointId: '', householdId: '', residentId: '' };

const UNKNOWN_ID = '0190a000-0000-7000-8000-00000000fff1';

beforeAll(async () => {
  server = await startTestServer();
  for (const username of ['worker1', 'worker2', 'secretary1', 'volunteer1']) {
    clients[username] = await server.api(username, `device-${username}`);
  }
  checkpointId = server.demo.checkpointIds[0]!;
  resident = (await findRecords(server.db, 'resident', { gridId: server.demo.gridIds[0] }))[0]!;
  otherHouseholdId = (await findRecords(server.db, 'household', { gridId: server.demo.gridIds[1] }))[0]!.id;

  const communityId = await createSystemRecord(server.db, 'community', { name: '别的社区' });
  const gridId = await createSystemRecord(server.db, 'grid', { communityId, name: '别的网格' });
  const buildingId = await createSystemRecord(server.db, 'building', { gridId, name: '1号楼', units: 1, floors: 6, sealed: false });
  elsewhere.checkpointId = await createSystemRecord(server.db, 'checkpoint', { communityId, name: '南门卡口' });
  elsewhere.householdId = await createSystemRecord(server.db, 'household', { buildingId, unit: '1', room: '101', status: 'occupied' });
  elsewhere.residentId = await createSystemRecord(server.db, 'resident', { householdId: elsewhere.householdId, name: '外人', tags: [] });
});
afterAll(async () => {
  await server?.close();
});

const byEntity = (changes: Change[], entity: string) => changes.filter((c) => c.entity === entity);
const residentEntry = (overrides: Record<string, unknown> = {}) =>
  aResidentCheckpointEntry({
    checkpointId,
    residentId: resident.id,
    householdId: resident.data.householdId,
    name: resident.data.name,
    ...overrides,
  });

describe('checkpoint entries', () => {
  it('refuse a visitor without phone or purpose, and a refusal without reason, naming the field', async () => {
    const { phone: _phone, ...noPhone } = aCheckpointEntry({ checkpointId });
    const { purpose: _purpose, ...noPurpose } = aCheckpointEntry({ checkpointId });
    const batch = [
      createOf('checkpoint_entry', noPhone),
      createOf('checkpoint_entry', noPurpose),
      createOf('checkpoint_entry', aCheckpointEntry({ checkpointId, outcome: 'refused' })),
    ];
    const res = await clients.worker1!.push(batch);
    expect(res.body.results.map((r) => r.error)).toEqual([
      expect.objectContaining({ code: 'VALIDATION', fields: { phone: 'phone_required' } }),
      expect.objectContaining({ code: 'VALIDATION', fields: { purpose: 'purpose_required' } }),
      expect.objectContaining({ code: 'VALIDATION', fields: { reason: 'reason_required' } }),
    ]);
    for (const m of batch) expect(await findRecord(server.db, m.id)).toBeNull();
  });

  it('store a visitor with the household visited, a refusal with its reason, and a resident with their household', async () => {
    // Of the last 48 hours: another worker receives no older gate entry (gate-log-scope.test.ts).
    const at = new Date().toISOString();
    const visitor = createOf('checkpoint_entry', aCheckpointEntry({ checkpointId, at, householdId: otherHouseholdId, purpose: 'courier' }));
    const refused = createOf('checkpoint_entry', aCheckpointEntry({ checkpointId, at, outcome: 'refused', reason: '拒绝测温' }));
    const own = createOf('checkpoint_entry', residentEntry({ at, direction: 'out' }));
    const res = await clients.worker1!.push([visitor, refused, own]);
    expect(res.body.results.map((r) => r.status)).toEqual(['applied', 'applied', 'applied']);
    expect((await findRecord(server.db, refused.id))!.data).toMatchObject({ outcome: 'refused', reason: '拒绝测温' });

    // Another grid's worker of the community reads them all, with the new fields.
    const { changes } = await clients.worker2!.pullAll();
    const entries = new Map(byEntity(changes, 'checkpoint_entry').map((c) => [c.id, c.data]));
    expect(entries.get(visitor.id)).toMatchObject({ householdId: otherHouseholdId, purpose: 'courier' });
    expect(entries.get(own.id)).toMatchObject({ residentId: resident.id, householdId: resident.data.householdId });
  });

  it('need a known household and resident of the community, the resident of that household', async () => {
    const res = await clients.worker1!.push([
      createOf('checkpoint_entry', aCheckpointEntry({ checkpointId, householdId: UNKNOWN_ID })),
      createOf('checkpoint_entry', residentEntry({ residentId: UNKNOWN_ID })),
      createOf('checkpoint_entry', residentEntry({ householdId: otherHouseholdId })),
      createOf('checkpoint_entry', aCheckpointEntry({ checkpointId, householdId: elsewhere.householdId })),
      createOf('checkpoint_entry', residentEntry({ residentId: elsewhere.residentId, householdId: undefined })),
      createOf('checkpoint_entry', residentEntry({ householdId: resident.id })),
    ]);
    expect(res.body.results.map((r) => r.error)).toEqual([
      expect.objectContaining({ code: 'NOT_FOUND', fields: { householdId: 'not_found' } }),
      expect.objectContaining({ code: 'NOT_FOUND', fields: { residentId: 'not_found' } }),
      expect.objectContaining({ code: 'VALIDATION', fields: { residentId: 'resident_not_in_household' } }),
      expect.objectContaining({ code: 'NOT_FOUND', fields: { householdId: 'not_found' } }),
      expect.objectContaining({ code: 'NOT_FOUND', fields: { residentId: 'not_found' } }),
      // An id of another kind of record is no household.
      expect.objectContaining({ code: 'NOT_FOUND', fields: { householdId: 'not_found' } }),
    ]);
  });
});

describe('malformed gate fields', () => {
  it('answer VALIDATION naming the field, never a server error', async () => {
    const res = await clients.worker1!.push([
      createOf('checkpoint_entry', aCheckpointEntry({ checkpointId, householdId: 'not-an-id' })),
      createOf('checkpoint_entry', aCheckpointEntry({ checkpointId, purpose: 'tourist' })),
      createOf('checkpoint_entry', aCheckpointEntry({ checkpointId, outcome: 'refused', reason: 42 })),
      createOf('fever_report', aFeverReport({ householdId: undefined, residentId: undefined, name: '李四', checkpointEntryId: 7 })),
      createOf('shift_note', aShiftNote({ checkpointId, shiftStart: 'this morning' })),
      createOf('shift_note', aShiftNote({ checkpointId, note: 'x'.repeat(501) })),
    ]);
    expect(res.status).toBe(200);
    expect(res.body.results.map((r) => [r.error?.code, Object.keys(r.error?.fields ?? {})])).toEqual([
      ['VALIDATION', ['householdId']],
      ['VALIDATION', ['purpose']],
      ['VALIDATION', ['reason']],
      ['VALIDATION', ['checkpointEntryId']],
      ['VALIDATION', ['shiftStart']],
      ['VALIDATION', ['note']],
    ]);
  });
});

describe('fever reports from a gate referral', () => {
  it('need a known entry of the writer’s community', async () => {
    const foreignEntry = await createSystemRecord(server.db, 'checkpoint_entry', aCheckpointEntry({ checkpointId: elsewhere.checkpointId }));
    const referral = (checkpointEntryId: string) =>
      createOf('fever_report', aFeverReport({ householdId: undefined, residentId: undefined, name: '李四', checkpointEntryId }));
    const res = await clients.worker1!.push([referral(UNKNOWN_ID), referral(foreignEntry), referral(resident.id)]);
    expect(res.body.results.map((r) => r.error)).toEqual([
      expect.objectContaining({ code: 'NOT_FOUND', fields: { checkpointEntryId: 'not_found' } }),
      expect.objectContaining({ code: 'NOT_FOUND', fields: { checkpointEntryId: 'not_found' } }),
      expect.objectContaining({ code: 'NOT_FOUND', fields: { checkpointEntryId: 'not_found' } }),
    ]);
  });

  it('link a visitor’s report to the entry: applied, read by its writer and the secretary', async () => {
    const entry = createOf('checkpoint_entry', aCheckpointEntry({ checkpointId, temperature: 38.2, outcome: 'referred' }));
    const report = createOf(
      'fever_report',
      aFeverReport({ householdId: undefined, residentId: undefined, name: '李四', temperature: 38.2, checkpointEntryId: entry.id }),
    );
    const res = await clients.worker1!.push([entry, report]);
    expect(res.body.results.map((r) => r.status)).toEqual(['applied', 'applied']);

    const secretary = await clients.secretary1!.pullAll();
    expect(byEntity(secretary.changes, 'fever_report').find((c) => c.id === report.id)?.data.checkpointEntryId).toBe(entry.id);
    const writer = await clients.worker1!.pullAll();
    expect(byEntity(writer.changes, 'fever_report').map((c) => c.id)).toContain(report.id);
    // Like any report without a household, it is not another grid worker's.
    const other = await clients.worker2!.pullAll();
    expect(byEntity(other.changes, 'fever_report').map((c) => c.id)).not.toContain(report.id);
  });

  it('file a resident’s report under their household, readable by the worker of that grid', async () => {
    const entry = createOf('checkpoint_entry', residentEntry({ healthCode: 'red', outcome: 'referred' }));
    const report = createOf(
      'fever_report',
      aFeverReport({ householdId: resident.data.householdId, residentId: resident.id, name: resident.data.name, checkpointEntryId: entry.id }),
    );
    // worker2 is on gate duty: the entry is theirs to write, the household is in worker1's grid.
    const res = await clients.worker2!.push([entry, report]);
    expect(res.body.results.map((r) => r.status)).toEqual(['applied', 'rejected']);
    expect(res.body.results[1]!.error?.code).toBe('FORBIDDEN');
    expect((await clients.worker1!.push([report])).body.results[0]!.status).toBe('applied');
    expect((await findRecord(server.db, report.id))!.grid_id).toBe(server.demo.gridIds[0]);
  });
});

describe('shift notes', () => {
  it('are created by a grid worker at any checkpoint of the community and read community-wide, never by volunteers', async () => {
    const note = createOf('shift_note', aShiftNote({ checkpointId }));
    expect((await clients.worker1!.push([note])).body.results[0]).toMatchObject({ status: 'applied', version: 1 });

    const worker2 = await clients.worker2!.pullAll();
    expect(byEntity(worker2.changes, 'shift_note').find((c) => c.id === note.id)?.data).toMatchObject(aShiftNote({ checkpointId }));
    const secretary = await clients.secretary1!.pullAll();
    expect(byEntity(secretary.changes, 'shift_note').map((c) => c.id)).toContain(note.id);
    const volunteer = await clients.volunteer1!.pullAll();
    expect(byEntity(volunteer.changes, 'shift_note')).toEqual([]);
  });

  it('are create-only: a patch or a void is refused, a correction is a new note', async () => {
    const note = createOf('shift_note', aShiftNote({ checkpointId }));
    await clients.worker1!.push([note]);
    const res = await clients.worker1!.push([patchOf('shift_note', note.id, 1, { note: '更正' }), voidOf('shift_note', note.id, '写错了')]);
    expect(res.body.results.map((r) => r.error)).toEqual([
      expect.objectContaining({ code: 'VALIDATION', fields: { op: 'op_invalid' } }),
      expect.objectContaining({ code: 'VALIDATION', fields: { op: 'op_invalid' } }),
    ]);
    expect((await findRecord(server.db, note.id))!).toMatchObject({ version: 1, data: aShiftNote({ checkpointId }) });
  });

  it('need a text and a known checkpoint of the community; volunteers write none', async () => {
    const res = await clients.worker1!.push([
      createOf('shift_note', aShiftNote({ checkpointId, note: '  ' })),
      createOf('shift_note', aShiftNote({ checkpointId: UNKNOWN_ID })),
      createOf('shift_note', aShiftNote({ checkpointId: elsewhere.checkpointId })),
    ]);
    expect(res.body.results.map((r) => r.error)).toEqual([
      expect.objectContaining({ code: 'VALIDATION', fields: { note: 'note_required' } }),
      expect.objectContaining({ code: 'NOT_FOUND', fields: { checkpointId: 'not_found' } }),
      // Another community's checkpoint is answered as an unknown one: its existence is not told.
      expect.objectContaining({ code: 'NOT_FOUND', fields: { checkpointId: 'not_found' } }),
    ]);
    const volunteer = await clients.volunteer1!.push([createOf('shift_note', aShiftNote({ checkpointId }))]);
    expect(volunteer.body.results[0]!.error?.code).toBe('FORBIDDEN');
  });
});
