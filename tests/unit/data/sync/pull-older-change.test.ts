/**
 * A change older than the phone's copy (a pull resumed from an earlier cursor, or a change delivered
 * after a newer acknowledged one) never replaces that copy, with or without unsent local changes.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { ApiClient } from '../../../../src/data/api/api-client';
import type { GridwalkDataClient } from '../../../../src/data/create-data-client';
import { setMeta } from '../../../../src/data/db/meta-store';
import { pullAll } from '../../../../src/data/sync/pull';
import { aResident, sampleIds } from '../../../fixtures/domain-records';
import { testUser, type FakeSyncServer } from '../support/fake-sync-server';
import { disposeClients, signedInClient } from '../support/test-client';

afterEach(disposeClients);

/** Pulls again from the start, one change per page, and stops after the first page (version 1). */
async function pullFirstOldChangeOnly(client: GridwalkDataClient, server: FakeSyncServer): Promise<void> {
  await setMeta(client.db, 'pullCursor', '0');
  server.fail('pull', { kind: 'pass' }, { kind: 'network' });
  const api = new ApiClient({ baseUrl: 'http://gridwalk.test', fetch: server.fetch });
  await expect(pullAll({ db: client.db, api, session: client.session, pullLimit: 1 }, testUser.id)).rejects.toThrow();
  const pulled = server.requests('pull').at(-2)!;
  expect(pulled.url.searchParams.get('cursor')).toBe('0');
}

async function residentAtVersion2(): Promise<{ client: GridwalkDataClient; server: FakeSyncServer }> {
  const { client, server } = await signedInClient();
  server.serverWrite('resident', sampleIds.resident, aResident({ notes: '旧' }));
  server.serverWrite('resident', sampleIds.resident, { notes: '新' });
  await client.syncNow();
  expect(await client.getRecord('resident', sampleIds.resident)).toMatchObject({ notes: '新', version: 2, _sync: 'synced' });
  return { client, server };
}

describe('a pulled change older than the stored copy', () => {
  it('without unsent changes: the newer copy stays', async () => {
    const { client, server } = await residentAtVersion2();

    await pullFirstOldChangeOnly(client, server);

    const row = await client.db.records('resident').get(sampleIds.resident);
    expect(row).toMatchObject({ notes: '新', version: 2, _sync: 'synced' });
  });

  it('with unsent changes: the newer server copy stays under the local edit', async () => {
    const { client, server } = await residentAtVersion2();
    await client.patch('resident', sampleIds.resident, { phone: '13700000000' });

    await pullFirstOldChangeOnly(client, server);

    const row = await client.db.records('resident').get(sampleIds.resident);
    expect(row).toMatchObject({ notes: '新', phone: '13700000000', version: 2, _sync: 'pending' });
    expect(row!._server).toMatchObject({ notes: '新', version: 2 });
  });
});
