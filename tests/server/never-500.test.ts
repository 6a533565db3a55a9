import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENTITY_NAMES } from '../../src/domain/entities/registry';
import { startTestServer, type TestServer } from '../fixtures/server-harness';
import { apiClient, findRecords, type ApiClient } from '../fixtures/server-client';

let server: TestServer;
let worker: ApiClient;
let knownIds: string[];

beforeAll(async () => {
  server = await startTestServer();
  worker = await server.api('worker1', 'fuzz-phone');
  knownIds = [
    ...(await findRecords(server.db, 'household')).slice(0, 3).map((r) => r.id),
    ...(await findRecords(server.db, 'resident')).slice(0, 3).map((r) => r.id),
    server.demo.buildings[0]!.id,
    server.demo.checkpointIds[0]!,
  ];
});
afterAll(async () => {
  await server?.close();
});

const FUZZ = { seed: 20200123, numRuns: 60 };
/** Any code points, NUL and lone surrogates included. */
const text = (maxLength = 30) => fc.string({ unit: 'binary', maxLength });
const json = () => fc.jsonValue({ stringUnit: 'binary', maxDepth: 3 });

describe('bad input never gets a 500', () => {
  it('answers arbitrary JSON bodies on push with 400 or per-mutation results', async () => {
    await fc.assert(
      fc.asyncProperty(json(), async (body) => {
        const res = await worker.request('POST', '/api/v1/sync/push', JSON.stringify(body));
        expect([200, 400]).toContain(res.status);
      }),
      FUZZ,
    );
  });

  it('judges arbitrary mutations one by one, never failing inside', async () => {
    const mutation = fc.record(
      {
        mutationId: fc.string({ unit: 'binary', minLength: 1, maxLength: 40 }),
        entity: fc.constantFrom(...ENTITY_NAMES, 'person', ''),
        op: fc.constantFrom('create', 'patch', 'void', 'delete'),
        id: fc.oneof(fc.uuid(), fc.constantFrom(...knownIds), text()),
        baseVersion: fc.oneof(fc.nat(5), fc.integer(), fc.double()),
        data: fc.oneof(
          fc.dictionary(text(), json()),
          fc.record({ householdId: fc.constantFrom(...knownIds), buildingId: fc.constantFrom(...knownIds), name: text(), phone: text(), tags: fc.array(text()), reason: text() }, { requiredKeys: [] }),
        ),
        recordedAt: text(),
      },
      { requiredKeys: ['mutationId'] },
    );
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { maxLength: 6 }), async (mutations) => {
        const res = await worker.push(mutations);
        expect(res.status).toBe(200);
        expect(res.body.results).toHaveLength(mutations.length);
        for (const result of res.body.results) {
          expect(['applied', 'duplicate', 'rejected']).toContain(result.status);
          expect(result.error?.code).not.toBe('INTERNAL');
        }
      }),
      FUZZ,
    );
  });

  it('answers arbitrary cursors and limits with 200 or 400', async () => {
    await fc.assert(
      fc.asyncProperty(text(200), text(6), async (cursor, limit) => {
        const query = new URLSearchParams({ cursor, limit });
        const res = await worker.request('GET', `/api/v1/sync/pull?${query.toString()}`);
        expect([200, 400]).toContain(res.status);
      }),
      FUZZ,
    );
  });

  it('answers arbitrary sign-in and refresh bodies with 400 or 401', async () => {
    await fc.assert(
      fc.asyncProperty(json(), text(100), async (body, token) => {
        const client = apiClient(server.url);
        expect([400, 401]).toContain((await client.request('POST', '/api/v1/auth/login', JSON.stringify(body))).status);
        expect([400, 401]).toContain((await client.request('POST', '/api/v1/auth/refresh', { refreshToken: token })).status);
      }),
      { ...FUZZ, numRuns: 30 },
    );
  });
});
