/**
 * Minimal scope at the gate (issue 18): a grid worker receives the community's gate entries of the last
 * 48 hours and every entry they recorded; a visitor's ID number in full only on their own entries. The
 * secretary keeps the full log; volunteers receive none.
 */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Change } from '../../src/domain/sync-protocol';
import { findUserByUsername } from '../../src/server/auth/users';
import { loadScope } from '../../src/server/sync/scope';
import { startTestServer, type TestServer } from '../fixtures/server-harness';
import { createOf, voidOf, type ApiClient } from '../fixtures/server-client';
import { aCheckpointEntry } from '../fixtures/domain-records';
import { makeIdNumber } from '../fixtures/id-number-factory';

let server: TestServer;
const clients: Record<string, ApiClient> = {};

const HOUR = 60 * 60 * 1000;
const hoursAgo = (hours: number) => new Date(Date.now() - hours * HOUR).toISOString();

/** A visitor at the first gate `hours` ago, with an ID number of their own. */
function visitorEntry(hours: number, sequence: number) {
  return createOf('checkpoint_entry', aCheckpointEntry({
    checkpointId: server.demo.checkpointIds[0],
    at: hoursAgo(hours),
    idNumber: makeIdNumber({ region: '110102', sequence }),
  }));
}

type Entry = ReturnType<typeof visitorEntry>;
/** worker2's entries (1 hour, 47 hours and 49 hours ago), worker1's (1 hour and 72 hours ago). */
let entries: Record<'recent' | 'edge' | 'old' | 'mineRecent' | 'mineOld', Entry>;

beforeAll(async () => {
  server = await startTestServer();
  for (const username of ['worker1', 'worker2', 'secretary1', 'volunteer1']) clients[username] = await server.api(username);
  entries = { recent: visitorEntry(1, 1), edge: visitorEntry(47, 2), old: visitorEntry(49, 3), mineRecent: visitorEntry(1, 4), mineOld: visitorEntry(72, 5) };
  const byWorker2 = await clients.worker2!.push([entries.recent, entries.edge, entries.old]);
  const byWorker1 = await clients.worker1!.push([entries.mineRecent, entries.mineOld]);
  expect([...byWorker2.body.results, ...byWorker1.body.results].map((r) => r.status)).toEqual(Array(5).fill('applied'));
});
afterAll(async () => {
  await server?.close();
});

const gateEntries = (changes: Change[]) => new Map(changes.filter((c) => c.entity === 'checkpoint_entry').map((c) => [c.id, c.data]));
const idOf = (entry: Entry) => String(entry.data.idNumber);
const masked = (idNumber: string) => `${idNumber.slice(0, 6)}********${idNumber.slice(-4)}`;

describe('a grid worker at the gate', () => {
  it('receives others’ entries of the last 48 hours with the ID number masked, and their own of any age in full', async () => {
    const received = gateEntries((await clients.worker1!.pullAll()).changes);

    expect(received.get(entries.recent.id)?.idNumber).toBe(masked(idOf(entries.recent)));
    expect(received.get(entries.edge.id)?.idNumber).toBe(masked(idOf(entries.edge)));
    expect(received.has(entries.old.id)).toBe(false);
    expect(received.get(entries.mineRecent.id)?.idNumber).toBe(idOf(entries.mineRecent));
    expect(received.get(entries.mineOld.id)?.idNumber).toBe(idOf(entries.mineOld));
    // Everything else of another's entry arrives as recorded.
    expect(received.get(entries.recent.id)).toMatchObject({ name: '李四', phone: '13700001111', temperature: 36.4, at: entries.recent.data.at });
  });

  it('gets the same rule from the other side: worker2 sees worker1’s recent entry masked, not the 72-hour-old one', async () => {
    const received = gateEntries((await clients.worker2!.pullAll()).changes);
    expect(received.get(entries.mineRecent.id)?.idNumber).toBe(masked(idOf(entries.mineRecent)));
    expect(received.has(entries.mineOld.id)).toBe(false);
    expect(received.get(entries.old.id)?.idNumber).toBe(idOf(entries.old));
  });

  it('cannot void another worker’s entry older than 48 hours (unknown to them), but may void their own', async () => {
    const res = await clients.worker1!.push([voidOf('checkpoint_entry', entries.old.id, '登记错了'), voidOf('checkpoint_entry', entries.mineOld.id, '登记错了')]);
    expect(res.body.results.map((r) => r.error?.code ?? r.status)).toEqual(['NOT_FOUND', 'applied']);
  });

  it('cannot store a masked ID number: a gate entry is written with the full, valid number', async () => {
    const entry = visitorEntry(1, 6);
    const res = await clients.worker1!.push([{ ...entry, data: { ...entry.data, idNumber: masked(idOf(entry)) } }]);
    expect(res.body.results[0]!.error).toMatchObject({ code: 'VALIDATION', fields: { idNumber: 'id_number_format' } });
  });
});

describe('the rest of the community', () => {
  it('the secretary receives the full log with every ID number in full', async () => {
    const received = gateEntries((await clients.secretary1!.pullAll()).changes);
    for (const entry of Object.values(entries)) expect(received.get(entry.id)?.idNumber).toBe(idOf(entry));
  });

  it('a volunteer receives no gate entry', async () => {
    const { changes } = await clients.volunteer1!.pullAll();
    expect(gateEntries(changes).size).toBe(0);
  });
});

describe('a cursor made under the former rule (the full log, in full)', () => {
  /** The cursor with the scope hash as it was computed before issue 18 (no read-rule version in it). */
  async function formerCursor(username: string, cursor: string): Promise<string> {
    const scope = await loadScope(server.db, (await findUserByUsername(server.db, username))!);
    const parts = [scope.userId, scope.role, scope.communityId ?? '', scope.gridIds.join(','), scope.buildingIds.join(',')];
    const h = createHash('sha256').update(parts.join('|')).digest('base64url').slice(0, 22);
    const body = z.record(z.string(), z.unknown()).parse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
    return Buffer.from(JSON.stringify({ ...body, h })).toString('base64url');
  }

  it('resets a grid worker, whose phone drops its copies and pulls under the new rule', async () => {
    const { cursor } = await clients.worker1!.pullAll();
    const next = await clients.worker1!.pull(await formerCursor('worker1', cursor));
    expect(next.body.reset).toBe(true);
  });

  it('leaves the secretary’s cursor as it was (their log did not change)', async () => {
    const { cursor } = await clients.secretary1!.pullAll();
    const next = await clients.secretary1!.pull(await formerCursor('secretary1', cursor));
    expect(next.body.reset).toBeUndefined();
  });
});
