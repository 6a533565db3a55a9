import { afterEach, describe, expect, it } from 'vitest';
import { getDeviceId } from '../../../../src/data/db/device-id';
import { aHousehold } from '../../../fixtures/domain-records';
import { testUser } from '../support/fake-sync-server';
import { disposeClients, signedInClient } from '../support/test-client';

afterEach(disposeClients);

describe('exportUnsent', () => {
  it('holds every pending and rejected mutation in saved order, with the device, the user and the time', async () => {
    const now = Date.parse('2026-11-25T08:30:00.000Z');
    const { client, server } = await signedInClient({ now: () => now });
    server.reject = (m) => (m.data.room === '404' ? { code: 'FORBIDDEN', message: 'outside your grids' } : null);
    const sent = await client.create('household', aHousehold({ room: '101' }));
    const rejected = await client.create('household', aHousehold({ room: '404' }));
    await client.syncNow();
    const pending = await client.create('household', aHousehold({ room: '202' }));

    const exported = await client.exportUnsent();

    expect(exported.exportedAt).toBe('2026-11-25T08:30:00.000Z');
    expect(exported.deviceId).toBe(await getDeviceId(client.db));
    expect(exported.user).toEqual(testUser);
    expect(exported.mutations.map((m) => [m.recordId, m.state])).toEqual([
      [rejected, 'rejected'],
      [pending, 'pending'],
    ]);
    expect(exported.mutations.map((m) => m.recordId)).not.toContain(sent);
    expect(exported.mutations[1]).toMatchObject({ entity: 'household', op: 'create', data: { ...aHousehold({ room: '202' }) } });
    expect(JSON.parse(JSON.stringify(exported))).toEqual(exported);
  });
});
