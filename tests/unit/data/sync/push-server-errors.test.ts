/**
 * A mutation the server keeps answering 5xx for: narrowed down, left for the next run while the
 * rest of the queue goes on, and after more than a day of 5xx moved to "needs attention".
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { PushRequest } from '../../../../src/domain/sync-protocol';
import { aHousehold, aResident } from '../../../fixtures/domain-records';
import type { FakeSyncServer } from '../support/fake-sync-server';
import { disposeClients, signedInClient } from '../support/test-client';

afterEach(disposeClients);

const HOUR = 60 * 60_000;
const START = Date.parse('2026-11-30T08:00:00.000Z');

function pushes(server: FakeSyncServer): { ids: string[]; mutationIds: string[]; status: number | 'network' }[] {
  return server.requests('push').map((r) => {
    const mutations = (r.body as PushRequest).mutations;
    return { ids: mutations.map((m) => m.id), mutationIds: mutations.map((m) => m.mutationId), status: r.status };
  });
}

/** Three new households; the server fails (500) on every push holding the one in room 404. */
async function queueWithOneBadMutation() {
  const clock = { now: START };
  const { client, server } = await signedInClient({ now: () => clock.now });
  server.crashOn = (m) => m.data.room === '404';
  const ok1 = await client.create('household', aHousehold({ room: '401' }));
  const bad = await client.create('household', aHousehold({ room: '404' }));
  const ok2 = await client.create('household', aHousehold({ room: '405' }));
  return { client, server, clock, ok1, bad, ok2 };
}

describe('a mutation the server keeps failing on (5xx)', () => {
  it('is narrowed down and waits while the others are sent; retried within 24 h; after 25 h it needs attention', async () => {
    const { client, server, clock, ok1, bad, ok2 } = await queueWithOneBadMutation();

    await client.syncNow();
    expect(pushes(server).map((p) => [p.ids, p.status])).toEqual([[[ok1, bad, ok2], 500]]);
    expect(client.getSyncStatus()).toMatchObject({ phase: 'error', lastError: 'SERVER', pending: 3 });

    clock.now += HOUR;
    await client.syncNow();
    expect(pushes(server).slice(1).map((p) => [p.ids, p.status])).toEqual([
      [[ok1], 200],
      [[bad], 500],
      [[ok2], 200],
    ]);
    expect([...server.records.keys()].sort()).toEqual([ok1, ok2].sort());
    expect(await client.getRecord('household', ok2)).toMatchObject({ _sync: 'synced' });
    // The run still says the server failed, so the engine tries again with backoff.
    expect(client.getSyncStatus()).toMatchObject({ phase: 'error', lastError: 'SERVER', pending: 1, rejected: 0 });

    clock.now = START + 23 * HOUR;
    await client.syncNow();
    expect(pushes(server).at(-1)).toMatchObject({ ids: [bad], status: 500 });
    expect(await client.listRejected()).toEqual([]);
    expect(client.getSyncStatus()).toMatchObject({ pending: 1, rejected: 0 });

    clock.now = START + 25 * HOUR;
    await client.syncNow();
    expect(pushes(server).at(-1)).toMatchObject({ ids: [bad], status: 500 });
    const rejected = await client.listRejected();
    expect(rejected).toHaveLength(1);
    expect(rejected[0]).toMatchObject({
      recordId: bad,
      state: 'rejected',
      serverErrorSince: START,
      error: { code: 'SERVER_ERROR', message: 'The server kept failing on this change since 2026-11-30T08:00:00.000Z' },
    });
    expect(await client.getRecord('household', bad)).toMatchObject({ _sync: 'rejected', room: '404' });
    expect(client.getSyncStatus()).toMatchObject({ phase: 'idle', lastError: null, pending: 0, rejected: 1 });

    // Needing attention, it is no longer sent by itself.
    const sent = server.requests('push').length;
    await client.syncNow();
    expect(server.requests('push')).toHaveLength(sent);
  });

  it('resent by hand it is tried again, under the same mutationId', async () => {
    const { client, server, clock, bad } = await queueWithOneBadMutation();
    await client.syncNow();
    await client.syncNow();
    clock.now += 25 * HOUR;
    await client.syncNow();
    const [entry] = await client.listRejected();
    expect(entry).toMatchObject({ recordId: bad, error: { code: 'SERVER_ERROR' } });

    await client.resend(entry!.mutationId);
    expect(await client.listRejected()).toEqual([]);
    const [pending] = await client.db.outbox.toArray();
    expect(pending).toMatchObject({ mutationId: entry!.mutationId, state: 'pending', attempts: 0 });
    expect(pending).not.toHaveProperty('serverErrorSince');
    expect(pending).not.toHaveProperty('serverErrors');

    server.crashOn = () => false;
    await client.syncNow();
    expect(pushes(server).at(-1)).toMatchObject({ ids: [bad], mutationIds: [entry!.mutationId], status: 200 });
    expect(server.records.has(bad)).toBe(true);
    expect(await client.getRecord('household', bad)).toMatchObject({ _sync: 'synced' });
    expect(client.getSyncStatus()).toMatchObject({ phase: 'idle', pending: 0, rejected: 0 });
  });

  it('holds back what depends on the waiting mutation (a resident of its household), not the rest', async () => {
    const { client, server, bad, ok1, ok2 } = await queueWithOneBadMutation();
    const resident = await client.create('resident', aResident({ householdId: bad }));
    for (let run = 0; run < 3; run++) await client.syncNow();
    expect([...server.records.keys()].sort()).toEqual([ok1, ok2].sort());
    expect(pushes(server).filter((p) => p.status === 200).flatMap((p) => p.ids)).not.toContain(resident);
    expect(await client.listRejected()).toEqual([]);
    expect(await client.getRecord('resident', resident)).toMatchObject({ _sync: 'pending' });

    server.crashOn = () => false;
    await client.syncNow();
    expect(server.records.has(bad) && server.records.has(resident)).toBe(true);
    expect(client.getSyncStatus()).toMatchObject({ phase: 'idle', pending: 0, rejected: 0 });
  });

  it('a server failing on everything gets at most two requests a run, and nothing needs attention within a day', async () => {
    const { client, server, clock } = await queueWithOneBadMutation();
    server.crashOn = () => true;
    for (let run = 0; run < 12; run++) {
      const before = server.requests('push').length;
      await client.syncNow();
      expect(server.requests('push').length - before).toBeLessThanOrEqual(2);
      expect(client.getSyncStatus()).toMatchObject({ phase: 'error', lastError: 'SERVER', pending: 3 });
      clock.now += HOUR;
    }
    expect(await client.listRejected()).toEqual([]);
  });
});
