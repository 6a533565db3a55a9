/**
 * Unit posters (issue 13): the sheet of a building for its secretary and its grid's workers, and
 * "Replace poster code" (secretary only), after which the old code stops working at once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { posterSheetSchema, unitPosterSchema } from '../../src/domain/api/posters';
import { startTestServer, type TestServer } from '../fixtures/server-harness';
import { apiClient, type ApiClient } from '../fixtures/server-client';

let server: TestServer;
const clients: Record<string, ApiClient> = {};

beforeAll(async () => {
  server = await startTestServer();
  for (const username of ['worker1', 'worker2', 'secretary1', 'volunteer1']) clients[username] = await server.api(username);
});
afterAll(async () => {
  await server?.close();
});

const sealed = () => server.demo.buildings.find((b) => b.id === server.demo.sealedBuildingId)!;
const postersOf = (username: string, buildingId: string) => clients[username]!.request('GET', `/api/v1/buildings/${buildingId}/posters`);
const replace = (username: string, buildingId: string, unit: string) =>
  clients[username]!.request('POST', `/api/v1/buildings/${buildingId}/posters/${unit}/replace`);
const publicUnit = (token: string) => apiClient(server.url).request('GET', `/api/v1/public/help/${token}`);

describe('the poster sheet', () => {
  it('gives worker1 one code per unit of 1栋 with their name and phone, the seal and the community', async () => {
    const res = await postersOf('worker1', sealed().id);
    expect(res.status).toBe(200);
    const sheet = posterSheetSchema.parse(res.body);
    expect(sheet.building).toMatchObject({ id: sealed().id, name: '1栋', sealed: true });
    expect(sheet.building.sealedSince).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(sheet.community.name).toBe('幸福里社区');
    expect(sheet.gridWorkers).toEqual([{ name: '网格员 李娟', phone: '13900000001' }]);
    expect(sheet.units.map((u) => u.unit)).toEqual(['1', '2']);
    for (const { token } of sheet.units) expect(token).toMatch(/^[A-Za-z0-9_-]{43,}$/);
    expect(new Set(sheet.units.map((u) => u.token)).size).toBe(2);
  });

  it('keeps the same codes when opened again, and the secretary sees the same sheet', async () => {
    const first = posterSheetSchema.parse((await postersOf('worker1', sealed().id)).body);
    const second = posterSheetSchema.parse((await postersOf('secretary1', sealed().id)).body);
    expect(second.units).toEqual(first.units);
  });

  it('shows the community hotline once the secretary sets one', async () => {
    await server.db.query(
      `UPDATE records SET data = data || '{"hotline":"027-88886666"}'::jsonb WHERE entity = 'community_settings' AND community_id = $1`,
      [server.demo.communityId],
    );
    const sheet = posterSheetSchema.parse((await postersOf('secretary1', sealed().id)).body);
    expect(sheet.community.hotline).toBe('027-88886666');
  });

  it('is not found for a grid worker of another grid (the building is outside what they read)', async () => {
    const res = await postersOf('worker2', sealed().id);
    expect(res.status).toBe(404);
    expect(res.body).toMatchObject({ error: { code: 'NOT_FOUND' } });
  });

  it('is forbidden to the volunteer assigned to the building, and not found for a building they are not assigned', async () => {
    expect((await postersOf('volunteer1', sealed().id)).status).toBe(403);
    const other = server.demo.buildings.find((b) => b.id !== sealed().id)!;
    expect((await postersOf('volunteer1', other.id)).status).toBe(404);
  });

  it('needs a signed-in user', async () => {
    expect((await apiClient(server.url).request('GET', `/api/v1/buildings/${sealed().id}/posters`)).status).toBe(401);
  });
});

describe('Replace poster code', () => {
  it('is the secretary’s: the old code answers POSTER_CODE_INVALID at once, the new one works', async () => {
    const before = posterSheetSchema.parse((await postersOf('secretary1', sealed().id)).body);
    const old = before.units.find((u) => u.unit === '2')!.token;
    expect((await publicUnit(old)).status).toBe(200);

    const res = await replace('secretary1', sealed().id, '2');
    expect(res.status).toBe(200);
    const fresh = unitPosterSchema.parse(res.body);
    expect(fresh.unit).toBe('2');
    expect(fresh.token).not.toBe(old);

    const gone = await publicUnit(old);
    expect(gone.status).toBe(404);
    expect(gone.body).toMatchObject({ error: { code: 'POSTER_CODE_INVALID' } });
    expect((await publicUnit(fresh.token)).status).toBe(200);
    const after = posterSheetSchema.parse((await postersOf('worker1', sealed().id)).body);
    expect(after.units).toEqual([before.units[0], { unit: '2', token: fresh.token }]);
  });

  it('is refused to the building’s grid worker and to the volunteer; the code stays as it was', async () => {
    const before = posterSheetSchema.parse((await postersOf('worker1', sealed().id)).body);
    expect((await replace('worker1', sealed().id, '1')).status).toBe(403);
    expect((await replace('volunteer1', sealed().id, '1')).status).toBe(403);
    expect((await replace('worker2', sealed().id, '1')).status).toBe(404);
    const after = posterSheetSchema.parse((await postersOf('worker1', sealed().id)).body);
    expect(after.units).toEqual(before.units);
  });

  it('answers 404 for a unit the building does not have, 400 for one that is not a number', async () => {
    expect((await replace('secretary1', sealed().id, '9')).status).toBe(404);
    expect((await replace('secretary1', sealed().id, 'x')).status).toBe(400);
  });
});
