/**
 * The Trends screen's reads: visits and fever reports of a range of local days, every checkpoint's
 * entries of one day, each through an index of the real database (a missing index would make Dexie
 * throw), and the in-memory client of the component tests answering them alike.
 */
import Dexie from 'dexie';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalRecord } from '../../../../src/data';
import { GridwalkDb } from '../../../../src/data/db/schema';
import type { RecordQuery } from '../../../../src/data/queries/record-query';
import { checkpointEntriesBetween, feverReportsBetween, visitsBetween } from '../../../../src/data/queries/desk-queries';
import { runQuery } from '../../../../src/data/queries/run-query';
import type { EntityName } from '../../../../src/domain/entities/entity-names';
import { localDay } from '../../../../src/shared/local-date';
import { aCheckpointEntry, aFeverReport, aVisit } from '../../../fixtures/domain-records';
import { localRecord, runFakeQuery, type FakeRecords } from '../../../fixtures/fake-data-client';

const idOf = (n: number) => `0190a000-0d00-7000-8000-${String(n).padStart(12, '0')}`;
/** A local time on a day of November 2026. */
const at = (day: number, hour: number, minute = 0) => new Date(2026, 10, day, hour, minute).toISOString();

const records: FakeRecords = {
  visit: [
    localRecord('visit', idOf(1), aVisit({ visitedAt: at(16, 23, 59), checks: [] })),
    localRecord('visit', idOf(2), aVisit({ visitedAt: at(17, 0, 0), checks: [] })),
    localRecord('visit', idOf(3), aVisit({ visitedAt: at(25, 12), checks: [] })),
    localRecord('visit', idOf(4), aVisit({ visitedAt: at(30, 23, 59), checks: [], voidedAt: at(30, 23, 59) })),
    localRecord('visit', idOf(5), aVisit({ visitedAt: new Date(2026, 11, 1, 0, 0).toISOString(), checks: [] })),
  ],
  fever_report: [
    localRecord('fever_report', idOf(11), aFeverReport({ reportedAt: at(10, 9) })),
    localRecord('fever_report', idOf(12), aFeverReport({ reportedAt: at(17, 9) })),
    localRecord('fever_report', idOf(13), aFeverReport({ reportedAt: at(30, 9) })),
  ],
  checkpoint_entry: [
    localRecord('checkpoint_entry', idOf(21), aCheckpointEntry({ at: at(30, 8), checkpointId: idOf(91) })),
    localRecord('checkpoint_entry', idOf(22), aCheckpointEntry({ at: at(30, 9), checkpointId: idOf(92) })),
    localRecord('checkpoint_entry', idOf(23), aCheckpointEntry({ at: at(29, 23, 59), checkpointId: idOf(91) })),
    localRecord('checkpoint_entry', idOf(24), aCheckpointEntry({ at: at(30, 10), checkpointId: idOf(92), voidedAt: at(30, 11) })),
  ],
};

let db: GridwalkDb;
beforeAll(async () => {
  db = new GridwalkDb(`trend-queries-${crypto.randomUUID()}`);
  await db.open();
  for (const [entity, rows] of Object.entries(records)) await db.table(entity).bulkPut(rows);
});
afterAll(async () => {
  db.close();
  await Dexie.delete(db.name);
});

async function idsOf<E extends EntityName>(query: RecordQuery<E>): Promise<string[]> {
  const real = (await runQuery(db, query)).map((record: LocalRecord<E>) => record.id).sort();
  const fake = runFakeQuery(records, query).map((record) => record.id).sort();
  expect(fake).toEqual(real);
  return real;
}

describe('the Trends screen’s queries', () => {
  it('read the visits of 14 local days, both ends included, and none outside (voided ones included)', async () => {
    expect(await idsOf(visitsBetween(localDay('2026-11-17'), localDay('2026-11-30')))).toEqual([idOf(2), idOf(3), idOf(4)]);
  });

  it('read the fever reports of a range of local days', async () => {
    expect(await idsOf(feverReportsBetween(localDay('2026-11-17'), localDay('2026-11-30')))).toEqual([idOf(12), idOf(13)]);
    expect(await idsOf(feverReportsBetween(localDay('2026-11-10'), localDay('2026-11-10')))).toEqual([idOf(11)]);
  });

  it('read every checkpoint’s entries of a range of local days (one day: the range of that day)', async () => {
    expect(await idsOf(checkpointEntriesBetween(localDay('2026-11-30'), localDay('2026-11-30')))).toEqual([idOf(21), idOf(22), idOf(24)]);
  });

  it('name each range in their key, so a live read is redone when the days change', () => {
    expect(visitsBetween(localDay('2026-11-17'), localDay('2026-11-30')).key).not.toBe(visitsBetween(localDay('2026-11-18'), localDay('2026-12-01')).key);
  });
});
