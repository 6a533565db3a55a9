/**
 * Push and pull throughput of the real client engine against the real server (printed, not asserted).
 * The client's IndexedDB is fake-indexeddb in Node, so local-write figures are for comparison only.
 */
import { everyRecord } from '../../src/data/queries/record-queries';
import { createDataClient, type GridwalkDataClient } from '../../src/data/create-data-client';
import { startTestServer, type TestServer } from '../fixtures/server-harness';
import { makeIdNumber } from '../fixtures/id-number-factory';

export interface BenchFigures {
  label: string;
  seconds: number;
  perSecond?: number;
}

let dbCounter = 0;

async function client(server: TestServer, username: string, pushBatchSize?: number): Promise<GridwalkDataClient> {
  dbCounter += 1;
  const c = createDataClient({
    baseUrl: server.url,
    dbName: `bench-${process.pid}-${dbCounter}`,
    autoStart: false,
    isOnline: () => true,
    requestTimeoutMs: 120_000,
    ...(pushBatchSize ? { pushBatchSize } : {}),
  });
  await c.signIn(username, server.password);
  return c;
}

/** Saves `count` records as a worker would: households, each with residents. */
async function saveWork(c: GridwalkDataClient, buildingId: string, count: number, tag: string): Promise<void> {
  let saved = 0;
  let room = 0;
  while (saved < count) {
    room += 1;
    const householdId = await c.create('household', { buildingId, unit: tag, room: String(room), status: 'occupied' });
    saved += 1;
    for (let r = 0; r < 4 && saved < count; r++) {
      await c.create('resident', {
        householdId,
        name: `测试${room}-${r}`,
        idNumber: makeIdNumber({ birthDate: '1980-01-01', sequence: (room + r) % 100 }),
        tags: [],
      });
      saved += 1;
    }
  }
}

async function timed(fn: () => Promise<void>): Promise<number> {
  const start = performance.now();
  await fn();
  return (performance.now() - start) / 1000;
}

export async function benchPush(count: number): Promise<BenchFigures[]> {
  const server = await startTestServer({ scale: 0.1 });
  try {
    const worker = server.demo.users.find((u) => u.username === 'worker1')!;
    const building = server.demo.buildings.find((b) => b.gridId === worker.gridIds[0])!;

    const batched = await client(server, 'worker1');
    await batched.syncNow();
    const writeSeconds = await timed(() => saveWork(batched, building.id, count, 'B'));
    const batchedSeconds = await timed(() => batched.syncNow());
    const leftBatched = batched.getSyncStatus().pending;
    await batched.close();

    const single = await client(server, 'worker1', 1);
    await single.syncNow();
    await saveWork(single, building.id, count, 'S');
    const singleSeconds = await timed(() => single.syncNow());
    const leftSingle = single.getSyncStatus().pending;
    await single.close();
    if (leftBatched || leftSingle) throw new Error(`push left ${leftBatched} / ${leftSingle} mutations pending`);

    return [
      { label: `save ${count} records locally (fake-indexeddb)`, seconds: writeSeconds, perSecond: count / writeSeconds },
      { label: `push ${count} mutations, batches of 200`, seconds: batchedSeconds, perSecond: count / batchedSeconds },
      { label: `push ${count} mutations, one request per record`, seconds: singleSeconds, perSecond: count / singleSeconds },
      { label: 'ratio one-per-request / batched', seconds: singleSeconds / batchedSeconds },
    ];
  } finally {
    await server.close();
  }
}

export async function benchFirstPull(residents: number): Promise<BenchFigures[]> {
  const seedStart = performance.now();
  const server = await startTestServer({ scale: residents / 1500 });
  const seedSeconds = (performance.now() - seedStart) / 1000;
  try {
    const secretary = await client(server, 'secretary1');
    const seconds = await timed(() => secretary.syncNow());
    const records = (await secretary.listRecords(everyRecord('resident'))).length;
    await secretary.close();
    return [
      { label: `seed demo community (${server.demo.residents} residents, ${server.demo.households} households)`, seconds: seedSeconds },
      { label: `first pull by the secretary (${records} residents)`, seconds, perSecond: records / seconds },
    ];
  } finally {
    await server.close();
  }
}
