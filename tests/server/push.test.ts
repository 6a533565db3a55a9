import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../fixtures/server-harness';
import { createOf, findRecord, findRecords, patchOf, voidOf, type ApiClient } from '../fixtures/server-client';
import { aFeverReport, aHousehold, aResident, aVisit } from '../fixtures/domain-records';
import { makeIdNumber, withWrongCheckChar } from '../fixtures/id-number-factory';

let server: TestServer;
let worker: ApiClient;
let householdId: string;
let buildingId: string;

beforeAll(async () => {
  server = await startTestServer();
  worker = await server.api('worker1', 'phone-w1');
  buildingId = server.demo.buildings.find((b) => b.gridId === server.demo.gridIds[0])!.id;
  householdId = (await findRecords(server.db, 'household', { buildingId }))[0]!.id;
});
afterAll(async () => {
  await server?.close();
});

const resident = (overrides: Record<string, unknown> = {}) => aResident({ householdId, ...overrides });

describe('validation', () => {
  it('rejects a bad ID number with the field and its stable key, and applies nothing', async () => {
    const bad = createOf('resident', resident({ idNumber: withWrongCheckChar(makeIdNumber()) }));
    const res = await worker.push([bad]);
    expect(res.status).toBe(200);
    expect(res.body.results).toEqual([
      { mutationId: bad.mutationId, status: 'rejected', error: expect.objectContaining({ code: 'VALIDATION', fields: { idNumber: 'id_number_checksum' } }) },
    ]);
    expect(await findRecord(server.db, bad.id)).toBeNull();
  });

  it('names the wrong part: unknown entity, op not allowed for the entity, id that is no UUID', async () => {
    const res = await worker.push([
      { ...createOf('person', { name: 'x' }) },
      { ...createOf('visit', aVisit({ householdId })), op: 'patch', baseVersion: 1 },
      { ...createOf('household', aHousehold({ buildingId })), op: 'void' },
      { ...createOf('resident', resident()), id: 'resident-1' },
    ]);
    expect(res.body.results.map((r) => r.error)).toEqual([
      expect.objectContaining({ code: 'VALIDATION', fields: { entity: 'entity_invalid' } }),
      expect.objectContaining({ code: 'VALIDATION', fields: { op: 'op_invalid' } }),
      expect.objectContaining({ code: 'VALIDATION', fields: { op: 'op_invalid' } }),
      expect.objectContaining({ code: 'VALIDATION', fields: { id: 'invalid_id' } }),
    ]);
  });

  it('rejects a malformed mutation on its own, answering with its mutationId', async () => {
    const good = createOf('resident', resident({ name: '好人' }));
    const res = await worker.push([{ mutationId: 'm-broken', entity: 'resident' }, good]);
    expect(res.body.results[0]).toMatchObject({ mutationId: 'm-broken', status: 'rejected', error: { code: 'VALIDATION' } });
    expect(res.body.results[1]).toMatchObject({ mutationId: good.mutationId, status: 'applied', version: 1 });
  });

  it('keeps judging the rest when one mutation in the middle is bad', async () => {
    const batch = [
      createOf('resident', resident({ name: '甲' })),
      createOf('resident', resident({ name: '' })),
      createOf('visit', aVisit({ householdId, checks: [] , outcome: 'not_home' })),
      createOf('resident', resident({ householdId: '0190a000-0000-7000-8000-0000000000aa' })),
      createOf('resident', resident({ name: '乙' })),
    ];
    const res = await worker.push(batch);
    expect(res.body.results.map((r) => r.mutationId)).toEqual(batch.map((m) => m.mutationId));
    expect(res.body.results.map((r) => r.status)).toEqual(['applied', 'rejected', 'applied', 'rejected', 'applied']);
    expect(res.body.results[1]!.error).toMatchObject({ code: 'VALIDATION', fields: { name: 'name_required' } });
    expect(res.body.results[3]!.error).toMatchObject({ code: 'NOT_FOUND' });
    expect(await findRecord(server.db, batch[4]!.id)).not.toBeNull();
  });

  it("accepts a visit that checks the household's residents, and rejects one naming another household's or an unknown resident", async () => {
    const own = createOf('resident', resident({ name: '本户' }));
    const otherHousehold = (await findRecords(server.db, 'household', { buildingId }))[1]!.id;
    const stranger = createOf('resident', aResident({ householdId: otherHousehold, name: '邻居' }));
    await worker.push([own, stranger]);
    const check = (residentId: string) => ({ residentId, temperature: 36.6, symptoms: [] });
    const good = createOf('visit', aVisit({ householdId, checks: [check(own.id)] }));
    const wrong = createOf('visit', aVisit({ householdId, checks: [check(own.id), check(stranger.id)] }));
    const unknown = createOf('visit', aVisit({ householdId, checks: [check('0190a000-0000-7000-8000-00000000dead')] }));
    const res = await worker.push([good, wrong, unknown]);
    expect(res.body.results.map((r) => r.status)).toEqual(['applied', 'rejected', 'rejected']);
    expect(res.body.results[1]!.error).toMatchObject({ code: 'VALIDATION', fields: { checks: 'resident_not_in_household' } });
    expect(res.body.results[2]!.error).toMatchObject({ code: 'NOT_FOUND', fields: { checks: 'not_found' } });
    expect(await findRecord(server.db, wrong.id)).toBeNull();
  });

  it('stores the normalised record (trimmed name, upper-case X in the ID number)', async () => {
    const idNumber = makeIdNumber({ birthDate: '1990-01-01', sequence: 7 });
    const withX = idNumber.endsWith('X') ? idNumber.toLowerCase() : idNumber;
    const m = createOf('resident', resident({ name: '  王五  ', idNumber: withX }));
    expect((await worker.push([m])).body.results[0]!.status).toBe('applied');
    const stored = await findRecord(server.db, m.id);
    expect(stored!.data).toMatchObject({ name: '王五', idNumber: idNumber.toUpperCase(), householdId });
  });
});

describe('idempotency', () => {
  it('answers a resent mutation with duplicate and the first version, applying it once', async () => {
    const m = createOf('resident', resident({ name: '重发' }));
    const first = await worker.push([m]);
    expect(first.body.results[0]).toMatchObject({ status: 'applied', version: 1 });
    const again = await worker.push([m, m]);
    expect(again.body.results).toEqual([
      { mutationId: m.mutationId, status: 'duplicate', version: 1 },
      { mutationId: m.mutationId, status: 'duplicate', version: 1 },
    ]);
    const { rows } = await server.db.query(`SELECT 1 FROM records WHERE data->>'name' = '重发'`);
    expect(rows).toHaveLength(1);
  });

  it('carries the first result of a patch, even after later changes', async () => {
    const created = createOf('resident', resident({ name: '补丁' }));
    await worker.push([created]);
    const patch = patchOf('resident', created.id, 1, { notes: '第一次' });
    expect((await worker.push([patch])).body.results[0]).toMatchObject({ status: 'applied', version: 2 });
    await worker.push([patchOf('resident', created.id, 2, { notes: '第二次' })]);
    expect((await worker.push([patch])).body.results[0]).toEqual({ mutationId: patch.mutationId, status: 'duplicate', version: 2 });
    expect((await findRecord(server.db, created.id))!.data.notes).toBe('第二次');
  });

  it('rejects the same mutationId with different content as ID_REUSE', async () => {
    const m = createOf('resident', resident({ name: '原样' }));
    await worker.push([m]);
    const reused = { ...m, data: { ...m.data, name: '改样' } };
    const res = await worker.push([reused]);
    expect(res.body.results[0]).toMatchObject({ mutationId: m.mutationId, status: 'rejected', error: { code: 'ID_REUSE' } });
    expect((await findRecord(server.db, m.id))!.data.name).toBe('原样');
  });

  it('rejects a create for an id that already exists as ALREADY_EXISTS', async () => {
    const m = createOf('resident', resident({ name: '先来' }));
    await worker.push([m]);
    const res = await worker.push([createOf('resident', resident({ name: '后到' }), m.id)]);
    expect(res.body.results[0]).toMatchObject({ status: 'rejected', error: { code: 'ALREADY_EXISTS' } });
  });

  it('judges a rejected mutation again when it is resent fixed under the same id', async () => {
    const bad = createOf('resident', resident({ phone: '12345' }));
    expect((await worker.push([bad])).body.results[0]!.error?.fields).toEqual({ phone: 'phone_invalid' });
    const fixed = { ...bad, data: { ...bad.data, phone: '13912340000' } };
    expect((await worker.push([fixed])).body.results[0]).toMatchObject({ status: 'applied', version: 1 });
  });

  it('applies concurrent copies of one mutation once: one applied, the rest duplicate', async () => {
    // Several rounds: the copies interleave differently each time (look-up, create, commit).
    for (let round = 0; round < 6; round++) {
      const m = createOf('resident', resident({ name: `并发${round}` }));
      const responses = await Promise.all([worker.push([m]), worker.push([m]), worker.push([m]), worker.push([m])]);
      const statuses = responses.map((r) => r.body.results[0]!.status).sort();
      expect(statuses).toEqual(['applied', 'duplicate', 'duplicate', 'duplicate']);
      const { rows } = await server.db.query(`SELECT 1 FROM records WHERE data->>'name' = $1`, [`并发${round}`]);
      expect(rows).toHaveLength(1);
    }
  });
});

describe('void', () => {
  it('voids an event with a reason; voiding again changes nothing; a correction is a new create', async () => {
    const visit = createOf('visit', aVisit({ householdId, checks: [], outcome: 'not_home' }));
    await worker.push([visit]);
    const voided = await worker.push([voidOf('visit', visit.id, '录错了户')]);
    expect(voided.body.results[0]).toMatchObject({ status: 'applied', version: 2 });
    const again = await worker.push([voidOf('visit', visit.id, '再作废')]);
    expect(again.body.results[0]).toMatchObject({ status: 'applied', version: 2 });
    const correction = createOf('visit', aVisit({ householdId, checks: [], outcome: 'refused' }));
    expect((await worker.push([correction])).body.results[0]!.status).toBe('applied');

    const { changes } = await worker.pullAll();
    const old = changes.find((c) => c.id === visit.id)!;
    expect(old.data).toMatchObject({ voidReason: '录错了户', voidedAt: expect.any(String), version: 2 });
    expect(changes.find((c) => c.id === correction.id)!.data.voidedAt).toBeUndefined();
  });

  it('needs a reason, an event entity and a known record', async () => {
    const report = createOf('fever_report', aFeverReport({ householdId, residentId: undefined }));
    await worker.push([report]);
    const res = await worker.push([
      voidOf('fever_report', report.id, '  '),
      voidOf('fever_report', '0190a000-0000-7000-8000-0000000000bb', '不存在'),
      voidOf('resident', (await findRecords(server.db, 'resident', { buildingId }))[0]!.id, '搬走'),
      patchOf('resident', '0190a000-0000-7000-8000-0000000000cc', 1, { name: '无人' }),
    ]);
    expect(res.body.results.map((r) => r.error?.code)).toEqual(['VALIDATION', 'NOT_FOUND', 'VALIDATION', 'NOT_FOUND']);
    expect(res.body.results[0]!.error?.fields).toEqual({ reason: 'reason_required' });
    expect(res.body.results[2]!.error?.fields).toEqual({ op: 'op_invalid' });
  });
});

describe('odd input', () => {
  it('rejects text the database cannot store as VALIDATION, and still applies the rest', async () => {
    const nul = createOf('resident', resident({ notes: 'a\u0000b' }));
    const fine = createOf('resident', resident({ name: '正常' }));
    const res = await worker.push([nul, fine]);
    expect(res.status).toBe(200);
    expect(res.body.results.map((r) => r.status)).toEqual(['rejected', 'applied']);
    expect(res.body.results[0]!.error?.code).toBe('VALIDATION');
  });
});
