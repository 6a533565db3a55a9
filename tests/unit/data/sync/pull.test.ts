import { afterEach, describe, expect, it } from 'vitest';
import { ApiClient } from '../../../../src/data/api/api-client';
import type { GridwalkDataClient } from '../../../../src/data/create-data-client';
import { getMeta } from '../../../../src/data/db/meta-store';
import { pullAll } from '../../../../src/data/sync/pull';
import type { PushRequest } from '../../../../src/domain/sync-protocol';
import { aBuilding, aHousehold, aResident, sampleIds } from '../../../fixtures/domain-records';
import { testUser, type FakeSyncServer } from '../support/fake-sync-server';
import { disposeClients, signedInClient } from '../support/test-client';

afterEach(disposeClients);

function householdId(n: number): string {
  return `0190a000-0000-7000-8000-${String(n).padStart(12, '0')}`;
}

/** Only the pull half of a run, while the outbox still holds unsent changes. */
function pullOnly(client: GridwalkDataClient, server: FakeSyncServer) {
  const api = new ApiClient({ baseUrl: 'http://gridwalk.test', fetch: server.fetch });
  return pullAll({ db: client.db, api, session: client.session }, testUser.id);
}

describe('pull', () => {
  it('pulls every page from the stored cursor and keeps the cursor', async () => {
    const { client, server } = await signedInClient({ pullLimit: 10 });
    for (let i = 1; i <= 25; i++) server.serverWrite('household', householdId(i), aHousehold({ room: String(i) }));

    await client.syncNow();

    expect(server.requests('pull').map((r) => r.url.searchParams.get('cursor'))).toEqual(['', '10', '20']);
    expect(await client.db.records('household').count()).toBe(25);
    expect(await client.getRecord('household', householdId(7))).toMatchObject({ room: '7', version: 7, _sync: 'synced' });
    expect(await getMeta(client.db, 'pullCursor')).toBe('25');

    server.serverWrite('household', householdId(3), { notes: '空置待核' });
    await client.syncNow();
    expect(server.requests('pull').at(-1)!.url.searchParams.get('cursor')).toBe('25');
    expect(await client.getRecord('household', householdId(3))).toMatchObject({ notes: '空置待核', version: 26 });
  });

  it('keeps the pages already written when a later page fails, and resumes from there', async () => {
    const { client, server } = await signedInClient({ pullLimit: 10 });
    for (let i = 1; i <= 25; i++) server.serverWrite('household', householdId(i), aHousehold({ room: String(i) }));
    server.fail('pull', { kind: 'pass' }, { kind: 'network' });

    await client.syncNow();
    expect(client.getSyncStatus()).toMatchObject({ phase: 'offline', lastError: 'NETWORK' });
    expect(await client.db.records('household').count()).toBe(10);
    expect(await getMeta(client.db, 'pullCursor')).toBe('10');

    await client.syncNow();
    expect(server.requests('pull').map((r) => r.url.searchParams.get('cursor'))).toEqual(['', '10', '10', '20']);
    expect(await client.db.records('household').count()).toBe(25);
  });

  it('writes a page and its cursor in one transaction: a failed write leaves neither', async () => {
    const { client, server } = await signedInClient({ pullLimit: 10 });
    for (let i = 1; i <= 20; i++) server.serverWrite('household', householdId(i), aHousehold({ room: String(i) }));
    let failOn: string | null = householdId(15);
    client.db.records('household').hook('creating', (primKey) => {
      if (primKey === failOn) throw new Error('disk full');
    });

    await client.syncNow();

    expect(client.getSyncStatus()).toMatchObject({ phase: 'error', lastError: 'UNKNOWN' });
    expect(await getMeta(client.db, 'pullCursor')).toBe('10');
    expect(await client.db.records('household').count()).toBe(10);

    failOn = null;
    await client.syncNow();
    expect(server.requests('pull').at(-1)!.url.searchParams.get('cursor')).toBe('10');
    expect(await client.db.records('household').count()).toBe(20);
    expect(await getMeta(client.db, 'pullCursor')).toBe('20');
  });

  it('never overwrites unsent local changes: the server copy is kept aside and the local edit replayed on top', async () => {
    const { client, server } = await signedInClient();
    server.serverWrite('resident', sampleIds.resident, aResident());
    await client.syncNow();
    await client.patch('resident', sampleIds.resident, { phone: '13700000000' });
    const other = server.serverWrite('resident', sampleIds.resident, { notes: '书记补录', phone: '13600000000' });

    await pullOnly(client, server);

    const row = await client.db.records('resident').get(sampleIds.resident);
    expect(row).toMatchObject({ phone: '13700000000', notes: '书记补录', version: other.version, _sync: 'pending' });
    expect(row!._server).toMatchObject({ phone: '13600000000', notes: '书记补录', version: other.version });

    await client.syncNow();
    const patch = server.requests('push').flatMap((r) => (r.body as PushRequest).mutations).at(-1)!;
    expect(patch).toMatchObject({ op: 'patch', baseVersion: 1, data: { phone: '13700000000' } });
    expect(server.records.get(sampleIds.resident)!.data).toMatchObject({ phone: '13700000000', notes: '书记补录' });
    expect(await client.getRecord('resident', sampleIds.resident)).toMatchObject({ phone: '13700000000', notes: '书记补录', _sync: 'synced' });
  });

  it('removes a record the server deleted, unless it has unsent changes', async () => {
    const { client, server } = await signedInClient();
    server.serverWrite('household', householdId(1), aHousehold({ room: '1' }));
    server.serverWrite('household', householdId(2), aHousehold({ room: '2' }));
    await client.syncNow();
    await client.patch('household', householdId(2), { notes: '本地修改' });
    server.serverDelete('household', householdId(1));
    server.serverDelete('household', householdId(2));

    await pullOnly(client, server);

    expect(await client.getRecord('household', householdId(1))).toBeUndefined();
    expect(await client.getRecord('household', householdId(2))).toMatchObject({ notes: '本地修改', _sync: 'pending', _server: null });
  });

  it('on reset drops pulled copies without outbox entries, keeps the outbox and local records, and pulls again', async () => {
    const { client, server } = await signedInClient();
    server.serverWrite('building', sampleIds.building, aBuilding());
    server.serverWrite('household', householdId(1), aHousehold({ room: '1' }));
    server.serverWrite('household', householdId(2), aHousehold({ room: '2' }));
    await client.syncNow();
    const local = await client.create('household', aHousehold({ room: '9' }));
    await client.patch('household', householdId(2), { notes: '本地修改' });
    server.hidden.add(householdId(1));
    server.resetNextPull = true;

    const summary = await pullOnly(client, server);

    expect(summary.resets).toBe(1);
    expect(await client.getRecord('household', householdId(1))).toBeUndefined();
    expect(await client.getRecord('building', sampleIds.building)).toMatchObject({ _sync: 'synced' });
    expect(await client.getRecord('household', local)).toMatchObject({ room: '9', _sync: 'pending' });
    expect(await client.getRecord('household', householdId(2))).toMatchObject({ notes: '本地修改', _sync: 'pending' });
    expect((await client.db.outbox.toArray()).map((e) => e.op)).toEqual(['create', 'patch']);
    expect(await getMeta(client.db, 'pullCursor')).toBe('3');

    await client.syncNow();
    expect(server.records.get(local)).toBeDefined();
    expect(server.records.get(householdId(2))!.data).toMatchObject({ notes: '本地修改' });
  });
});

describe('pull progress', () => {
  it('publishes received of total (received + remaining) page by page during a large pull, then clears it', async () => {
    const { client, server } = await signedInClient({ pullLimit: 10 });
    for (let i = 1; i <= 25; i++) server.serverWrite('household', householdId(i), aHousehold({ room: String(i) }));
    const seen: ({ done: number; total: number } | null)[] = [];
    client.subscribeSyncProgress(() => {
      const progress = client.getSyncProgress();
      seen.push(progress && { done: progress.done, total: progress.total });
    });

    await client.syncNow();

    expect(seen[0]).toEqual({ done: 10, total: 25 });
    expect(seen.filter(Boolean).at(-1)).toEqual({ done: 25, total: 25 });
    expect(seen.at(-1)).toBeNull();
    expect(client.getSyncProgress()).toBeNull();
    expect(await client.db.records('household').count()).toBe(25);
  });

  it('publishes nothing for a pull that fits in one page', async () => {
    const { client, server } = await signedInClient();
    server.serverWrite('household', householdId(1), aHousehold({ room: '1' }));
    let published = 0;
    client.subscribeSyncProgress(() => published++);
    await client.syncNow();
    expect(published).toBe(0);
  });
});
