/**
 * Random work and random network faults (fixed seed in CI): whatever happens on the way, once the
 * network heals the server holds exactly the client's records, nothing lost, nothing doubled.
 */
import { afterAll, beforeAll, describe, it } from 'vitest';
import fc from 'fast-check';
import type { Fault } from '../fixtures/fault-proxy';
import { WorkerActions } from './record-factory';
import { expectServerMatchesClient, signedInClient, startSyncWorld, syncUntilSettled, type SyncWorld } from './sync-world';

const SEED = Number(process.env.SYNC_FUZZ_SEED ?? 20261125);
const RUNS = Number(process.env.SYNC_FUZZ_RUNS ?? 12);

type Step =
  | { kind: 'household' }
  | { kind: 'resident'; pick: number }
  | { kind: 'visit'; pick: number }
  | { kind: 'patch'; pick: number; phone: string }
  | { kind: 'void'; pick: number }
  | { kind: 'sync'; faults: (Fault | null)[] };

const faultArb: fc.Arbitrary<Fault | null> = fc.oneof(
  { arbitrary: fc.constant(null), weight: 4 },
  { arbitrary: fc.constant<Fault>({ kind: 'status', status: 503 }), weight: 1 },
  { arbitrary: fc.constant<Fault>({ kind: 'status', status: 429, retryAfterSeconds: 0 }), weight: 1 },
  { arbitrary: fc.constant<Fault>({ kind: 'status', status: 401, code: 'UNAUTHORIZED' }), weight: 1 },
  { arbitrary: fc.constant<Fault>({ kind: 'drop-after-commit' }), weight: 2 },
  { arbitrary: fc.constant<Fault>({ kind: 'duplicate' }), weight: 1 },
  { arbitrary: fc.integer({ min: 50, max: 400 }).map<Fault>((delayMs) => ({ kind: 'late-delivery', delayMs })), weight: 1 },
);

const stepArb: fc.Arbitrary<Step> = fc.oneof(
  { arbitrary: fc.constant<Step>({ kind: 'household' }), weight: 3 },
  { arbitrary: fc.nat().map<Step>((pick) => ({ kind: 'resident', pick })), weight: 3 },
  { arbitrary: fc.nat().map<Step>((pick) => ({ kind: 'visit', pick })), weight: 3 },
  {
    arbitrary: fc.tuple(fc.nat(), fc.integer({ min: 0, max: 99_999_999 })).map<Step>(([pick, n]) => ({
      kind: 'patch',
      pick,
      phone: `139${String(n).padStart(8, '0')}`,
    })),
    weight: 2,
  },
  { arbitrary: fc.nat().map<Step>((pick) => ({ kind: 'void', pick })), weight: 1 },
  { arbitrary: fc.array(faultArb, { minLength: 1, maxLength: 4 }).map<Step>((faults) => ({ kind: 'sync', faults })), weight: 3 },
);

let world: SyncWorld;

beforeAll(async () => {
  world = await startSyncWorld();
});

afterAll(async () => {
  await world.close();
});

describe('randomized work under random faults', () => {
  it('ends with the server holding exactly the client records', async () => {
    const user = world.server.demo.users.find((u) => u.username === 'worker1')!;
    const building = world.server.demo.buildings.find((b) => b.gridId === user.gridIds[0])!;

    await fc.assert(
      fc.asyncProperty(fc.array(stepArb, { minLength: 5, maxLength: 25 }), async (steps) => {
        const client = await signedInClient(world, 'worker1');
        const worker = new WorkerActions(client, building.id);
        const households: string[] = [];
        const residents: { id: string; household: string }[] = [];
        const visits: string[] = [];
        try {
          for (const step of steps) {
            switch (step.kind) {
              case 'household':
                households.push(await worker.household());
                break;
              case 'resident':
                if (households.length) {
                  const household = households[step.pick % households.length]!;
                  residents.push({ id: await worker.resident(household), household });
                }
                break;
              case 'visit':
                if (residents.length) {
                  const r = residents[step.pick % residents.length]!;
                  visits.push(await worker.visit(r.household, r.id));
                }
                break;
              case 'patch':
                if (households.length) await worker.patchHousehold(households[step.pick % households.length]!, { phone: step.phone });
                break;
              case 'void':
                if (visits.length) await worker.voidVisit(visits[step.pick % visits.length]!);
                break;
              case 'sync': {
                const faults = [...step.faults];
                world.proxy.setRandom('/api/v1/', () => faults.shift() ?? null);
                await client.syncNow();
                world.proxy.clear();
                // A refused refresh token asks the worker to sign in again, as they would.
                if (client.getSessionState().reauthRequired) await client.signIn('worker1', world.server.password);
                break;
              }
            }
          }
          await syncUntilSettled(client);
          await world.proxy.settle();
          await expectServerMatchesClient(world, client, worker.expected);
        } finally {
          world.proxy.clear();
          await world.proxy.settle();
          await client.close();
        }
      }),
      { seed: SEED, numRuns: RUNS, endOnFailure: true },
    );
  });
});
