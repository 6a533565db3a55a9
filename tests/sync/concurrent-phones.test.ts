/**
 * Eight phones push into one community at the same time (small batches, so their pushes interleave)
 * while two more pull in a loop. Afterwards every phone holds exactly the server's state of its
 * scope: the same records at the same versions with the same fields, nothing missing, nothing extra.
 * On PostgreSQL (DATABASE_URL) the pushes really run concurrently; PGlite serializes them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GridwalkDataClient } from '../../src/data/create-data-client';
import { everyRecord, householdsOfBuilding } from '../../src/data/queries/record-queries';
import { ENTITY_NAMES, type EntityName } from '../../src/domain/entities/registry';
import { findUserByUsername } from '../../src/server/auth/users';
import { loadScope, readFilter } from '../../src/server/sync/scope';
import { aHousehold, aResident } from '../fixtures/domain-records';
import { makeIdNumber } from '../fixtures/id-number-factory';
import { businessFields, signedInClient, startSyncWorld, syncUntilSettled, type SyncWorld } from './sync-world';

let world: SyncWorld;

beforeAll(async () => {
  world = await startSyncWorld();
});

afterAll(async () => {
  await world.close();
});

/** The records a user's scope may read on the server: id → [version, fields]. */
async function serverScope(username: string): Promise<Map<string, { version: number; data: Record<string, unknown> }>> {
  const user = await findUserByUsername(world.server.db, username);
  const scope = await loadScope(world.server.db, user!);
  const filter = readFilter(scope, 1);
  const { rows } = await world.server.db.query<{ id: string; version: number; data: Record<string, unknown> }>(
    `SELECT id, version, data FROM records WHERE ${filter.sql}`,
    filter.params,
  );
  return new Map(rows.map((row) => [row.id, { version: row.version, data: row.data }]));
}

async function localRecords(client: GridwalkDataClient): Promise<Map<string, { version: number; data: Record<string, unknown> }>> {
  const all = new Map<string, { version: number; data: Record<string, unknown> }>();
  for (const entity of ENTITY_NAMES) {
    for (const record of await client.listRecords(everyRecord(entity as EntityName))) all.set(record.id, { version: record.version, data: record });
  }
  return all;
}

async function expectHoldsExactlyItsScope(client: GridwalkDataClient, username: string): Promise<void> {
  const [server, local] = await Promise.all([serverScope(username), localRecords(client)]);
  expect([...local.keys()].sort(), `${username}'s records`).toEqual([...server.keys()].sort());
  for (const [id, row] of server) {
    const copy = local.get(id)!;
    expect(copy.version, `version of ${id} on ${username}'s phone`).toBe(row.version);
    expect(businessFields(copy.data)).toEqual(businessFields(row.data));
  }
}

/** A phone's day: new households with residents in its grid, and edits of residents others edit too. */
async function work(client: GridwalkDataClient, phone: number, buildingIds: readonly string[]): Promise<void> {
  for (let n = 0; n < 6; n++) {
    const buildingId = buildingIds[(phone + n) % buildingIds.length]!;
    const householdId = await client.create('household', aHousehold({ buildingId, unit: `P${phone}`, room: String(100 + n) }));
    for (let r = 0; r < 2; r++) {
      await client.create('resident', aResident({ householdId, name: `住户${phone}-${n}-${r}`, idNumber: makeIdNumber({ birthDate: '1960-05-05', sequence: phone * 10 + n }) }));
    }
  }
  const shared = (await client.listRecords(householdsOfBuilding(buildingIds[0]!))).slice(0, 3);
  for (const household of shared) await client.patch('household', household.id, { notes: `电话核实 ${phone}` });
}

describe('eight phones pushing into one community while two pull', () => {
  it('ends with every phone holding exactly the server’s state of its scope', async () => {
    const pushers: [string, GridwalkDataClient][] = [];
    for (const username of ['worker1', 'worker1', 'worker1', 'worker2', 'worker2', 'worker2', 'worker3', 'secretary1']) {
      pushers.push([username, await signedInClient(world, username, { pushBatchSize: 4 })]);
    }
    const pullers: [string, GridwalkDataClient][] = [
      ['secretary1', await signedInClient(world, 'secretary1')],
      ['worker1', await signedInClient(world, 'worker1')],
    ];
    const everyone = [...pushers, ...pullers];
    try {
      await Promise.all(everyone.map(([, client]) => syncUntilSettled(client)));
      const buildingsOf = (username: string) => {
        const user = world.server.demo.users.find((u) => u.username === username)!;
        const grids = user.gridIds.length > 0 ? user.gridIds : world.server.demo.gridIds;
        return world.server.demo.buildings.filter((b) => grids.includes(b.gridId)).map((b) => b.id);
      };
      await Promise.all(pushers.map(([username, client], phone) => work(client, phone, buildingsOf(username))));

      let pushing = true;
      const pulling = pullers.map(async ([, client]) => {
        let runs = 0;
        while (pushing || runs === 0) {
          await client.syncNow();
          runs++;
        }
        return runs;
      });
      await Promise.all(pushers.map(([, client]) => syncUntilSettled(client)));
      pushing = false;
      expect(Math.min(...(await Promise.all(pulling)))).toBeGreaterThan(0);

      // Each phone syncs once more (as it would on its next trigger) and then holds its scope exactly.
      for (const [, client] of everyone) await syncUntilSettled(client);
      for (const [username, client] of everyone) await expectHoldsExactlyItsScope(client, username);
      const { rows } = await world.server.db.query<{ n: number | string }>(
        `SELECT count(*) AS n FROM records WHERE entity = 'household' AND data->>'unit' LIKE 'P%'`,
      );
      expect(Number(rows[0]!.n)).toBe(8 * 6);
    } finally {
      for (const [, client] of everyone) await client.close();
    }
  }, 120_000);
});
