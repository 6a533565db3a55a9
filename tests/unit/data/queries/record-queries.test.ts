/**
 * The named queries read what their name says, through an index of the real database (a missing
 * index would make Dexie throw), and the in-memory client of the component tests answers them alike.
 */
import Dexie from 'dexie';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalRecord } from '../../../../src/data';
import { GridwalkDb } from '../../../../src/data/db/schema';
import type { RecordQuery } from '../../../../src/data/queries/record-query';
import {
  checkpointEntriesOnDay,
  dailyReportsOf,
  everyRecord,
  feverReportsOfHousehold,
  feverReportsOnDay,
  householdsAtAddress,
  householdsInWalkingOrder,
  householdsOfBuilding,
  recordsByIds,
  residentsOfHousehold,
  residentsWithTag,
  shiftNotesOf,
  visitsOfHousehold,
  visitsOnDay,
} from '../../../../src/data/queries/record-queries';
import { checksOfMonitorings, checksOfMonitoringsSince } from '../../../../src/data/queries/monitoring-queries';
import { runQuery } from '../../../../src/data/queries/run-query';
import type { EntityName } from '../../../../src/domain/entities/entity-names';
import { localDay } from '../../../../src/shared/local-date';
import { aCheckpointEntry, aFeverReport, aHousehold, aResident, aShiftNote, aVisit, sampleIds } from '../../../fixtures/domain-records';
import { localRecord, runFakeQuery, type FakeRecords } from '../../../fixtures/fake-data-client';

const B1 = '0190a000-0b00-7000-8000-000000000001';
const B2 = '0190a000-0b00-7000-8000-000000000002';
const idOf = (n: number) => `0190a000-0c00-7000-8000-${String(n).padStart(12, '0')}`;
/** A local time on 25 November 2026 (or another day). */
const at = (hour: number, day = 25) => new Date(2026, 10, day, hour).toISOString();

const households = [
  localRecord('household', idOf(1), aHousehold({ buildingId: B1, unit: '2', room: '101' })),
  localRecord('household', idOf(2), aHousehold({ buildingId: B1, unit: '1', room: '1201' })),
  localRecord('household', idOf(3), aHousehold({ buildingId: B1, unit: '1', room: '301' })),
  localRecord('household', idOf(4), aHousehold({ buildingId: B2, unit: '1', room: '301' })),
  localRecord('household', idOf(5), aHousehold({ buildingId: B1, unit: '1', room: '门面' })),
];
const residents = [
  localRecord('resident', idOf(11), aResident({ householdId: idOf(1), name: '甲', tags: ['elderly_alone', 'renter'] })),
  localRecord('resident', idOf(12), aResident({ householdId: idOf(1), name: '乙', tags: [] })),
  localRecord('resident', idOf(13), aResident({ householdId: idOf(2), name: '丙', tags: ['elderly_alone'] })),
];
const visits = [
  localRecord('visit', idOf(21), aVisit({ householdId: idOf(1), visitedAt: at(9), checks: [] })),
  localRecord('visit', idOf(22), aVisit({ householdId: idOf(1), visitedAt: at(15), checks: [] })),
  localRecord('visit', idOf(23), aVisit({ householdId: idOf(1), visitedAt: at(23, 24), checks: [] })),
  localRecord('visit', idOf(24), aVisit({ householdId: idOf(2), visitedAt: at(0, 26), checks: [] })),
];
const reports = [
  localRecord('fever_report', idOf(31), aFeverReport({ householdId: idOf(1), reportedAt: at(8) })),
  localRecord('fever_report', idOf(32), aFeverReport({ householdId: idOf(1), reportedAt: at(16, 24) })),
  localRecord('fever_report', idOf(33), aFeverReport({ householdId: undefined, residentId: undefined, reportedAt: at(10) })),
];
const entries = [
  localRecord('checkpoint_entry', idOf(41), aCheckpointEntry({ at: at(7) })),
  localRecord('checkpoint_entry', idOf(42), aCheckpointEntry({ at: at(19) })),
  localRecord('checkpoint_entry', idOf(43), aCheckpointEntry({ at: at(12, 24) })),
  localRecord('checkpoint_entry', idOf(44), aCheckpointEntry({ at: at(12), checkpointId: idOf(99) })),
];
const counts = { doorsKnocked: 1, visited: 1, notHome: 0, refused: 0, residentsChecked: 1, feversFound: 0, feversReported: 0 };
const dailyReports = [
  localRecord('daily_report', idOf(51), { gridId: sampleIds.grid, date: '2026-11-25', counts, confirmedAt: at(18) }),
  localRecord('daily_report', idOf(52), { gridId: sampleIds.grid, date: '2026-11-24', counts, confirmedAt: at(18, 24) }),
];
const notes = [
  localRecord('shift_note', idOf(61), { ...aShiftNote(), createdAt: at(8) }),
  localRecord('shift_note', idOf(62), { ...aShiftNote(), createdAt: at(16) }),
  localRecord('shift_note', idOf(63), { ...aShiftNote({ checkpointId: idOf(99) }), createdAt: at(12) }),
];

/** Checks of three monitorings (idOf(71), idOf(72), idOf(73)). */
const check = (id: number, monitoring: number, hour: number) =>
  localRecord('monitoring_check', idOf(id), { monitoringId: idOf(monitoring), residentId: idOf(11), householdId: idOf(1), checkedAt: at(hour), temperature: 36.6, symptoms: [] });
/** A check at an exact instant written with its own offset, as phones in other zones store them. */
const checkAt = (id: number, monitoring: number, checkedAt: string) => ({ ...check(id, monitoring, 0), checkedAt });
const checks = [
  check(81, 72, 15),
  check(82, 71, 9),
  check(83, 73, 10),
  check(84, 72, 8),
  // Two days later, around 27 November 12:00 UTC:
  checkAt(85, 71, '2026-11-27T20:30:00+08:00'),
  checkAt(86, 72, '2026-11-27T08:00:00-10:00'),
  checkAt(87, 71, '2026-11-27T19:30:00+08:00'),
  checkAt(88, 73, '2026-11-28T01:00:00Z'),
];

const records: FakeRecords = {
  household: households,
  resident: residents,
  visit: visits,
  fever_report: reports,
  checkpoint_entry: entries,
  daily_report: dailyReports,
  shift_note: notes,
  monitoring_check: checks,
};

let db: GridwalkDb;
beforeAll(async () => {
  db = new GridwalkDb(`queries-${crypto.randomUUID()}`);
  await db.open();
  for (const [entity, rows] of Object.entries(records)) await db.table(entity).bulkPut(rows);
});
afterAll(async () => {
  db.close();
  await Dexie.delete(db.name);
});

const day = localDay('2026-11-25');

/** The ids a query answers, from the real database, checked against the in-memory client's answer. */
async function idsOf<E extends EntityName>(query: RecordQuery<E>): Promise<string[]> {
  const real = (await runQuery(db, query)).map((record: LocalRecord<E>) => record.id);
  const fake = runFakeQuery(records, query).map((record) => record.id);
  expect(fake).toEqual(real);
  return real;
}

describe('named queries', () => {
  it("read a building's households, in walking order when asked (unit, floor, room, rooms without a floor last)", async () => {
    expect((await idsOf(householdsOfBuilding(B1))).sort()).toEqual([idOf(1), idOf(2), idOf(3), idOf(5)]);
    expect(await idsOf(householdsInWalkingOrder(B1))).toEqual([idOf(3), idOf(2), idOf(5), idOf(1)]);
    expect(await idsOf(householdsAtAddress(B1, '1', '301'))).toEqual([idOf(3)]);
    expect(await idsOf(householdsAtAddress(B1, '1', '302'))).toEqual([]);
  });

  it("read a household's residents, visits and fever reports (newest first)", async () => {
    expect((await idsOf(residentsOfHousehold(idOf(1)))).sort()).toEqual([idOf(11), idOf(12)]);
    expect(await idsOf(visitsOfHousehold(idOf(1)))).toEqual([idOf(22), idOf(21), idOf(23)]);
    expect(await idsOf(feverReportsOfHousehold(idOf(1)))).toEqual([idOf(31), idOf(32)]);
  });

  it('read the residents of one key group through the tags of each resident', async () => {
    expect((await idsOf(residentsWithTag('elderly_alone'))).sort()).toEqual([idOf(11), idOf(13)]);
    expect(await idsOf(residentsWithTag('renter'))).toEqual([idOf(11)]);
    expect(await idsOf(residentsWithTag('returnee'))).toEqual([]);
  });

  it("read one local day's visits, fever reports and checkpoint entries, and no other day's", async () => {
    expect((await idsOf(visitsOnDay(day))).sort()).toEqual([idOf(21), idOf(22)]);
    expect((await idsOf(feverReportsOnDay(day))).sort()).toEqual([idOf(31), idOf(33)]);
    expect(await idsOf(checkpointEntriesOnDay(sampleIds.checkpoint, day))).toEqual([idOf(42), idOf(41)]);
  });

  it("read a grid's daily reports of one date and a checkpoint's handover notes (newest first)", async () => {
    expect(await idsOf(dailyReportsOf(sampleIds.grid, '2026-11-24'))).toEqual([idOf(52)]);
    expect(await idsOf(shiftNotesOf(sampleIds.checkpoint))).toEqual([idOf(62), idOf(61)]);
  });

  it('read every record of a kind, or some by id (ids not on the phone left out)', async () => {
    expect((await idsOf(everyRecord('visit'))).length).toBe(visits.length);
    expect(await idsOf(recordsByIds('household', [idOf(4), idOf(1), idOf(4), idOf(77)]))).toEqual([idOf(1), idOf(4)]);
  });

  it('read the checks of several monitorings at once (each once, oldest first), and no other monitoring\'s', async () => {
    expect(await idsOf(checksOfMonitorings([idOf(72), idOf(71), idOf(72), idOf(77)]))).toEqual([idOf(84), idOf(82), idOf(81), idOf(87), idOf(85), idOf(86)]);
  });

  it("read only the checks made since a time (Home's due follow-ups), whatever offset their time was written with", async () => {
    const since = Date.parse('2026-11-27T12:00:00Z');
    // 85 is 12:30 UTC written at +08:00, 86 is 18:00 UTC written at −10:00 (its text reads earlier than `since`);
    // 87 is 11:30 UTC, before; 88 is another monitoring's; the checks of the 25th are long before.
    expect(await idsOf(checksOfMonitoringsSince([idOf(71), idOf(72)], since))).toEqual([idOf(85), idOf(86)]);
    expect(checksOfMonitoringsSince([idOf(71)], since).key).not.toBe(checksOfMonitoringsSince([idOf(72)], since).key);
  });

  it('give a query a key that changes with what it asks, so a live read follows it', () => {
    expect(householdsOfBuilding(B1).key).not.toBe(householdsOfBuilding(B2).key);
    expect(householdsOfBuilding(B1).key).not.toBe(householdsInWalkingOrder(B1).key);
    expect(visitsOnDay(day).key).not.toBe(visitsOnDay(localDay('2026-11-24')).key);
    expect(visitsOnDay(day).key).toBe(visitsOnDay(localDay('2026-11-25')).key);
  });
});
