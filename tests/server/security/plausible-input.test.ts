/**
 * Issue 11, item 6: implausible values are refused as VALIDATION with the field and its key: times
 * in 2999 or 1900, a recordedAt that is no time, a birth date in year 1, a name of zero-width
 * characters only, one resident checked twice in one visit. The clock is the server's.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Mutation, MutationResult } from '../../../src/domain/sync-protocol';
import { startTestServer, type TestServer } from '../../fixtures/server-harness';
import { createOf, findRecord, findRecords, patchOf, type ApiClient } from '../../fixtures/server-client';
import { aCheckpointEntry, aFeverReport, aResident, aShiftNote, aVisit } from '../../fixtures/domain-records';

let server: TestServer;
let client: ApiClient;
const ids = { householdId: '', residentId: '', checkpointId: '' };
const HOUR = 3_600_000;

beforeAll(async () => {
  server = await startTestServer();
  client = await server.api('secretary1');
  const [household] = await findRecords(server.db, 'household', { gridId: server.demo.gridIds[0]! });
  ids.householdId = household!.id;
  const resident = createOf('resident', aResident({ householdId: ids.householdId, name: '体温测试' }));
  expect((await client.push([resident])).body.results[0]!.status).toBe('applied');
  ids.residentId = resident.id;
  const [checkpoint] = await findRecords(server.db, 'checkpoint');
  ids.checkpointId = checkpoint!.id;
});
afterAll(async () => {
  await server?.close();
});

const answer = (r: MutationResult | undefined) => ({ status: r?.status, code: r?.error?.code, fields: r?.error?.fields });

async function pushOne(mutation: Mutation): Promise<ReturnType<typeof answer>> {
  const res = await client.push([mutation]);
  expect(res.status).toBe(200);
  return answer(res.body.results[0]);
}

const refused = (fields: Record<string, string>) => ({ status: 'rejected', code: 'VALIDATION', fields });
const visitOf = (data: Record<string, unknown>) => aVisit({ householdId: ids.householdId, checks: [], outcome: 'not_home', ...data });
const check = (temperature: number) => ({ residentId: ids.residentId, temperature, symptoms: [] });
const feverOf = (data: Record<string, unknown>) =>
  aFeverReport({ householdId: ids.householdId, residentId: ids.residentId, ...data });
const gateOf = (data: Record<string, unknown>) => aCheckpointEntry({ checkpointId: ids.checkpointId, ...data });

describe('implausible values are refused', () => {
  it('visitedAt, reportedAt, a checkpoint’s at and a shift’s start in 2999, 1900 or over a day ahead (a few hours, or a day-old outbox entry, pass)', async () => {
    const now = Date.now();
    const old = createOf('visit', visitOf({ visitedAt: new Date(now - 24 * HOUR).toISOString() }));
    expect(await pushOne({ ...old, recordedAt: new Date(now - 24 * HOUR).toISOString() })).toMatchObject({ status: 'applied' });
    expect(await pushOne(createOf('visit', visitOf({ visitedAt: new Date(now + 3 * HOUR).toISOString() })))).toMatchObject({ status: 'applied' });
    for (const at of ['2999-01-01T08:00:00+08:00', new Date(Date.now() + 25 * HOUR).toISOString()]) {
      expect(await pushOne(createOf('visit', visitOf({ visitedAt: at })))).toEqual(refused({ visitedAt: 'timestamp_in_future' }));
      expect(await pushOne(createOf('fever_report', feverOf({ reportedAt: at })))).toEqual(refused({ reportedAt: 'timestamp_in_future' }));
      expect(await pushOne(createOf('checkpoint_entry', gateOf({ at })))).toEqual(refused({ at: 'timestamp_in_future' }));
    }
    const early = '1900-01-01T08:00:00+08:00';
    expect(await pushOne(createOf('visit', visitOf({ visitedAt: early })))).toEqual(refused({ visitedAt: 'timestamp_too_early' }));
    expect(await pushOne(createOf('fever_report', feverOf({ reportedAt: early })))).toEqual(refused({ reportedAt: 'timestamp_too_early' }));
    expect(await pushOne(createOf('checkpoint_entry', gateOf({ at: early })))).toEqual(refused({ at: 'timestamp_too_early' }));
    expect(await pushOne(createOf('shift_note', aShiftNote({ checkpointId: ids.checkpointId, shiftStart: early })))).toEqual(
      refused({ shiftStart: 'timestamp_too_early' }),
    );
  });

  it('a recordedAt that is no time, or years ahead', async () => {
    const visit = createOf('visit', visitOf({ visitedAt: new Date().toISOString() }));
    expect(await pushOne({ ...visit, recordedAt: 'garbage' })).toEqual(refused({ recordedAt: 'timestamp_invalid' }));
    expect(await pushOne({ ...visit, recordedAt: '2999-01-01T00:00:00Z' })).toEqual(refused({ recordedAt: 'timestamp_in_future' }));
    expect(await findRecord(server.db, visit.id)).toBeNull();
  });

  it('a birth date in year 1 or 1899, on create and on patch', async () => {
    const create = (birthDate: string) => createOf('resident', aResident({ householdId: ids.householdId, name: '王五', birthDate }));
    expect(await pushOne(create('0001-01-01'))).toEqual(refused({ birthDate: 'date_too_early' }));
    expect(await pushOne(create('1899-12-31'))).toEqual(refused({ birthDate: 'date_too_early' }));
    expect(await pushOne(patchOf('resident', ids.residentId, 1, { birthDate: '0001-01-01' }))).toEqual(refused({ birthDate: 'date_too_early' }));
    expect(await pushOne(createOf('resident', aResident({ householdId: ids.householdId, name: '  张三 ', birthDate: '1900-01-01' })))).toMatchObject({
      status: 'applied',
    });
  });

  it('a name of zero-width characters only', async () => {
    const invisible = '\u200B\u200C\u200D\u2060\uFEFF';
    expect(await pushOne(createOf('resident', aResident({ householdId: ids.householdId, name: invisible })))).toEqual(
      refused({ name: 'name_invisible' }),
    );
    expect(await pushOne(patchOf('resident', ids.residentId, 1, { name: '\u200B' }))).toEqual(refused({ name: 'name_invisible' }));
    expect(await pushOne(createOf('checkpoint_entry', gateOf({ name: invisible })))).toEqual(refused({ name: 'name_invisible' }));
    expect(await pushOne(createOf('fever_report', feverOf({ name: invisible })))).toEqual(refused({ name: 'name_invisible' }));
  });

  it('one resident twice in one visit’s checks (36.6 and 39.0)', async () => {
    const visit = createOf('visit', visitOf({ outcome: 'visited', visitedAt: new Date().toISOString(), checks: [check(36.6), check(39.0)] }));
    expect(await pushOne(visit)).toEqual(refused({ checks: 'resident_checked_twice' }));
    expect(await findRecord(server.db, visit.id)).toBeNull();
  });
});
