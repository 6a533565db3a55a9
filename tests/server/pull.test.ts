import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Change } from '../../src/domain/sync-protocol';
import { startTestServer, type TestServer } from '../fixtures/server-harness';
import { createOf, findRecords, patchOf, type ApiClient } from '../fixtures/server-client';
import { aResident } from '../fixtures/domain-records';

let server: TestServer;
let secretary: ApiClient;
let workers: ApiClient[];

beforeAll(async () => {
  server = await startTestServer();
  secretary = await server.api('secretary1', 'secretary-pc');
  workers = [];
  for (const username of ['worker1', 'worker2', 'worker3']) {
    workers.push(await server.api(username, `${username}-phone`));
  }
});
afterAll(async () => {
  await server?.close();
});

/** Every record of the demo community (the secretary's whole scope; the street's other communities are not in it). */
async function allRecords(): Promise<Map<string, number>> {
  const { rows } = await server.db.query<{ id: string; version: number }>('SELECT id, version FROM records WHERE community_id = $1', [server.demo.communityId]);
  return new Map(rows.map((r) => [r.id, r.version]));
}

const householdOf = async (gridIndex: number) => (await findRecords(server.db, 'household', { gridId: server.demo.gridIds[gridIndex] }))[0]!.id;

describe('pull', () => {
  it('delivers records with their server fields, from the start when the cursor is empty', async () => {
    const res = await secretary.pull('', 5);
    expect(res.status).toBe(200);
    expect(res.body.reset).toBeUndefined();
    expect(res.body.changes).toHaveLength(5);
    expect(res.body.hasMore).toBe(true);
    expect(res.body.changes[0]).toMatchObject({
      entity: 'community',
      id: server.demo.communityId,
      op: 'upsert',
      version: 1,
      data: { id: server.demo.communityId, version: 1, name: '幸福里社区', createdBy: expect.any(String), createdAt: expect.any(String), updatedAt: expect.any(String) },
    });
  });

  it('pages in commit order without skipping or repeating, while writes land between pages', async () => {
    const seen: Change[] = [];
    let page = await secretary.pull('', 25);
    seen.push(...page.body.changes);
    const delivered = seen.find((c) => c.entity === 'household')!;
    const pending = (await findRecords(server.db, 'household')).at(-1)!;
    expect(seen.some((c) => c.id === pending.id)).toBe(false);

    const created = createOf('resident', aResident({ householdId: await householdOf(0), name: '翻页中' }));
    const writes = await secretary.push([
      created,
      patchOf('household', delivered.id, delivered.version, { notes: '翻页时修改' }),
      patchOf('household', pending.id, pending.version, { notes: '还没拉到就改了' }),
    ]);
    expect(writes.body.results.every((r) => r.status === 'applied')).toBe(true);

    while (page.body.hasMore) {
      page = await secretary.pull(page.body.cursor, 25);
      seen.push(...page.body.changes);
    }
    const pairs = seen.map((c) => `${c.id}@${c.version}`);
    expect(new Set(pairs).size).toBe(pairs.length);
    const latest = new Map<string, number>();
    for (const change of seen) latest.set(change.id, change.version);
    expect(latest).toEqual(await allRecords());
    // The patched record not yet delivered comes once, in its latest state; new writes come last (then
    // only the server's note of the secretary's last push, a device_sync record written after the push).
    expect(seen.filter((c) => c.id === pending.id).map((c) => c.version)).toEqual([pending.version + 1]);
    expect(seen.filter((c) => c.id === delivered.id).map((c) => c.version)).toEqual([delivered.version, delivered.version + 1]);
    const written = seen.filter((c) => c.entity !== 'device_sync');
    expect(written.slice(-3).map((c) => c.id).sort()).toEqual([created.id, delivered.id, pending.id].sort());

    const after = await secretary.pull(page.body.cursor);
    expect(after.body).toMatchObject({ changes: [], hasMore: false });
  });

  it('moves a worker’s cursor past changes outside their grid without delivering them', async () => {
    const first = await workers[0]!.pullAll();
    await secretary.push([createOf('resident', aResident({ householdId: await householdOf(1), name: '别的网格' }))]);
    const next = await workers[0]!.pull(first.cursor);
    expect(next.body.changes).toEqual([]);
    expect(next.body.cursor).not.toBe(first.cursor);
    await secretary.push([createOf('resident', aResident({ householdId: await householdOf(0), name: '本网格' }))]);
    const mine = await workers[0]!.pull(next.body.cursor);
    expect(mine.body.changes.map((c) => c.data.name)).toEqual(['本网格']);
  });

  it('answers a limit outside 1–1000 or not a number with 400', async () => {
    for (const limit of ['0', '1001', 'abc', '-1', '2.5']) {
      const res = await secretary.request('GET', `/api/v1/sync/pull?limit=${limit}`);
      expect(res.status, `limit=${limit}`).toBe(400);
      expect(res.body).toMatchObject({ error: { code: 'BAD_REQUEST', fields: { limit: 'limit_invalid' } } });
    }
    expect((await secretary.pull('', 1)).body.changes).toHaveLength(1);
    expect((await secretary.pull('', 1000)).status).toBe(200);
  });

  it('restarts with reset:true on a cursor it did not make, or made for another scope', async () => {
    const total = (await allRecords()).size;
    const garbage = await secretary.pullAll('not-a-cursor!!');
    expect(garbage.reset).toBe(true);
    expect(garbage.changes).toHaveLength(total);

    const forged = Buffer.from(JSON.stringify({ s: 3, h: 'someone-else' })).toString('base64url');
    const reset = await secretary.pull(forged, 1000);
    expect(reset.body.reset).toBe(true);
    expect(reset.body.changes).toHaveLength(total);

    const workerCursor = (await workers[1]!.pullAll()).cursor;
    const crossed = await secretary.pull(workerCursor, 1000);
    expect(crossed.body.reset).toBe(true);
  });

  it('delivers every record exactly once under concurrent pushes and a concurrent reader', async () => {
    const start = (await secretary.pullAll()).cursor;
    const households = await Promise.all([0, 1, 2].map(householdOf));
    const writers = [...workers.map((client, i) => ({ client, household: households[i]! })), { client: secretary, household: households[0]! }];
    const createdIds: string[] = [];
    let writing = true;
    const reader = (async () => {
      const ids: string[] = [];
      let cursor = start;
      for (;;) {
        const done = !writing;
        const page = await secretary.pull(cursor, 7);
        // The phones' last syncs (device_sync, written by the server after each push) come too: not counted here.
        ids.push(...page.body.changes.filter((c) => c.entity !== 'device_sync').map((c) => c.id));
        cursor = page.body.cursor;
        if (done && !page.body.hasMore) return ids;
      }
    })();
    await Promise.all(
      writers.map(async ({ client, household }, w) => {
        for (let batch = 0; batch < 4; batch++) {
          const mutations = Array.from({ length: 5 }, (_, i) => createOf('resident', aResident({ householdId: household, name: `并发${w}-${batch}-${i}` })));
          createdIds.push(...mutations.map((m) => m.id));
          const res = await client.push(mutations);
          expect(res.body.results.every((r) => r.status === 'applied')).toBe(true);
        }
      }),
    );
    writing = false;
    const readIds = await reader;
    expect(readIds).toHaveLength(createdIds.length);
    expect(new Set(readIds)).toEqual(new Set(createdIds));
  });
});
