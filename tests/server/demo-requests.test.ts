/**
 * The help requests `npm start` adds to the demo (src/server/seed/demo-requests.ts): a volunteer signing
 * in to the demo finds open requests of the sealed building, contacts masked, the medicine one first in
 * their order; worker1 finds the resident's request waiting to be confirmed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareForVolunteer } from '../../src/domain/requests/help-request-display';
import { seedDemoRequests } from '../../src/server/seed/demo-requests';
import { startTestServer, type TestServer } from '../fixtures/server-harness';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
  const worker1 = server.demo.users.find((user) => user.username === 'worker1')!;
  await seedDemoRequests(server.db, server.demo.sealedBuildingId, worker1.id);
});
afterAll(async () => {
  await server?.close();
});

const requestsOf = async (username: string) => {
  const { changes } = await (await server.api(username)).pullAll();
  return changes.filter((change) => change.entity === 'help_request').map((change) => change.data);
};

describe('demo help requests', () => {
  it('gives volunteer1 the sealed building’s open requests, masked, medicine first', async () => {
    const requests = await requestsOf('volunteer1');
    expect(requests.map((r) => r.state)).toEqual(['open', 'open', 'open']);
    for (const request of requests) {
      expect(request.buildingId).toBe(server.demo.sealedBuildingId);
      expect(String(request.contactPhone)).toMatch(/^\d{3}\*{4}\d{4}$/);
      expect(String(request.contactName)).toMatch(/^\S\*+$/);
    }
    const ordered = requests
      .map((r) => ({ id: String(r.id), kind: String(r.kind), urgent: r.urgent === true, createdAt: String(r.createdAt) }))
      .sort(compareForVolunteer);
    expect(ordered[0]!.kind).toBe('medicine');
  });

  it('gives worker1 the resident’s request to confirm as well', async () => {
    const requests = await requestsOf('worker1');
    expect(requests).toHaveLength(4);
    const unconfirmed = requests.filter((r) => r.state === 'unconfirmed');
    expect(unconfirmed).toHaveLength(1);
    expect(unconfirmed[0]!.askedBy).toBe('resident');
    expect(String(unconfirmed[0]!.contactPhone)).not.toContain('*');
  });
});
