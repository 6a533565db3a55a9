/**
 * Records entering the phone from a pull are read with their kind's schema, once: what does not
 * fit is kept aside (with the server's version) and never stored as a record.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { everyRecord } from '../../../../src/data/queries/record-queries';
import { aHousehold, aResident, sampleIds } from '../../../fixtures/domain-records';
import { disposeClients, signedInClient } from '../support/test-client';

afterEach(() => {
  vi.useRealTimers();
  return disposeClients();
});

const H1 = '0190a000-0000-7000-8000-000000000101';
const H2 = '0190a000-0000-7000-8000-000000000102';

describe('pull: records that do not fit their schema', () => {
  it('keeps a bad record aside with its version and what is wrong, stores the good ones of the same page, and keeps syncing', async () => {
    const { client, server } = await signedInClient();
    server.serverWrite('household', H1, aHousehold({ room: '101' }));
    const bad = server.serverWrite('household', H2, aHousehold({ room: '102', status: 'haunted', phone: 'call me' }));

    await client.syncNow();

    expect(client.getSyncStatus()).toMatchObject({ phase: 'idle', lastError: null, unreadable: 1 });
    expect((await client.listRecords(everyRecord('household'))).map((h) => h.id)).toEqual([H1]);
    expect(await client.getRecord('household', H2)).toBeUndefined();
    expect(await client.listUnreadable()).toEqual([
      { entity: 'household', id: H2, version: bad.version, fields: { status: 'status_invalid', phone: 'phone_or_landline_invalid' }, receivedAt: expect.any(String) },
    ]);
  });

  it('keeps the copy the phone had while a newer one is unreadable, and reads a fixed version again', async () => {
    const { client, server } = await signedInClient();
    server.serverWrite('household', H1, aHousehold({ room: '101', notes: '原来的' }));
    await client.syncNow();

    server.serverWrite('household', H1, { unit: '' });
    await client.syncNow();
    expect(await client.getRecord('household', H1)).toMatchObject({ unit: '2', notes: '原来的', version: 1 });
    expect((await client.listUnreadable()).map((r) => [r.id, r.version, r.fields])).toEqual([[H1, 2, { unit: 'label_required' }]]);

    const fixed = server.serverWrite('household', H1, { unit: '3' });
    await client.syncNow();
    expect(await client.getRecord('household', H1)).toMatchObject({ unit: '3', version: fixed.version });
    expect(await client.listUnreadable()).toEqual([]);
    expect(client.getSyncStatus().unreadable).toBe(0);
  });

  it('forgets what it kept aside when the server restarts the feed, and when the user signs out', async () => {
    const { client, server } = await signedInClient();
    server.serverWrite('household', H2, aHousehold({ status: 'haunted' }));
    await client.syncNow();
    expect(await client.listUnreadable()).toHaveLength(1);

    server.resetNextPull = true;
    server.serverDelete('household', H2);
    await client.syncNow();
    expect(await client.listUnreadable()).toEqual([]);

    server.serverWrite('household', H1, aHousehold({ status: 'haunted' }));
    await client.syncNow();
    expect(await client.listUnreadable()).toHaveLength(1);
    await client.signOut();
    expect(await client.db.unreadable.count()).toBe(0);
  });

  it("reads a volunteer's resident without key-group tags (the server withholds them) as having none", async () => {
    const { client, server } = await signedInClient();
    server.serverWrite('resident', sampleIds.resident, { householdId: sampleIds.household, name: '张三' });
    await client.syncNow();
    expect(await client.getRecord('resident', sampleIds.resident)).toMatchObject({ name: '张三', tags: [] });
    expect(await client.listUnreadable()).toEqual([]);
  });

  it('reads a record dated today on a phone whose clock is days behind (dates are judged when written, not when read)', async () => {
    const { client, server } = await signedInClient();
    server.serverWrite('resident', sampleIds.resident, aResident({ movedOutOn: '2026-11-25' }));
    vi.useFakeTimers({ now: new Date('2026-11-20T08:00:00Z'), toFake: ['Date'] });
    await client.syncNow();
    expect(await client.getRecord('resident', sampleIds.resident)).toMatchObject({ movedOutOn: '2026-11-25' });
    expect(await client.listUnreadable()).toEqual([]);
  });
});
