/**
 * Every schema version must open a database written by any earlier version without losing data.
 * Each published version has a case below: it writes data the way that version stored it, then the
 * latest schema opens the database and the case checks everything is still there.
 * When you add a version, add its case (the last test fails until you do).
 */
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import type { OutboxEntry } from '../../../../src/data';
import { declareVersions, GridwalkDb, LATEST_SCHEMA_VERSION, SCHEMA_VERSIONS } from '../../../../src/data/db/schema';
import { monitoringCheckRow, monitoringRow, samplingRow } from './upgrade-rows';
import { aBuilding, aCheckpointEntry, aDelivery, aFeverReport, aHelpRequest, aHousehold, aResident, aReview, aShiftNote, aTask, aVisit, sampleIds } from '../../../fixtures/domain-records';

interface UpgradeCase {
  version: number;
  fill(db: Dexie): Promise<void>;
  verify(db: GridwalkDb): Promise<void>;
}

const householdRow = { ...aHousehold(), id: sampleIds.household, version: 4, _sync: 'synced' };
const residentRow = {
  ...aResident({ phone: '13900000000' }),
  id: sampleIds.resident,
  version: 7,
  _sync: 'pending',
  _server: { ...aResident(), id: sampleIds.resident, version: 7 },
};
const movedOutRow = { ...aResident({ name: '李四', movedOutOn: '2026-10-01' }), id: '0190a000-0000-7000-8000-0000000000ab', version: 2, _sync: 'synced' };
const streetRow = { districtId: '0190a000-0000-7000-8000-0000000000c1', name: '东湖街道', id: '0190a000-0000-7000-8000-0000000000c2', version: 1, _sync: 'synced' };
const visitId = '0190a000-0000-7000-8000-0000000000aa';
const pendingPatch: OutboxEntry = {
  mutationId: '0190a000-0000-7000-8000-0000000000b1',
  entity: 'resident',
  op: 'patch',
  recordId: sampleIds.resident,
  baseVersion: 7,
  data: { phone: '13900000000' },
  recordedAt: '2026-11-25T01:00:00.000Z',
  state: 'pending',
  attempts: 2,
};
const rejectedCreate: OutboxEntry = {
  mutationId: '0190a000-0000-7000-8000-0000000000b2',
  entity: 'visit',
  op: 'create',
  recordId: visitId,
  data: aVisit(),
  recordedAt: '2026-11-25T01:05:00.000Z',
  state: 'rejected',
  attempts: 1,
  error: { code: 'FORBIDDEN', message: 'outside scope' },
};

const dailyReportRow = {
  gridId: sampleIds.grid,
  date: '2026-11-24',
  counts: { doorsKnocked: 3, visited: 2, notHome: 1, refused: 0, residentsChecked: 4, feversFound: 0, feversReported: 0 },
  confirmedAt: '2026-11-24T12:00:00.000Z',
  id: '0190a000-0000-7000-8000-0000000000c1',
  version: 0,
  _sync: 'pending' as const,
  _server: null,
};

const otherCheckpoint = '0190a000-0000-7000-8000-0000000000d0';
const entryRow = (n: number, at: string, checkpointId: string = sampleIds.checkpoint) => ({
  ...aCheckpointEntry({ checkpointId, at }),
  id: `0190a000-0000-7000-8000-0000000000e${n}`,
  version: 1,
  _sync: 'synced' as const,
});
/** Two entries at the checkpoint on the 25th (local time +08:00), one the day before, one at another checkpoint. */
const entryRows = [
  entryRow(1, '2026-11-24T23:50:00+08:00'),
  entryRow(2, '2026-11-25T07:45:00+08:00'),
  entryRow(3, '2026-11-25T18:10:00+08:00'),
  entryRow(4, '2026-11-25T08:00:00+08:00', otherCheckpoint),
];

/** The entries of one checkpoint between two times, read through the [checkpointId+at] index. */
async function entriesBetween(db: GridwalkDb, checkpointId: string, lower: string, upper: string): Promise<string[]> {
  const rows = await db.records('checkpoint_entry').where('[checkpointId+at]').between([checkpointId, lower], [checkpointId, upper]).toArray();
  return rows.map((row) => row.id);
}

const shiftNoteRow = { ...aShiftNote(), id: '0190a000-0000-7000-8000-0000000000f1', version: 0, _sync: 'pending' as const, _server: null };

const unreadableRow = { entity: 'visit', id: visitId, version: 9, fields: { outcome: 'outcome_invalid' }, receivedAt: '2026-11-26T01:00:00.000Z' };

const id = (prefix: string, n: number) => `0190a000-${prefix}-7000-8000-${String(n).padStart(12, '0')}`;
const TAGS = ['elderly_alone', 'returnee', 'close_contact', 'home_monitoring'] as const;

const counts = { doorsKnocked: 3, visited: 2, notHome: 1, refused: 0, residentsChecked: 4, feversFound: 0, feversReported: 0 };
const dailyReportRows = ['2026-11-25', '2026-11-27'].map((date, n) => ({
  id: `0190a000-0000-7000-8000-0000000000d${n}`,
  gridId: sampleIds.grid,
  date,
  counts,
  confirmedAt: `${date}T17:00:00+08:00`,
  version: 1,
  _sync: 'synced' as const,
}));
const helpRequestRow = { ...aHelpRequest(), id: '0190a000-0000-7000-8000-000000000008', version: 0, _sync: 'pending' as const, _server: null };
const reviewRow = { ...aReview(), id: '0190a000-0000-7000-8000-0000000000f2', version: 0, _sync: 'pending' as const, _server: null };
const taskRow = { ...aTask(), id: '0190a000-0000-7000-8000-0000000000f3', version: 0, _sync: 'pending' as const, _server: null };
const deliveryRow = { ...aDelivery({ helpRequestId: helpRequestRow.id }), id: '0190a000-0000-7000-8000-0000000000f1', version: 0, _sync: 'pending' as const, _server: null };

const sealPeriodRow = {
  id: '0190a000-0000-7000-8000-0000000000e1',
  buildingId: sampleIds.building,
  startDate: '2026-11-20',
  reason: '密接',
  version: 0,
  _sync: 'pending' as const,
  _server: null,
};
const deviceSyncRow = {
  id: '0190a000-0000-7000-8000-0000000000e2',
  userId: '0190a000-0000-7000-8000-0000000000e3',
  userName: '王芳',
  role: 'grid_worker' as const,
  gridIds: [sampleIds.grid],
  deviceId: 'phone-1',
  lastPullAt: '2026-11-30T01:00:00.000Z',
  version: 1,
  _sync: 'synced' as const,
};

/** Rows of every entity table of version 3, as a round of a few weeks leaves them (synced). */
function fullDatabase() {
  const synced = { version: 2, _sync: 'synced' as const };
  const building = Array.from({ length: 3 }, (_, b) => ({ ...aBuilding({ name: `${b + 1}号楼` }), id: id('0b00', b), ...synced }));
  const household = Array.from({ length: 60 }, (_, h) => ({
    ...aHousehold({ buildingId: building[h % 3]!.id, unit: String((h % 2) + 1), room: String(101 + h) }),
    id: id('0c00', h),
    ...synced,
  }));
  const resident = Array.from({ length: 150 }, (_, r) => ({
    ...aResident({ householdId: household[r % 60]!.id, name: `居民${r}`, tags: r % 5 === 0 ? [] : [TAGS[r % 4]!] }),
    id: id('0d00', r),
    ...synced,
  }));
  const visit = Array.from({ length: 120 }, (_, v) => ({
    ...aVisit({ householdId: household[v % 60]!.id, visitedAt: `2026-11-${String(10 + (v % 15)).padStart(2, '0')}T09:00:00+08:00` }),
    id: id('0e00', v),
    ...synced,
  }));
  const fever_report = Array.from({ length: 30 }, (_, f) => ({
    ...aFeverReport(f % 6 === 5 ? { householdId: undefined, residentId: undefined, name: '路人' } : { householdId: household[f % 4]!.id }),
    id: id('0f00', f),
    ...synced,
  }));
  const community = [{ id: sampleIds.community, name: '幸福里社区', ...synced }];
  const grid = [{ id: sampleIds.grid, communityId: sampleIds.community, name: '第一网格', ...synced }];
  const checkpoint = [{ id: sampleIds.checkpoint, communityId: sampleIds.community, name: '东门', ...synced }];
  return { community, grid, checkpoint, building, household, resident, visit, fever_report, daily_report: [dailyReportRow] };
}

let filledV3: Record<string, unknown[]> = {};

/** Every row of the given tables (all of the database's by default), in primary-key order. */
async function snapshot(db: Dexie, tables: string[] = db.tables.map((table) => table.name)): Promise<Record<string, unknown[]>> {
  const rows: Record<string, unknown[]> = {};
  for (const name of tables) rows[name] = await db.table(name).toArray();
  return rows;
}

const cases: UpgradeCase[] = [
  {
    version: 1,
    async fill(db) {
      await db.table('household').put(householdRow);
      await db.table('resident').put(residentRow);
      await db.table('visit').put({ ...aVisit(), id: visitId, version: 0, _sync: 'rejected', _server: null });
      await db.table('outbox').bulkAdd([pendingPatch, rejectedCreate]);
      await db.table('meta').bulkPut([
        { key: 'deviceId', value: 'device-1' },
        { key: 'pullCursor', value: '1234' },
        { key: 'lastSyncAt', value: '2026-11-25T00:59:00.000Z' },
      ]);
    },
    async verify(db) {
      expect(await db.records('household').get(sampleIds.household)).toEqual(householdRow);
      expect(await db.records('resident').where('householdId').equals(sampleIds.household).toArray()).toEqual([residentRow]);
      expect(await db.records('household').where('[buildingId+unit+room]').equals([sampleIds.building, '2', '501']).count()).toBe(1);
      const outbox = await db.outbox.orderBy('seq').toArray();
      expect(outbox.map(({ seq: _seq, ...entry }) => entry)).toEqual([pendingPatch, rejectedCreate]);
      expect(await db.outbox.where('state').equals('rejected').count()).toBe(1);
      expect((await db.meta.get('deviceId'))?.value).toBe('device-1');
      expect((await db.meta.get('pullCursor'))?.value).toBe('1234');
      // New mutations still get later sequence numbers than the old ones.
      const seq = await db.outbox.add({ ...pendingPatch, mutationId: 'new-one' });
      expect(seq).toBeGreaterThan(outbox[1]!.seq!);
      // Tables added by later versions exist and take records.
      await db.records('daily_report').put(dailyReportRow);
      expect(await db.records('daily_report').where('[gridId+date]').equals([sampleIds.grid, '2026-11-24']).count()).toBe(1);
    },
  },
  {
    version: 2,
    async fill(db) {
      await db.table('resident').put(residentRow);
      await db.table('daily_report').put(dailyReportRow);
      await db.table('outbox').add(pendingPatch);
      await db.table('checkpoint_entry').bulkPut(entryRows);
    },
    async verify(db) {
      expect(await db.records('resident').get(sampleIds.resident)).toEqual(residentRow);
      expect(await db.records('daily_report').where('[gridId+date]').equals([sampleIds.grid, '2026-11-24']).toArray()).toEqual([
        dailyReportRow,
      ]);
      expect(await db.outbox.where('recordId').equals(sampleIds.resident).count()).toBe(1);
      // Checkpoint entries stored before version 3 are kept and answer "this checkpoint today" through the new index.
      expect(await db.records('checkpoint_entry').count()).toBe(entryRows.length);
      expect(await db.records('checkpoint_entry').get(entryRows[0]!.id)).toEqual(entryRows[0]);
      expect(await entriesBetween(db, sampleIds.checkpoint, '2026-11-25T00:00:00+08:00', '2026-11-25T23:59:59+08:00')).toEqual([
        entryRows[1]!.id,
        entryRows[2]!.id,
      ]);
    },
  },
  {
    version: 3,
    // A worker's phone after weeks of rounds: every table of version 3 holds records.
    async fill(db) {
      const full = fullDatabase();
      for (const [table, rows] of Object.entries(full)) await db.table(table).bulkPut(rows);
      await db.table('checkpoint_entry').bulkPut(entryRows);
      await db.table('shift_note').put(shiftNoteRow);
      await db.table('outbox').bulkAdd([pendingPatch, rejectedCreate]);
      await db.table('meta').bulkPut([
        { key: 'deviceId', value: 'device-3' },
        { key: 'pullCursor', value: '98765' },
      ]);
      filledV3 = await snapshot(db);
    },
    async verify(db) {
      // Nothing lost or changed: every table reads back row for row.
      expect(await snapshot(db, Object.keys(filledV3))).toEqual(filledV3);
      expect(await db.records('checkpoint_entry').where('checkpointId').equals(otherCheckpoint).toArray()).toEqual([entryRows[3]]);
      expect(await entriesBetween(db, sampleIds.checkpoint, '2026-11-25T00:00:00+08:00', '2026-11-25T23:59:59+08:00')).toEqual([
        entryRows[1]!.id,
        entryRows[2]!.id,
      ]);
      // Version 4's indexes answer over the records stored before them.
      const full = fullDatabase();
      const reportsOfFirst = full.fever_report.filter((report) => report.householdId === full.household[0]!.id).map((report) => report.id);
      expect(reportsOfFirst.length).toBeGreaterThan(0);
      expect((await db.records('fever_report').where('householdId').equals(full.household[0]!.id).primaryKeys()).sort()).toEqual(reportsOfFirst.sort());
      const elderly = full.resident.filter((resident) => resident.tags.includes('elderly_alone')).map((resident) => resident.id);
      expect((await db.records('resident').where('tags').equals('elderly_alone').primaryKeys()).sort()).toEqual(elderly.sort());
      expect(await db.records('shift_note').where('checkpointId').equals(sampleIds.checkpoint).toArray()).toEqual([shiftNoteRow]);
      expect(await db.unreadable.count()).toBe(0);
    },
  },
  {
    version: 4,
    async fill(db) {
      await db.table('resident').put(residentRow);
      await db.table('unreadable').put(unreadableRow);
      await db.table('daily_report').bulkPut(dailyReportRows);
    },
    async verify(db) {
      expect(await db.records('resident').get(sampleIds.resident)).toEqual(residentRow);
      expect(await db.unreadable.get(['visit', unreadableRow.id])).toEqual(unreadableRow);
      // Daily reports stored before version 5 answer "every grid's reports of a date range" through the new index.
      expect(await db.records('daily_report').where('date').between('2026-11-25', '2026-11-26', true, true).primaryKeys()).toEqual([
        dailyReportRows[0]!.id,
      ]);
      expect(await db.records('daily_report').where('[gridId+date]').equals([sampleIds.grid, '2026-11-27']).count()).toBe(1);
    },
  },
  {
    version: 5,
    async fill(db) {
      await db.table('seal_period').put(sealPeriodRow);
      await db.table('device_sync').put(deviceSyncRow);
    },
    async verify(db) {
      expect(await db.records('seal_period').where('buildingId').equals(sampleIds.building).toArray()).toEqual([sealPeriodRow]);
      expect(await db.records('device_sync').where('userId').equals(deviceSyncRow.userId).toArray()).toEqual([deviceSyncRow]);
    },
  },
  {
    version: 6,
    async fill(db) {
      await db.table('help_request').put(helpRequestRow);
      await db.table('delivery').put(deliveryRow);
    },
    async verify(db) {
      expect(await db.records('help_request').where('buildingId').equals(sampleIds.building).toArray()).toEqual([helpRequestRow]);
      expect(await db.records('help_request').where('state').equals('open').primaryKeys()).toEqual([helpRequestRow.id]);
      expect(await db.records('delivery').where('helpRequestId').equals(helpRequestRow.id).toArray()).toEqual([deliveryRow]);
    },
  },
  {
    version: 7,
    async fill(db) {
      await db.table('review').put(reviewRow);
      await db.table('task').put(taskRow);
    },
    async verify(db) {
      // A record's history, an author's returned records, a worker's tasks and the open ones.
      expect(await db.records('review').where('recordId').equals(reviewRow.recordId).toArray()).toEqual([reviewRow]);
      expect(await db.records('review').where('recordBy').equals(reviewRow.recordBy).primaryKeys()).toEqual([reviewRow.id]);
      expect(await db.records('task').where('assigneeId').equals(taskRow.assigneeId).toArray()).toEqual([taskRow]);
      expect(await db.records('task').where('state').equals('open').primaryKeys()).toEqual([taskRow.id]);
    },
  },
  {
    version: 8,
    async fill(db) {
      await db.table('home_monitoring').put(monitoringRow);
      await db.table('monitoring_check').put(monitoringCheckRow);
    },
    async verify(db) {
      // A resident's monitorings, a household's, and a monitoring's checks.
      expect(await db.records('home_monitoring').where('residentId').equals(sampleIds.resident).toArray()).toEqual([monitoringRow]);
      expect(await db.records('home_monitoring').where('householdId').equals(sampleIds.household).primaryKeys()).toEqual([monitoringRow.id]);
      expect(await db.records('monitoring_check').where('monitoringId').equals(monitoringRow.id).toArray()).toEqual([monitoringCheckRow]);
    },
  },
  {
    version: 9,
    async fill(db) {
      await db.table('sampling').put(samplingRow);
    },
    async verify(db) {
      // A campaign's samplings, a resident's, and a tube's.
      expect(await db.records('sampling').where('campaignId').equals(samplingRow.campaignId).toArray()).toEqual([samplingRow]);
      expect(await db.records('sampling').where('tubeNumber').equals('T-0001').primaryKeys()).toEqual([samplingRow.id]);
    },
  },
  {
    version: 10,
    async fill(db) {
      await db.table('resident').bulkPut([residentRow, movedOutRow]);
    },
    async verify(db) {
      // The residents who moved out, by the day (the retention purge reads keys only).
      expect(await db.records('resident').where('movedOutOn').below('2026-12-01').primaryKeys()).toEqual([movedOutRow.id]);
      expect(await db.records('resident').where('householdId').equals(sampleIds.household).count()).toBe(2);
    },
  },
  {
    version: 11,
    async fill(db) {
      await db.table('street').put(streetRow);
    },
    async verify(db) {
      // A street officer's street, by id.
      expect(await db.records('street').get(streetRow.id)).toEqual(streetRow);
    },
  },
];

const names: string[] = [];
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

describe('schema upgrades', () => {
  for (const upgrade of cases) {
    it(`opens a version ${upgrade.version} database with the latest schema (v${LATEST_SCHEMA_VERSION}) without losing data`, async () => {
      const name = `upgrade-from-${upgrade.version}-${crypto.randomUUID()}`;
      names.push(name);
      const old = new Dexie(name);
      declareVersions(old, upgrade.version);
      await old.open();
      expect(old.verno).toBe(upgrade.version);
      await upgrade.fill(old);
      old.close();

      const latest = new GridwalkDb(name);
      await latest.open();
      expect(latest.verno).toBe(LATEST_SCHEMA_VERSION);
      await upgrade.verify(latest);
      latest.close();
    });
  }

  it('has an upgrade case for every published schema version', () => {
    expect(cases.map((c) => c.version)).toEqual(SCHEMA_VERSIONS.map((v) => v.version));
  });
});
