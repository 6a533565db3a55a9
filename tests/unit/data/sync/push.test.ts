import { afterEach, describe, expect, it } from 'vitest';
import type { PushRequest } from '../../../../src/domain/sync-protocol';
import { aHousehold, aResident, sampleIds } from '../../../fixtures/domain-records';
import { disposeClients, signedInClient } from '../support/test-client';

afterEach(disposeClients);

function batchSizes(requests: { body: unknown }[]): number[] {
  return requests.map((r) => (r.body as PushRequest).mutations.length);
}

describe('push', () => {
  it('sends local writes once, in order, and marks the records synced with the server version', async () => {
    const { client, server } = await signedInClient();
    const householdId = await client.create('household', aHousehold());
    const residentId = await client.create('resident', aResident({ householdId }));
    await client.patch('resident', residentId, { notes: '独居老人' });

    await client.syncNow();

    const sent = server.requests('push').flatMap((r) => (r.body as PushRequest).mutations);
    expect(sent.map((m) => [m.entity, m.op, m.id])).toEqual([
      ['household', 'create', householdId],
      ['resident', 'create', residentId],
      ['resident', 'patch', residentId],
    ]);
    expect(server.records.get(residentId)!.data).toMatchObject({ name: '张三', notes: '独居老人' });
    expect(await client.db.outbox.count()).toBe(0);
    const resident = await client.getRecord('resident', residentId);
    expect(resident).toMatchObject({ _sync: 'synced', version: server.records.get(residentId)!.version, notes: '独居老人' });
    expect(resident).not.toHaveProperty('_server');
    expect(client.getSyncStatus()).toMatchObject({ phase: 'idle', pending: 0, lastError: null });
    expect(client.getSyncStatus().lastSyncAt).not.toBeNull();
  });

  it('sends a patch of a record created offline with the version its create got as baseVersion', async () => {
    const { client, server } = await signedInClient();
    const id = await client.create('household', aHousehold());
    await client.patch('household', id, { notes: '新装门禁' });
    await client.syncNow();
    const patch = server.requests('push').flatMap((r) => (r.body as PushRequest).mutations).find((m) => m.op === 'patch');
    expect(patch!.baseVersion).toBe(server.records.get(id)!.version - 1);
  });

  it('acknowledges a mutation whose answer was lost once the server reports it as duplicate, without doubling it', async () => {
    const { client, server } = await signedInClient();
    const id = await client.create('household', aHousehold());
    server.fail('push', { kind: 'lost-after-commit' });

    await client.syncNow();
    expect(client.getSyncStatus()).toMatchObject({ phase: 'offline', lastError: 'NETWORK', pending: 1 });
    expect(server.records.size).toBe(1);

    await client.syncNow();
    expect(server.records.size).toBe(1);
    expect(await client.db.outbox.count()).toBe(0);
    expect(await client.getRecord('household', id)).toMatchObject({ _sync: 'synced' });
    const [first, second] = server.requests('push').map((r) => (r.body as PushRequest).mutations[0]!.mutationId);
    expect(second).toBe(first);
  });

  it('keeps a rejected mutation for attention without blocking the others', async () => {
    const { client, server } = await signedInClient();
    server.reject = (m) => (m.data.room === '404' ? { code: 'FORBIDDEN', message: 'outside your grids', fields: { buildingId: 'forbidden' } } : null);
    const ok1 = await client.create('household', aHousehold({ room: '401' }));
    const bad = await client.create('household', aHousehold({ room: '404' }));
    const ok2 = await client.create('household', aHousehold({ room: '405' }));

    await client.syncNow();

    expect([...server.records.keys()].sort()).toEqual([ok1, ok2].sort());
    const rejected = await client.listRejected();
    expect(rejected).toHaveLength(1);
    expect(rejected[0]).toMatchObject({ recordId: bad, state: 'rejected', error: { code: 'FORBIDDEN', fields: { buildingId: 'forbidden' } } });
    expect(await client.getRecord('household', bad)).toMatchObject({ _sync: 'rejected', room: '404' });
    expect(client.getSyncStatus()).toMatchObject({ phase: 'idle', pending: 0, rejected: 1 });
  });

  it('holds back later changes of a record whose earlier mutation was rejected, and sends them after resend', async () => {
    const { client, server } = await signedInClient();
    server.reject = (m) => (m.data.name === '测试' ? { code: 'VALIDATION', message: 'bad', fields: { name: 'name_required' } } : null);
    const id = await client.create('resident', aResident({ name: '测试' }));
    await client.syncNow();
    await client.patch('resident', id, { notes: '补充' });
    await client.syncNow();

    expect(server.pushedMutationIds()).toHaveLength(1);
    expect(client.getSyncStatus()).toMatchObject({ pending: 1, rejected: 1 });

    const [rejected] = await client.listRejected();
    await client.resend(rejected!.mutationId, { ...rejected!.data, name: '张三丰' });
    const resent = (await client.db.outbox.orderBy('seq').first())!;
    expect(resent.mutationId).not.toBe(rejected!.mutationId);
    expect(resent.seq).toBe(rejected!.seq);
    await client.syncNow();

    expect(server.records.get(id)!.data).toMatchObject({ name: '张三丰', notes: '补充' });
    expect(await client.db.outbox.count()).toBe(0);
    expect(await client.getRecord('resident', id)).toMatchObject({ name: '张三丰', notes: '补充', _sync: 'synced' });
  });

  it('validates resent data like a new write', async () => {
    const { client, server } = await signedInClient();
    server.reject = () => ({ code: 'FORBIDDEN', message: 'no' });
    await client.create('household', aHousehold());
    await client.syncNow();
    const [rejected] = await client.listRejected();
    await expect(client.resend(rejected!.mutationId, { ...rejected!.data, phone: '123' })).rejects.toMatchObject({ fields: { phone: 'phone_or_landline_invalid' } });
    expect((await client.listRejected())[0]!.mutationId).toBe(rejected!.mutationId);
  });

  it('discarding a rejected create removes the record and everything queued for it', async () => {
    const { client, server } = await signedInClient();
    server.reject = (m) => (m.op === 'create' ? { code: 'FORBIDDEN', message: 'no' } : null);
    const id = await client.create('household', aHousehold());
    await client.syncNow();
    await client.patch('household', id, { notes: 'x' });
    await client.discard((await client.listRejected())[0]!.mutationId);
    expect(await client.getRecord('household', id)).toBeUndefined();
    expect(await client.db.outbox.count()).toBe(0);
  });

  it('discarding a rejected patch restores the server copy', async () => {
    const { client, server } = await signedInClient();
    server.serverWrite('resident', sampleIds.resident, aResident());
    await client.syncNow();
    server.reject = (m) => (m.op === 'patch' ? { code: 'VALIDATION', message: 'no', fields: { phone: 'phone_invalid' } } : null);
    await client.patch('resident', sampleIds.resident, { phone: '13700000000' });
    await client.syncNow();
    expect(await client.getRecord('resident', sampleIds.resident)).toMatchObject({ phone: '13700000000', _sync: 'rejected' });

    await client.discard((await client.listRejected())[0]!.mutationId);
    expect(await client.getRecord('resident', sampleIds.resident)).toMatchObject({ phone: aResident().phone, _sync: 'synced' });
  });

  it('pushes in batches of at most 200 in save order', async () => {
    const { client, server } = await signedInClient();
    const ids = await Promise.all(Array.from({ length: 450 }, (_, i) => client.create('household', aHousehold({ room: String(100 + i) }))));
    await client.syncNow();
    expect(batchSizes(server.requests('push'))).toEqual([200, 200, 50]);
    expect(server.requests('push').flatMap((r) => (r.body as PushRequest).mutations.map((m) => m.id))).toEqual(ids);
    expect(server.records.size).toBe(450);
  }, 20_000);

  it('halves the batch on 413 until the server takes it', async () => {
    const { client, server } = await signedInClient();
    server.maxMutations = 60;
    await Promise.all(Array.from({ length: 130 }, (_, i) => client.create('household', aHousehold({ room: String(100 + i) }))));
    await client.syncNow();
    expect(batchSizes(server.requests('push'))).toEqual([130, 65, 32, 32, 32, 32, 2]);
    expect(server.requests('push').map((r) => r.status)).toEqual([413, 413, 200, 200, 200, 200, 200]);
    expect(server.records.size).toBe(130);
    expect(client.getSyncStatus().lastError).toBeNull();
  });

  it('rejects locally a single mutation the server always refuses as too large, and goes on', async () => {
    const { client, server } = await signedInClient();
    const big = await client.create('household', aHousehold({ room: '1' }));
    const small = await client.create('household', aHousehold({ room: '2' }));
    // The pair is refused, then the first one alone.
    server.fail('push', { kind: 'response', status: 413 }, { kind: 'response', status: 413 });
    await client.syncNow();
    expect(server.records.has(small)).toBe(true);
    expect((await client.listRejected()).map((e) => [e.recordId, e.error?.code])).toEqual([[big, 'PAYLOAD_TOO_LARGE']]);
  });
});
