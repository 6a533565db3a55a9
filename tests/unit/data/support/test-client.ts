/** Builds real data clients on fake-indexeddb against a FakeSyncServer, and fake timers to drive them. */
import Dexie from 'dexie';
import { createDataClient, type DataClientOptions, type GridwalkDataClient } from '../../../../src/data/create-data-client';
import type { Timers } from '../../../../src/data/sync/timers';
import { FakeSyncServer } from './fake-sync-server';

const openClients: GridwalkDataClient[] = [];

export function newClient(server: FakeSyncServer, options: Partial<DataClientOptions> = {}): GridwalkDataClient {
  const client = createDataClient({
    baseUrl: 'http://gridwalk.test',
    dbName: `gridwalk-test-${crypto.randomUUID()}`,
    fetch: server.fetch,
    autoStart: false,
    isOnline: () => true,
    env: {},
    random: () => 0.5,
    ...options,
  });
  openClients.push(client);
  return client;
}

export async function signedInClient(
  options: Partial<DataClientOptions> = {},
  server: FakeSyncServer = new FakeSyncServer(),
): Promise<{ client: GridwalkDataClient; server: FakeSyncServer }> {
  const client = newClient(server, options);
  await client.signIn('worker1', 'secret');
  return { client, server };
}

/** Call from afterEach: closes every client made here and deletes its database. */
export async function disposeClients(): Promise<void> {
  const clients = openClients.splice(0);
  for (const client of clients) await client.close();
  for (const name of new Set(clients.map((c) => c.db.name))) await Dexie.delete(name);
}

interface Scheduled {
  id: number;
  callback: () => void;
  ms: number;
}

/** Timers that only fire when the test says so, and show what is scheduled. */
export class FakeTimers implements Timers {
  private nextId = 1;
  scheduled: Scheduled[] = [];

  setTimeout = (callback: () => void, ms: number): unknown => {
    const id = this.nextId++;
    this.scheduled.push({ id, callback, ms });
    return id;
  };

  clearTimeout = (handle: unknown): void => {
    this.scheduled = this.scheduled.filter((s) => s.id !== handle);
  };

  delays(): number[] {
    return this.scheduled.map((s) => s.ms);
  }

  /** Fires the timer scheduled with this delay (the first one when several match). */
  fire(ms: number): void {
    const timer = this.scheduled.find((s) => s.ms === ms);
    if (!timer) throw new Error(`no timer of ${ms} ms; scheduled: ${this.delays().join(', ')}`);
    this.scheduled = this.scheduled.filter((s) => s !== timer);
    timer.callback();
  }
}
