/**
 * Issue 11, guards no other test covered: a mutationId is its first writer's, whatever the content;
 * a visit check with symptoms and no temperature is stored with its symptoms.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../fixtures/server-harness';
import { createOf, findRecord, findRecords, type ApiClient } from '../../fixtures/server-client';
import { aVisit } from '../../fixtures/domain-records';

let server: TestServer;
const clients: Record<string, ApiClient> = {};

beforeAll(async () => {
  server = await startTestServer();
  for (const username of ['worker1', 'secretary1']) {
    clients[username] = await server.api(username, `device-${username}`);
  }
});
afterAll(async () => {
  await server?.close();
});

describe('a mutationId seen before', () => {
  it('from another user with the same content is ID_REUSE, never a duplicate carrying the first user’s result', async () => {
    const [household] = await findRecords(server.db, 'household', { gridId: server.demo.gridIds[0]! });
    const visit = createOf('visit', aVisit({ householdId: household!.id, checks: [], outcome: 'not_home' }));
    const first = await clients.worker1!.push([visit]);
    expect(first.body.results[0]).toMatchObject({ mutationId: visit.mutationId, status: 'applied', version: 1 });

    const second = await clients.secretary1!.push([visit]);

    expect(second.status).toBe(200);
    const result = second.body.results[0]!;
    expect(result.status).toBe('rejected');
    expect(result.error?.code).toBe('ID_REUSE');
    expect(result.version).toBeUndefined();
    // The same user sending it again is the duplicate.
    const again = await clients.worker1!.push([visit]);
    expect(again.body.results[0]).toMatchObject({ status: 'duplicate', version: 1 });
  });
});

describe('a visit check with symptoms and no temperature', () => {
  it('is applied and stored (and pulled) with its symptoms', async () => {
    const { rows } = await server.db.query<{ id: string; household_id: string }>(
      "SELECT id, data->>'householdId' AS household_id FROM records WHERE entity = 'resident' AND grid_id = $1 ORDER BY seq LIMIT 1",
      [server.demo.gridIds[0]!],
    );
    const resident = rows[0]!;
    const checks = [{ residentId: resident.id, symptoms: ['cough', 'fatigue'] }];
    const visit = createOf('visit', aVisit({ householdId: resident.household_id, outcome: 'visited', checks }));

    const res = await clients.worker1!.push([visit]);

    expect(res.body.results[0]).toMatchObject({ status: 'applied', version: 1 });
    const stored = await findRecord(server.db, visit.id);
    expect(stored!.data).toMatchObject({ outcome: 'visited', checks });
    const pulled = (await clients.worker1!.pullAll()).changes.find((c) => c.id === visit.id);
    expect(pulled).toMatchObject({ op: 'upsert', data: { checks } });
  });
});
