/**
 * A phone that kept a cursor from before the feed's numbering changed (a first-format cursor, or one
 * of a feed since copied into another cluster) and holds unsent work: its next sync brings it to
 * exactly the server's state of its scope, and its outbox is sent, not lost.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GridwalkDataClient } from '../../src/data/create-data-client';
import { getMeta, setMeta } from '../../src/data/db/meta-store';
import { everyRecord, householdsOfBuilding } from '../../src/data/queries/record-queries';
import { aHousehold } from '../fixtures/domain-records';
import { businessFields, serverRecords, signedInClient, startSyncWorld, syncUntilSettled, type SyncWorld } from './sync-world';

let world: SyncWorld;

beforeAll(async () => {
  world = await startSyncWorld();
});

afterAll(async () => {
  await world.close();
});

function cursorBody(cursor: string): { h: string } {
  const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (typeof parsed !== 'object' || parsed === null || !('h' in parsed) || typeof parsed.h !== 'string') throw new Error('not a cursor');
  return { h: parsed.h };
}

const encode = (body: object) => Buffer.from(JSON.stringify(body)).toString('base64url');

const oldCursors: [string, (h: string) => string][] = [
  ['a first-format cursor (read on)', (h) => encode({ s: 1_000_000, h })],
  ['a cursor of a feed copied elsewhere (reset)', (h) => encode({ e: 'elsewhere', x: '123', s: 4, h })],
];

describe('a phone whose cursor predates the change feed it meets', () => {
  it.each(oldCursors)('%s: catches up exactly and sends its outbox', async (label, oldCursor) => {
    const client: GridwalkDataClient = await signedInClient(world, 'worker1');
    try {
      await syncUntilSettled(client);
      const buildingId = world.server.demo.buildings.find((b) => b.gridId === world.server.demo.users.find((u) => u.username === 'worker1')!.gridIds[0])!.id;
      const kept = (await client.listRecords(householdsOfBuilding(buildingId)))[0]!;
      // Work saved offline: a new household and an edit, both still in the outbox.
      const created = await client.create('household', aHousehold({ buildingId, unit: '9', room: String(Date.now() % 1000) }));
      await client.patch('household', kept.id, { notes: `门口有台阶（${label}）` });
      expect(await client.db.outbox.count()).toBe(2);
      await setMeta(client.db, 'pullCursor', oldCursor(cursorBody((await getMeta(client.db, 'pullCursor'))!).h));

      await syncUntilSettled(client);

      expect(await client.db.outbox.count()).toBe(0);
      const [serverCreated, serverKept] = await serverRecords(world, [created, kept.id]).then((rows) =>
        [created, kept.id].map((id) => rows.find((row) => row.id === id)),
      );
      expect(serverCreated).toBeDefined();
      expect(serverKept!.data.notes).toBe(`门口有台阶（${label}）`);
      const local = await client.listRecords(everyRecord('household'));
      const { rows } = await world.server.db.query<{ id: string; version: number; data: Record<string, unknown> }>(
        `SELECT id, version, data FROM records WHERE entity = 'household' AND grid_id = ANY($1::uuid[])`,
        [world.server.demo.users.find((u) => u.username === 'worker1')!.gridIds],
      );
      expect(local.map((h) => h.id).sort()).toEqual(rows.map((row) => row.id).sort());
      for (const row of rows) {
        const copy = local.find((h) => h.id === row.id)!;
        expect(copy.version).toBe(row.version);
        expect(businessFields(copy)).toEqual(businessFields(row.data));
      }
    } finally {
      await client.close();
    }
  });
});
