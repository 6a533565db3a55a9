/**
 * Home monitoring on the server (issue 16), one rule a test, through the real push and pull (PGlite, or
 * PostgreSQL with DATABASE_URL): a monitoring and its checks are placed like visits, by the household's
 * grid (the secretary reads and writes the whole community; volunteers never); one monitoring is open per
 * resident (a second is ALREADY_EXISTS naming the open one); a check falls inside its monitoring's period,
 * counted in days of Asia/Shanghai, and names its monitoring's resident (a fever report made from a check
 * names it, and is about the check's resident); an ended monitoring stays ended,
 * extensions are only appended, a release comes on the last day; pushes apply exactly once.
 * Dates are relative to today in Shanghai: a timestamp may not be more than a day ahead, a start date not
 * in the future.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MutationResult } from '../../src/domain/sync-protocol';
import { addDays, todayIn } from '../../src/shared/local-date';
import { startTestServer, type TestServer } from '../fixtures/server-harness';
import { createOf, findRecord, findRecords, patchOf } from '../fixtures/server-client';
import { answers, APPLIED, idsOf } from '../fixtures/help-request-server';
import { demoAccount, type Account } from '../fixtures/review-task-server';
import { aFeverReport, aHomeMonitoring, aMonitoringCheck } from '../fixtures/domain-records';

let server: TestServer;
let worker1: Account;
let worker2: Account;
let secretary1: Account;
let volunteer1: Account;

/** A resident and the household they live in. */
interface Person {
  residentId: string;
  householdId: string;
  buildingId: string;
}
/** Residents of worker1's grid (each test takes its own: one open monitoring per resident) and of worker2's. */
const people: Record<'grid1' | 'grid2', Person[]> = { grid1: [], grid2: [] };

beforeAll(async () => {
  server = await startTestServer();
  worker1 = await demoAccount(server, 'worker1');
  worker2 = await demoAccount(server, 'worker2');
  secretary1 = await demoAccount(server, 'secretary1');
  volunteer1 = await demoAccount(server, 'volunteer1');
  const grids = [
    ['grid1', server.demo.gridIds[0]!],
    ['grid2', server.demo.gridIds[1]!],
  ] as const;
  for (const [name, gridId] of grids) {
    for (const resident of await findRecords(server.db, 'resident', { gridId })) {
      const household = (await findRecord(server.db, String(resident.data.householdId)))!;
      people[name].push({ residentId: resident.id, householdId: household.id, buildingId: String(household.building_id) });
    }
  }
});
afterAll(async () => {
  await server?.close();
});

/** A resident of the grid no test has used yet (in this building, or not of this household, if told). */
function person(grid: 'grid1' | 'grid2' = 'grid1', buildingId?: string, notOf?: string): Person {
  const index = people[grid].findIndex((p) => (buildingId === undefined || p.buildingId === buildingId) && p.householdId !== notOf);
  if (index < 0) throw new Error(`no resident left in ${grid}`);
  return people[grid].splice(index, 1)[0]!;
}

const TZ = 'Asia/Shanghai';
/** Today, or n days from it, in Shanghai. */
const day = (n = 0) => addDays(todayIn(TZ), n);
/** A time of that day in Shanghai. */
const at = (date: string, time: string) => `${date}T${time}:00+08:00`;

const FORBIDDEN = { status: 'rejected', code: 'FORBIDDEN' };
const invalid = (field: string, key: string) => ({ status: 'rejected', code: 'VALIDATION', fields: { [field]: key } });
const open = (id: string) => ({ status: 'rejected', code: 'ALREADY_EXISTS', fields: { residentId: 'monitoring_already_open' }, message: expect.stringContaining(id) });
const withMessage = (results: MutationResult[]) => answers(results).map((a, n) => ({ ...a, ...(results[n]!.error ? { message: results[n]!.error.message } : {}) }));

/** A monitoring of this person from `startDate` (13 days ago: today is day 14 of 14), two checks a day. */
const monitoringOf = (who: Person, overrides: Record<string, unknown> = {}) => {
  const startDate = typeof overrides.startDate === 'string' ? overrides.startDate : day(-13);
  return aHomeMonitoring({ residentId: who.residentId, householdId: who.householdId, startDate, startedAt: at(startDate, '10:00'), ...overrides });
};
/** A normal check of the monitoring of this person, now unless told. */
const checkOf = (monitoringId: string, who: Person, overrides: Record<string, unknown> = {}) =>
  aMonitoringCheck({ monitoringId, residentId: who.residentId, householdId: who.householdId, checkedAt: new Date().toISOString(), ...overrides });

/** Pushes creates as one writer; their answers and ids (a refused one is not stored). */
async function write(writer: Account, entity: 'home_monitoring' | 'monitoring_check', ...records: Record<string, unknown>[]) {
  const creates = records.map((data) => createOf(entity, data));
  const res = await writer.api.push(creates);
  expect(res.status).toBe(200);
  for (const [n, create] of creates.entries()) {
    if (res.body.results[n]!.status !== 'applied') expect(await findRecord(server.db, create.id)).toBeNull();
  }
  return { results: answers(res.body.results), raw: res.body.results, ids: creates.map((c) => c.id) };
}

/** A monitoring of this person started (and applied) by the writer; its id. */
async function started(writer: Account, who: Person, overrides: Record<string, unknown> = {}): Promise<string> {
  const { results, ids } = await write(writer, 'home_monitoring', monitoringOf(who, overrides));
  expect(results).toEqual([APPLIED]);
  return ids[0]!;
}

/** Patches a monitoring at its stored version; the answer. */
async function change(writer: Account, id: string, data: Record<string, unknown>) {
  const version = (await findRecord(server.db, id))!.version;
  return answers((await writer.api.push([patchOf('home_monitoring', id, version, data)])).body.results)[0];
}

const checked = async (writer: Account, monitoringId: string, who: Person, overrides: Record<string, unknown> = {}) =>
  (await write(writer, 'monitoring_check', checkOf(monitoringId, who, overrides))).results[0];

const extension = (days: number) => ({ days, reason: '复测仍有低热', at: new Date().toISOString() });
const pulled = async (account: Account) => {
  const { changes } = await account.api.pullAll();
  return [...idsOf(changes, 'home_monitoring'), ...idsOf(changes, 'monitoring_check')];
};

describe('who writes and reads home monitoring', () => {
  it('worker1 starts one for a resident of their grid, placed in that grid, and pulls it and its checks', async () => {
    const who = person();
    const id = await started(worker1, who);
    expect(await findRecord(server.db, id)).toMatchObject({ grid_id: server.demo.gridIds[0], data: { residentId: who.residentId, days: 14 } });
    const { results, ids } = await write(worker1, 'monitoring_check', checkOf(id, who));
    expect(results).toEqual([APPLIED]);
    expect(await pulled(worker1)).toEqual(expect.arrayContaining([id, ids[0]]));
  });

  it('worker2 (another grid) does not pull it, may not check it (FORBIDDEN) nor start one in worker1’s grid', async () => {
    const who = person();
    const id = await started(worker1, who);
    const check = await write(worker1, 'monitoring_check', checkOf(id, who));
    expect(check.results).toEqual([APPLIED]);
    const ofWorker2 = await pulled(worker2);
    expect(ofWorker2).not.toContain(id);
    expect(ofWorker2).not.toContain(check.ids[0]);
    expect((await write(worker2, 'monitoring_check', checkOf(id, who))).results).toEqual([FORBIDDEN]);
    expect((await write(worker2, 'home_monitoring', monitoringOf(person()))).results).toEqual([FORBIDDEN]);
  });

  it('a volunteer may write neither (FORBIDDEN) and never pulls them, not even in their assigned building', async () => {
    const who = person('grid1', server.demo.sealedBuildingId);
    const id = await started(worker1, who);
    expect((await write(worker1, 'monitoring_check', checkOf(id, who))).results).toEqual([APPLIED]);
    expect((await write(volunteer1, 'home_monitoring', monitoringOf(person('grid1', server.demo.sealedBuildingId)))).results).toEqual([FORBIDDEN]);
    expect((await write(volunteer1, 'monitoring_check', checkOf(id, who))).results).toEqual([FORBIDDEN]);
    expect(await pulled(volunteer1)).toEqual([]);
  });

  it('the secretary starts one in any grid and checks it; that grid’s worker pulls it, the other worker not', async () => {
    const who = person('grid2');
    const id = await started(secretary1, who);
    expect((await findRecord(server.db, id))!.grid_id).toBe(server.demo.gridIds[1]);
    expect(await checked(secretary1, id, who)).toEqual(APPLIED);
    expect(await pulled(worker2)).toContain(id);
    expect(await pulled(secretary1)).toContain(id);
    expect(await pulled(worker1)).not.toContain(id);
  });
});

describe('one open monitoring per resident', () => {
  it('a second for the same resident is ALREADY_EXISTS naming the open one', async () => {
    const who = person();
    const first = await started(worker1, who);
    const { raw } = await write(secretary1, 'home_monitoring', monitoringOf(who, { reason: 'close_contact', startDate: day() }));
    expect(withMessage(raw)).toEqual([open(first)]);
  });

  it('also when both come in one push: the first is applied, the second names it', async () => {
    const who = person();
    const { raw, ids } = await write(worker1, 'home_monitoring', monitoringOf(who), monitoringOf(who, { reason: 'returnee' }));
    expect(withMessage(raw)).toEqual([APPLIED, open(ids[0]!)]);
  });

  it('started at once from several phones: one applied, the others ALREADY_EXISTS naming it, one open stored', async () => {
    // Several rounds: the pushes interleave differently each time (look-up, insert, commit).
    for (let round = 0; round < 4; round++) {
      const who = person();
      const writers = [worker1, secretary1, worker1, secretary1];
      const creates = writers.map(() => createOf('home_monitoring', monitoringOf(who)));
      const responses = await Promise.all(writers.map((writer, n) => writer.api.push([creates[n]])));
      const results = responses.map((r) => r.body.results[0]!);
      const winner = creates[results.findIndex((r) => r.status === 'applied')]!.id;
      expect(withMessage(results).sort((a, b) => a.status.localeCompare(b.status))).toEqual([APPLIED, open(winner), open(winner), open(winner)]);
      const stored = await server.db.query<{ id: string }>("SELECT id FROM records WHERE entity = 'home_monitoring' AND data->>'residentId' = $1", [who.residentId]);
      expect(stored.rows.map((row) => row.id)).toEqual([winner]);
    }
  });

  it('once the open one has ended, a new one is applied', async () => {
    const who = person();
    const first = await started(worker1, who);
    expect(await change(worker1, first, { endedOn: day(), endKind: 'error', endNote: '登记错了人' })).toEqual(APPLIED);
    const second = await started(worker1, who, { startDate: day() });
    expect((await findRecord(server.db, second))!.data).toMatchObject({ residentId: who.residentId, startDate: day() });
  });
});

describe('starting a monitoring', () => {
  it('a resident who does not live in the household: VALIDATION residentId resident_not_in_household', async () => {
    const who = person();
    const elsewhere = person('grid1', undefined, who.householdId);
    const record = monitoringOf(who, { householdId: elsewhere.householdId });
    expect((await write(worker1, 'home_monitoring', record)).results).toEqual([invalid('residentId', 'resident_not_in_household')]);
  });

  it('linked to a fever report about another resident: VALIDATION feverReportId; about them: applied', async () => {
    const [who, other] = [person(), person()];
    const report = (p: Person) => createOf('fever_report', aFeverReport({ residentId: p.residentId, householdId: p.householdId, reportedAt: new Date().toISOString(), onsetDate: day(-1), action: 'home_isolation' }));
    const [theirs, others] = [report(who), report(other)];
    expect(answers((await worker1.api.push([theirs, others])).body.results)).toEqual([APPLIED, APPLIED]);
    expect((await write(worker1, 'home_monitoring', monitoringOf(who, { feverReportId: others.id }))).results).toEqual([
      invalid('feverReportId', 'fever_report_of_other_resident'),
    ]);
    expect((await write(worker1, 'home_monitoring', monitoringOf(who, { feverReportId: theirs.id }))).results).toEqual([APPLIED]);
  });

  it('already ended: VALIDATION endedOn not_on_create', async () => {
    const record = monitoringOf(person(), { endedOn: day(), endKind: 'moved_out', endNote: '已搬走' });
    expect((await write(worker1, 'home_monitoring', record)).results).toEqual([invalid('endedOn', 'not_on_create')]);
  });
});

describe('a check', () => {
  it('a temperature out of range: VALIDATION temperature temperature_range', async () => {
    const who = person();
    const id = await started(worker1, who);
    expect(await checked(worker1, id, who, { temperature: 45 })).toEqual(invalid('temperature', 'temperature_range'));
    expect(await checked(worker1, id, who, { temperature: 33.9 })).toEqual(invalid('temperature', 'temperature_range'));
    expect(await checked(worker1, id, who, { temperature: 38.5, symptoms: ['fever'] })).toEqual(APPLIED);
  });

  it('before the start date: VALIDATION checkedAt check_outside_period; just after midnight of it: applied', async () => {
    const who = person();
    const id = await started(worker1, who, { startDate: day(-2) });
    expect(await checked(worker1, id, who, { checkedAt: at(day(-3), '23:50') })).toEqual(invalid('checkedAt', 'check_outside_period'));
    expect(await checked(worker1, id, who, { checkedAt: at(day(-2), '00:05') })).toEqual(APPLIED);
  });

  it('on the last day at 23:30 (Shanghai) applied; at 00:10 the next day: check_outside_period', async () => {
    const who = person();
    // Day 1 was 14 days ago: the 14th and last day was yesterday.
    const id = await started(worker1, who, { startDate: day(-14) });
    expect(await checked(worker1, id, who, { checkedAt: at(day(-1), '23:30') })).toEqual(APPLIED);
    expect(await checked(worker1, id, who, { checkedAt: at(day(), '00:10') })).toEqual(invalid('checkedAt', 'check_outside_period'));
    // The same instant written in UTC is judged by Shanghai's day alike.
    expect(await checked(worker1, id, who, { checkedAt: new Date(at(day(), '00:10')).toISOString() })).toEqual(invalid('checkedAt', 'check_outside_period'));
  });

  it('after an extension by 3 days, a check on day 16 is applied (refused before it)', async () => {
    const who = person();
    const id = await started(worker1, who, { startDate: day(-15) });
    expect(await checked(worker1, id, who)).toEqual(invalid('checkedAt', 'check_outside_period'));
    expect(await change(worker1, id, { extensions: [extension(3)] })).toEqual(APPLIED);
    expect(await checked(worker1, id, who)).toEqual(APPLIED);
  });

  it('after an early end (to hospital), a check of a later day is refused; of the day it ended, applied', async () => {
    const who = person();
    const id = await started(worker1, who, { startDate: day(-5) });
    expect(await change(worker1, id, { endedOn: day(-1), endKind: 'hospital', endNote: '发热，转定点医院' })).toEqual(APPLIED);
    expect(await checked(worker1, id, who)).toEqual(invalid('checkedAt', 'check_outside_period'));
    expect(await checked(worker1, id, who, { checkedAt: at(day(-1), '09:00') })).toEqual(APPLIED);
  });

  it('naming another resident than its monitoring’s: VALIDATION residentId', async () => {
    const [who, other] = [person(), person()];
    const id = await started(worker1, who);
    expect(await checked(worker1, id, who, { residentId: other.residentId })).toEqual(invalid('residentId', 'not_the_monitored_resident'));
  });

  it('a fever report made from it is linked for its resident; naming another resident: VALIDATION monitoringCheckId', async () => {
    const [who, other] = [person(), person()];
    const id = await started(worker1, who);
    const { results, ids } = await write(worker1, 'monitoring_check', checkOf(id, who, { temperature: 38.4, symptoms: ['fever'] }));
    expect(results).toEqual([APPLIED]);
    const report = (p: Person) =>
      createOf('fever_report', aFeverReport({ residentId: p.residentId, householdId: p.householdId, temperature: 38.4, reportedAt: new Date().toISOString(), onsetDate: day(), monitoringCheckId: ids[0] }));
    const [others, theirs] = [report(other), report(who)];
    const res = await worker1.api.push([others, theirs]);
    expect(answers(res.body.results)).toEqual([invalid('monitoringCheckId', 'check_of_other_resident'), APPLIED]);
    expect(await findRecord(server.db, others.id)).toBeNull();
    expect((await findRecord(server.db, theirs.id))?.data).toMatchObject({ residentId: who.residentId, monitoringCheckId: ids[0] });
  });
});

describe('changing a monitoring', () => {
  it('once ended, any change: VALIDATION endedOn monitoring_ended', async () => {
    const id = await started(worker1, person());
    expect(await change(worker1, id, { endedOn: day(), endKind: 'released' })).toEqual(APPLIED);
    expect(await change(worker1, id, { endNote: '补记：已解除' })).toEqual(invalid('endedOn', 'monitoring_ended'));
    expect(await change(worker1, id, { extensions: [extension(2)] })).toEqual(invalid('endedOn', 'monitoring_ended'));
    expect(await change(secretary1, id, { endKind: 'error', endNote: '改为登记错误' })).toEqual(invalid('endedOn', 'monitoring_ended'));
  });

  it('an extension removed or rewritten: VALIDATION extensions extensions_append_only; another appended: applied', async () => {
    const id = await started(worker1, person(), { startDate: day(-3) });
    const first = extension(3);
    expect(await change(worker1, id, { extensions: [first] })).toEqual(APPLIED);
    expect(await change(worker1, id, { extensions: [] })).toEqual(invalid('extensions', 'extensions_append_only'));
    expect(await change(worker1, id, { extensions: [{ ...first, days: 1 }] })).toEqual(invalid('extensions', 'extensions_append_only'));
    expect(await change(worker1, id, { extensions: [first, extension(2)] })).toEqual(APPLIED);
  });

  it('a release before the last day: VALIDATION endKind release_before_last_day; on the last day: applied', async () => {
    const early = await started(worker1, person(), { startDate: day(-3) });
    expect(await change(worker1, early, { endedOn: day(), endKind: 'released' })).toEqual(invalid('endKind', 'release_before_last_day'));
    expect((await findRecord(server.db, early))!.data.endedOn).toBeUndefined();
    const due = await started(worker1, person(), { startDate: day(-13) });
    expect(await change(worker1, due, { endedOn: day(), endKind: 'released' })).toEqual(APPLIED);
  });

  it('its resident, start date or length: VALIDATION immutable_field', async () => {
    const id = await started(worker1, person());
    expect(await change(worker1, id, { residentId: person().residentId })).toEqual(invalid('residentId', 'immutable_field'));
    expect(await change(worker1, id, { startDate: day(-1) })).toEqual(invalid('startDate', 'immutable_field'));
    expect(await change(worker1, id, { days: 21 })).toEqual(invalid('days', 'immutable_field'));
    expect((await findRecord(server.db, id))!.version).toBe(1);
  });
});

describe('exactly once', () => {
  it('the same push sent twice: duplicate, one monitoring and one check stored', async () => {
    const who = person();
    const monitoring = createOf('home_monitoring', monitoringOf(who));
    const check = createOf('monitoring_check', checkOf(monitoring.id, who));
    expect(answers((await worker1.api.push([monitoring, check])).body.results)).toEqual([APPLIED, APPLIED]);
    const again = await worker1.api.push([monitoring, check]);
    expect(again.body.results).toEqual([
      { mutationId: monitoring.mutationId, status: 'duplicate', version: 1 },
      { mutationId: check.mutationId, status: 'duplicate', version: 1 },
    ]);
    const stored = await server.db.query<{ n: number }>("SELECT count(*)::int AS n FROM records WHERE entity = 'monitoring_check' AND data->>'monitoringId' = $1", [monitoring.id]);
    expect(stored.rows[0]!.n).toBe(1);
    expect((await findRecord(server.db, monitoring.id))!.version).toBe(1);
  });
});
