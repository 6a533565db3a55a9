/**
 * The Daily reports screen's queries read through an index of the real database (a missing index would
 * make Dexie throw), and the in-memory client of the component tests answers them alike.
 */
import Dexie from 'dexie';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalRecord } from '../../../../src/data';
import { GridwalkDb } from '../../../../src/data/db/schema';
import type { RecordQuery } from '../../../../src/data/queries/record-query';
import { communityReportsOn, communitySettingsOf, dailyReportsBetween, gridsOfCommunity } from '../../../../src/data/queries/desk-queries';
import { runQuery } from '../../../../src/data/queries/run-query';
import type { EntityName } from '../../../../src/domain/entities/entity-names';
import { localRecord, runFakeQuery, type FakeRecords } from '../../../fixtures/fake-data-client';

const idOf = (n: number) => `0190a000-0e00-7000-8000-${String(n).padStart(12, '0')}`;
const C1 = idOf(901);
const C2 = idOf(902);
const counts = { doorsKnocked: 0, visited: 0, notHome: 0, refused: 0, residentsChecked: 0, feversFound: 0, feversReported: 0 };
const report = (n: number, date: string) => localRecord('daily_report', idOf(n), { gridId: idOf(1), date, counts, confirmedAt: `${date}T10:00:00+08:00` });
const communityReport = (n: number, communityId: string, date: string, confirmedAt: string) =>
  localRecord('community_report', idOf(n), { communityId, date, counts, gridsReported: [], gridsMissing: [], confirmedAt });

const records: FakeRecords = {
  grid: [localRecord('grid', idOf(1), { communityId: C1, name: '一网格' }), localRecord('grid', idOf(2), { communityId: C2, name: '二网格' })],
  daily_report: [report(11, '2026-11-11'), report(12, '2026-11-12'), report(13, '2026-11-20'), report(14, '2026-11-25'), report(15, '2026-11-26')],
  community_settings: [localRecord('community_settings', idOf(21), { communityId: C1, reportDeadline: '17:00' })],
  community_report: [
    communityReport(31, C1, '2026-11-25', '2026-11-25T18:10:00+08:00'),
    communityReport(32, C1, '2026-11-25', '2026-11-25T20:00:00+08:00'),
    communityReport(33, C2, '2026-11-25', '2026-11-25T19:00:00+08:00'),
    communityReport(34, C1, '2026-11-24', '2026-11-24T18:00:00+08:00'),
  ],
};

let db: GridwalkDb;
beforeAll(async () => {
  db = new GridwalkDb(`report-queries-${crypto.randomUUID()}`);
  await db.open();
  for (const [entity, rows] of Object.entries(records)) await db.table(entity).bulkPut(rows);
});
afterAll(async () => {
  db.close();
  await Dexie.delete(db.name);
});

async function idsOf<E extends EntityName>(query: RecordQuery<E>): Promise<string[]> {
  const real = (await runQuery(db, query)).map((record: LocalRecord<E>) => record.id);
  const fake = runFakeQuery(records, query).map((record) => record.id);
  expect(fake).toEqual(real);
  return real;
}

describe('daily reports queries', () => {
  it('read a community’s grids and settings', async () => {
    expect(await idsOf(gridsOfCommunity(C1))).toEqual([idOf(1)]);
    expect(await idsOf(communitySettingsOf(C1))).toEqual([idOf(21)]);
    expect(await idsOf(communitySettingsOf(C2))).toEqual([]);
  });

  it('read every daily report of a date range, both ends included', async () => {
    expect((await idsOf(dailyReportsBetween('2026-11-12', '2026-11-25'))).sort()).toEqual([idOf(12), idOf(13), idOf(14)]);
  });

  it('read a community’s own reports of one date, the latest confirmed first', async () => {
    expect(await idsOf(communityReportsOn(C1, '2026-11-25'))).toEqual([idOf(32), idOf(31)]);
  });
});
