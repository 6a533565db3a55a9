/**
 * The retention purge as the phone runs it (issue 18): after a successful sync, with the window the
 * server sent at sign-in (30 days when it sent none), at most once a day; refused records stay; the
 * settings screen reads what the phone holds and the last purge.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { GridwalkDataClient } from '../../../../src/data/create-data-client';
import type { StoredRecord } from '../../../../src/data/db/stored-record';
import { aCheckpointEntry, aVisit } from '../../../fixtures/domain-records';
import { FakeSyncServer } from '../support/fake-sync-server';
import { disposeClients, signedInClient } from '../support/test-client';

afterEach(disposeClients);

const NOW = Date.parse('2026-11-30T02:00:00Z');
const DAY = 86_400_000;
const HOUR = 3_600_000;
const daysBefore = (days: number, from = NOW) => new Date(from - days * DAY).toISOString();

let seq = 0;
function pulledVisit(visitedAt: string): StoredRecord {
  return { ...aVisit({ visitedAt }), id: `0190a000-0000-7000-8000-${String(++seq).padStart(12, '0')}`, version: 1, _sync: 'synced' };
}

async function visitIds(client: GridwalkDataClient): Promise<string[]> {
  return (await client.db.records('visit').toCollection().primaryKeys()).sort();
}

function serverWith(retentionDays: number | undefined): FakeSyncServer {
  const server = new FakeSyncServer();
  server.retentionDays = retentionDays;
  return server;
}

describe('retention on the phone', () => {
  it("purges with the server's window after a successful sync, and the settings read what is left", async () => {
    const { client } = await signedInClient({ now: () => NOW }, serverWith(7));
    const eightDays = pulledVisit(daysBefore(8));
    const sixDays = pulledVisit(daysBefore(6));
    await client.db.records('visit').bulkPut([eightDays, sixDays]);

    await client.syncNow();

    expect(await visitIds(client)).toEqual([sixDays.id]);
    const status = await client.getRetentionStatus();
    expect(status.retentionDays).toBe(7);
    expect(status.held.visit).toBe(1);
    expect(status.lastPurge).toEqual({
      at: new Date(NOW).toISOString(),
      retentionDays: 7,
      removed: { visit: 1, fever_report: 0, checkpoint_entry: 0, shift_note: 0, resident: 0 },
    });
  });

  it('keeps 30 days when the server sends no window', async () => {
    const { client } = await signedInClient({ now: () => NOW }, serverWith(undefined));
    const old = pulledVisit(daysBefore(31));
    const recent = pulledVisit(daysBefore(29));
    await client.db.records('visit').bulkPut([old, recent]);

    await client.syncNow();

    expect(await visitIds(client)).toEqual([recent.id]);
    expect((await client.getRetentionStatus()).retentionDays).toBe(30);
  });

  it('keeps records the server refused: the accepted old one leaves once synced, the refused one stays to be fixed', async () => {
    const server = serverWith(30);
    server.reject = (mutation) => (mutation.entity === 'checkpoint_entry' ? { code: 'VALIDATION', message: 'refused' } : null);
    const { client } = await signedInClient({ now: () => NOW }, server);
    // Written up late on this phone: a visit and a gate entry of 40 days ago.
    const visit = await client.create('visit', aVisit({ visitedAt: daysBefore(40) }));
    const entry = await client.create('checkpoint_entry', aCheckpointEntry({ at: daysBefore(40) }));

    await client.syncNow();

    expect(server.pushedMutationIds()).toHaveLength(2);
    expect(await client.getRecord('visit', visit)).toBeUndefined();
    expect(await client.getRecord('checkpoint_entry', entry)).toMatchObject({ _sync: 'rejected' });
    expect((await client.listRejected()).map((e) => e.recordId)).toEqual([entry]);
    const status = await client.getRetentionStatus();
    expect(status.held.checkpoint_entry).toBe(1);
    expect(status.unsent).toBe(1);
  });

  it('purges at most once in 20 hours', async () => {
    let clock = NOW;
    const { client } = await signedInClient({ now: () => clock }, serverWith(30));
    await client.syncNow();
    const old = pulledVisit(daysBefore(40));
    await client.db.records('visit').put(old);

    clock = NOW + 19 * HOUR;
    await client.syncNow();
    expect(await visitIds(client)).toEqual([old.id]);

    clock = NOW + 20 * HOUR;
    await client.syncNow();
    expect(await visitIds(client)).toEqual([]);
    expect((await client.getRetentionStatus()).lastPurge?.at).toBe(new Date(clock).toISOString());
  });

  it('purges again at once when the server had the phone pull from the start', async () => {
    let clock = NOW;
    const server = serverWith(30);
    const { client } = await signedInClient({ now: () => clock }, server);
    const oldId = '0190a000-0000-7000-8000-0000000000e1';
    const recentId = '0190a000-0000-7000-8000-0000000000e2';
    server.serverWrite('visit', oldId, aVisit({ visitedAt: daysBefore(40) }));
    server.serverWrite('visit', recentId, aVisit({ visitedAt: daysBefore(3) }));
    await client.syncNow();
    expect(await visitIds(client)).toEqual([recentId]);

    clock = NOW + HOUR;
    server.resetNextPull = true;
    await client.syncNow();

    // The pull from the start brought the old visit back; the purge ran again within the hour.
    expect(await visitIds(client)).toEqual([recentId]);
    expect((await client.getRetentionStatus()).lastPurge?.at).toBe(new Date(clock).toISOString());
  });

  it("follows the window a refresh sends, and keeps the last one when a refresh sends none", async () => {
    const server = serverWith(7);
    const { client } = await signedInClient({ now: () => NOW }, server);
    expect(client.session.current()?.retentionDays).toBe(7);

    server.retentionDays = 14;
    server.expireAccessTokens();
    await client.syncNow();
    expect(server.requests('refresh')).toHaveLength(1);
    expect(client.session.current()?.retentionDays).toBe(14);
    expect((await client.getRetentionStatus()).retentionDays).toBe(14);

    server.retentionDays = undefined;
    server.expireAccessTokens();
    await client.syncNow();
    expect(server.requests('refresh')).toHaveLength(2);
    expect(client.session.current()?.retentionDays).toBe(14);
  });

  it('forgets the last purge on sign-out', async () => {
    const { client } = await signedInClient({ now: () => NOW }, serverWith(30));
    await client.syncNow();
    expect((await client.getRetentionStatus()).lastPurge).not.toBeNull();

    await client.signOut();

    expect((await client.getRetentionStatus()).lastPurge).toBeNull();
  });
});
