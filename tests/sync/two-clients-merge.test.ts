/**
 * A secretary and the grid worker of that grid edit the same household from two devices.
 * Different fields merge; the same field is reported in `conflicts` and kept for the secretary.
 */
import { everyRecord } from '../../src/data/queries/record-queries';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDataClient, type GridwalkDataClient } from '../../src/data/create-data-client';
import type { MutationResult, PushResponse } from '../../src/domain/sync-protocol';
import { startSyncWorld, syncUntilSettled, type SyncWorld } from './sync-world';

let world: SyncWorld;
const pushResults = new Map<string, MutationResult[]>();

/** A client whose push answers are recorded, to read the `conflicts` the server reported. */
async function recordingClient(username: string): Promise<GridwalkDataClient> {
  const results: MutationResult[] = [];
  pushResults.set(username, results);
  const recordingFetch: typeof fetch = async (input, init) => {
    const response = await fetch(input, init);
    if (String(input).endsWith('/sync/push') && response.ok) {
      const body = (await response.clone().json()) as PushResponse;
      results.push(...body.results);
    }
    return response;
  };
  const client = createDataClient({
    baseUrl: world.proxy.url,
    dbName: `merge-${username}-${Date.now()}`,
    autoStart: false,
    isOnline: () => true,
    fetch: recordingFetch,
  });
  await client.signIn(username, world.server.password);
  return client;
}

beforeAll(async () => {
  world = await startSyncWorld();
});

afterAll(async () => {
  await world.close();
});

describe('two devices editing one household', () => {
  it('merges different fields and reports a same-field clash', async () => {
    const secretary = await recordingClient('secretary1');
    const worker = await recordingClient('worker1');
    try {
      await syncUntilSettled(secretary);
      await syncUntilSettled(worker);
      const household = (await worker.listRecords(everyRecord('household'))).find((h) => h.status === 'occupied');
      expect(household).toBeDefined();
      const id = household!.id;
      expect(await secretary.getRecord('household', id)).toBeDefined();

      // Both edit offline from the same version: different fields.
      await secretary.patch('household', id, { notes: '独居老人，每日电话问候' });
      await worker.patch('household', id, { status: 'vacant' });
      await syncUntilSettled(secretary);
      await syncUntilSettled(worker);
      await syncUntilSettled(secretary);
      for (const client of [secretary, worker]) {
        expect(await client.getRecord('household', id)).toMatchObject({ notes: '独居老人，每日电话问候', status: 'vacant', _sync: 'synced' });
      }
      expect(pushResults.get('worker1')!.at(-1)).toMatchObject({ status: 'applied' });
      expect(pushResults.get('worker1')!.at(-1)!.conflicts ?? []).toEqual([]);

      // Now the same field: the later accepted write wins and is told about the clash.
      await secretary.patch('household', id, { phone: '02787654321' });
      await worker.patch('household', id, { phone: '13712345678' });
      await syncUntilSettled(secretary);
      await syncUntilSettled(worker);
      await syncUntilSettled(secretary);
      expect(pushResults.get('worker1')!.at(-1)).toMatchObject({ status: 'applied', conflicts: ['phone'] });
      for (const client of [secretary, worker]) {
        expect((await client.getRecord('household', id))?.phone).toBe('13712345678');
      }
      const { rows } = await world.server.db.query<{ field: string; server_value: unknown; client_value: unknown }>(
        'SELECT field, server_value, client_value FROM conflicts WHERE record_id = $1',
        [id],
      );
      expect(rows).toEqual([{ field: 'phone', server_value: '02787654321', client_value: '13712345678' }]);
    } finally {
      await secretary.close();
      await worker.close();
    }
  });
});
