/**
 * A grid worker's phone drops others' gate entries older than 48 hours after a pull (issue 18), never
 * their own, never unsent ones; the secretary's phone keeps the full log.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { purgeOthersGateEntries } from '../../../../src/data/sync/gate-log-purge';
import type { GridwalkDataClient } from '../../../../src/data/create-data-client';
import type { StoredRecord } from '../../../../src/data/db/stored-record';
import { aCheckpointEntry } from '../../../fixtures/domain-records';
import { otherUser, testUser } from '../support/fake-sync-server';
import { disposeClients, signedInClient } from '../support/test-client';

afterEach(disposeClients);

const NOW = Date.parse('2026-11-30T02:00:00Z');
const HOUR = 60 * 60 * 1000;
/** The ISO time `hours` before NOW, written in the offset given (minutes east of UTC). */
function hoursBefore(hours: number, offsetMinutes = 0): string {
  const local = new Date(NOW - hours * HOUR + offsetMinutes * 60 * 1000).toISOString().slice(0, 19);
  if (offsetMinutes === 0) return `${local}Z`;
  const sign = offsetMinutes > 0 ? '+' : '-';
  const abs = Math.abs(offsetMinutes);
  return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

let seq = 0;
/** A gate entry as a pull leaves it on the phone. */
function pulledEntry(at: string, createdBy: string | undefined, sync: StoredRecord['_sync'] = 'synced'): StoredRecord {
  const id = `0190a000-0000-7000-8000-${String(++seq).padStart(12, '0')}`;
  return { ...aCheckpointEntry({ at }), id, version: 1, ...(createdBy ? { createdBy } : {}), _sync: sync };
}

async function idsLeft(client: GridwalkDataClient): Promise<string[]> {
  return (await client.db.records('checkpoint_entry').toCollection().primaryKeys()).sort();
}

describe('purging others’ gate entries on a grid worker’s phone', () => {
  it('drops others’ synced entries older than 48 hours, whatever offset they were written with', async () => {
    const { client } = await signedInClient();
    const old = pulledEntry(hoursBefore(49), otherUser.id);
    const oldInShanghai = pulledEntry(hoursBefore(48.5, 480), otherUser.id);
    const oldInHonolulu = pulledEntry(hoursBefore(60, -600), otherUser.id);
    const recent = pulledEntry(hoursBefore(47), otherUser.id);
    const recentInShanghai = pulledEntry(hoursBefore(47.5, 480), otherUser.id);
    await client.db.records('checkpoint_entry').bulkPut([old, oldInShanghai, oldInHonolulu, recent, recentInShanghai]);

    expect(await purgeOthersGateEntries(client.db, testUser, NOW)).toBe(3);
    expect(await idsLeft(client)).toEqual([recent.id, recentInShanghai.id].sort());
  });

  it('keeps the user’s own entries of any age, unsent ones, and ones whose author is not yet known', async () => {
    const { client } = await signedInClient();
    const own = pulledEntry(hoursBefore(24 * 20), testUser.id);
    const pending = pulledEntry(hoursBefore(72), otherUser.id, 'pending');
    const refused = pulledEntry(hoursBefore(72), otherUser.id, 'rejected');
    const unknownAuthor = pulledEntry(hoursBefore(72), undefined);
    await client.db.records('checkpoint_entry').bulkPut([own, pending, refused, unknownAuthor]);
    // An entry saved on this phone three days ago and never sent.
    const unsent = await client.create('checkpoint_entry', aCheckpointEntry({ at: hoursBefore(72) }));

    expect(await purgeOthersGateEntries(client.db, testUser, NOW)).toBe(0);
    expect(await idsLeft(client)).toEqual([own.id, pending.id, refused.id, unknownAuthor.id, unsent].sort());
  });

  it('a later purge drops what aged out since the last one, reading on from there', async () => {
    const { client } = await signedInClient();
    const agingOut = pulledEntry(hoursBefore(47), otherUser.id);
    const agingOutInShanghai = pulledEntry(hoursBefore(47.5, 480), otherUser.id);
    const own = pulledEntry(hoursBefore(24 * 5), testUser.id);
    await client.db.records('checkpoint_entry').bulkPut([agingOut, agingOutInShanghai, own]);
    expect(await purgeOthersGateEntries(client.db, testUser, NOW)).toBe(0);

    expect(await purgeOthersGateEntries(client.db, testUser, NOW + 2 * 3_600_000)).toBe(2);
    expect(await idsLeft(client)).toEqual([own.id]);
  });

  it('leaves the secretary’s full log alone', async () => {
    const { client } = await signedInClient();
    const old = pulledEntry(hoursBefore(24 * 10), otherUser.id);
    await client.db.records('checkpoint_entry').put(old);

    expect(await purgeOthersGateEntries(client.db, { ...testUser, role: 'secretary' }, NOW)).toBe(0);
    expect(await idsLeft(client)).toEqual([old.id]);
  });

  it('runs after each pull of a sync run', async () => {
    const { client, server } = await signedInClient({ now: () => NOW });
    const old = pulledEntry(hoursBefore(49), otherUser.id);
    const recent = pulledEntry(hoursBefore(1), otherUser.id);
    await client.db.records('checkpoint_entry').bulkPut([old, recent]);

    await client.syncNow();

    expect(server.requests('pull')).toHaveLength(1);
    expect(await idsLeft(client)).toEqual([recent.id]);
  });
});
