/**
 * A real server, a fault-injecting proxy in front of it, and real client data layers (Dexie on
 * fake-indexeddb) talking through the proxy. `expectServerMatchesClient` is the end-of-run check:
 * the server holds exactly the client's records — same ids, same content, each change applied once.
 */
import { expect } from 'vitest';
import { createDataClient, type GridwalkDataClient } from '../../src/data/create-data-client';
import type { EntityName } from '../../src/domain/entities/registry';
import { SERVER_FIELDS } from '../../src/domain/sync-protocol';
import { startFaultProxy, type FaultProxy } from '../fixtures/fault-proxy';
import { startTestServer, type TestServer } from '../fixtures/server-harness';

export interface SyncWorld {
  server: TestServer;
  proxy: FaultProxy;
  close(): Promise<void>;
}

export async function startSyncWorld(): Promise<SyncWorld> {
  const server = await startTestServer();
  const proxy = await startFaultProxy(server.url);
  return {
    server,
    proxy,
    async close() {
      await proxy.close();
      await server.close();
    },
  };
}

let clientCounter = 0;

/** A signed-in client whose sync runs only when the test says so. */
export async function signedInClient(world: SyncWorld, username: string, options: { pushBatchSize?: number } = {}): Promise<GridwalkDataClient> {
  clientCounter += 1;
  const client = createDataClient({
    ...options,
    baseUrl: world.proxy.url,
    dbName: `sync-test-${process.pid}-${clientCounter}-${Date.now()}`,
    autoStart: false,
    requestTimeoutMs: 2500,
    isOnline: () => true,
    random: () => 0.5,
    backoff: { baseMs: 5, capMs: 20 },
  });
  await client.signIn(username, world.server.password);
  return client;
}

/** Syncs until nothing is pending and the last run succeeded (bounded). */
export async function syncUntilSettled(client: GridwalkDataClient, maxRuns = 20): Promise<void> {
  for (let run = 0; run < maxRuns; run++) {
    await client.syncNow();
    const status = client.getSyncStatus();
    if (status.pending === 0 && status.lastError === null) return;
  }
  const status = client.getSyncStatus();
  throw new Error(`sync did not settle: ${JSON.stringify(status)}`);
}

/** The entity fields of a record, without server metadata or local bookkeeping. */
export function businessFields(record: Record<string, unknown>): Record<string, unknown> {
  const skip = new Set<string>(SERVER_FIELDS);
  return Object.fromEntries(Object.entries(record).filter(([key]) => !skip.has(key) && !key.startsWith('_')));
}

interface ServerRow {
  id: string;
  entity: EntityName;
  version: number;
  data: Record<string, unknown>;
  voided: boolean;
}

export async function serverRecords(world: SyncWorld, ids: string[]): Promise<ServerRow[]> {
  if (ids.length === 0) return [];
  const { rows } = await world.server.db.query<{ id: string; entity: EntityName; version: number; data: Record<string, unknown>; voided_at: unknown }>(
    'SELECT id, entity, version, data, voided_at FROM records WHERE id = ANY($1::uuid[])',
    [ids],
  );
  return rows.map((r) => ({ id: r.id, entity: r.entity, version: r.version, data: r.data, voided: r.voided_at !== null }));
}

export async function appliedMutationCount(world: SyncWorld, deviceId: string): Promise<number> {
  const { rows } = await world.server.db.query<{ n: string | number }>('SELECT count(*) AS n FROM mutations WHERE device_id = $1', [deviceId]);
  return Number(rows[0]!.n);
}

/** What the client did to one record: entity, and how many changes after the create. */
export interface Expected {
  entity: EntityName;
  changes: number;
  voided?: boolean;
}

/**
 * The server holds exactly these records, each with the client's content, at version 1 + changes
 * (a change applied twice would show as a higher version), and the client has nothing left to send.
 */
export async function expectServerMatchesClient(world: SyncWorld, client: GridwalkDataClient, expected: Map<string, Expected>): Promise<void> {
  const ids = [...expected.keys()];
  const rows = await serverRecords(world, ids);
  expect(rows).toHaveLength(ids.length);
  for (const row of rows) {
    const want = expected.get(row.id)!;
    const local = await client.getRecord(want.entity, row.id);
    expect(local, `client copy of ${want.entity} ${row.id}`).toBeDefined();
    expect(row.entity).toBe(want.entity);
    expect(businessFields(row.data)).toEqual(businessFields(local!));
    expect(row.version).toBe(1 + want.changes);
    expect(local!.version).toBe(row.version);
    expect(local!._sync).toBe('synced');
    expect(row.voided).toBe(want.voided ?? false);
  }
  const status = client.getSyncStatus();
  expect(status.pending).toBe(0);
  expect(status.rejected).toBe(0);
}
