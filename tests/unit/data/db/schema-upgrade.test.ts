/**
 * Every schema version must open a database written by any earlier version without losing data.
 * Each published version has a case below: it writes data the way that version stored it, then the
 * latest schema opens the database and the case checks everything is still there.
 * When you add a version, add its case (the last test fails until you do).
 */
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import type { OutboxEntry } from '../../../../src/data/data-client';
import { declareVersions, GridwalkDb, LATEST_SCHEMA_VERSION, SCHEMA_VERSIONS } from '../../../../src/data/db/schema';
import { aCheckpointEntry, aHousehold, aResident, aShiftNote, aVisit, sampleIds } from '../../../fixtures/domain-records';

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
    async fill(db) {
      await db.table('checkpoint_entry').bulkPut(entryRows);
      await db.table('shift_note').put(shiftNoteRow);
    },
    async verify(db) {
      expect(await db.records('checkpoint_entry').where('checkpointId').equals(otherCheckpoint).toArray()).toEqual([entryRows[3]]);
      expect(await entriesBetween(db, sampleIds.checkpoint, '2026-11-25T00:00:00+08:00', '2026-11-25T23:59:59+08:00')).toEqual([
        entryRows[1]!.id,
        entryRows[2]!.id,
      ]);
      expect(await db.records('shift_note').where('checkpointId').equals(sampleIds.checkpoint).toArray()).toEqual([shiftNoteRow]);
      expect(await db.records('shift_note').where('shiftStart').aboveOrEqual('2026-11-25').count()).toBe(1);
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
