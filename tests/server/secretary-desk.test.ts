/**
 * The secretary's desk on the server (issue 12): who may write and read seal periods, the community's
 * settings and its daily report; the server's own records (device_sync, conflict) are never created by
 * a client; bad input answers VALIDATION naming the field. Conflicts and last syncs in the feed:
 * secretary-desk-feed.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Change, MutationResult } from '../../src/domain/sync-protocol';
import { createSystemRecord } from '../../src/server/admin/system-records';
import { createUser } from '../../src/server/auth/users';
import { startTestServer, type TestServer } from '../fixtures/server-harness';
import { createOf, findRecords, patchOf, voidOf, type ApiClient } from '../fixtures/server-client';

let server: TestServer;
let worker1: ApiClient;
let volunteer: ApiClient;
let secretary: ApiClient;
/** The secretary of another community. */
let stranger: ApiClient;
const elsewhere = { communityId: '', buildingId: '' };

beforeAll(async () => {
  server = await startTestServer();
  worker1 = await server.api('worker1');
  volunteer = await server.api('volunteer1');
  secretary = await server.api('secretary1');
  elsewhere.communityId = await createSystemRecord(server.db, 'community', { name: '别的社区' });
  const gridId = await createSystemRecord(server.db, 'grid', { communityId: elsewhere.communityId, name: '别的网格' });
  elsewhere.buildingId = await createSystemRecord(server.db, 'building', { gridId, name: '1号楼', units: 1, floors: 6, sealed: false });
  await createUser(server.db, { username: 'secretary9', displayName: '别的书记', role: 'secretary', communityId: elsewhere.communityId, password: server.password });
  stranger = await server.api('secretary9');
});
afterAll(async () => {
  await server?.close();
});

const grid = (i: number) => server.demo.gridIds[i]!;
const buildingOf = (i: number) => server.demo.buildings.find((b) => b.gridId === grid(i) && !b.sealed)!.id;
const today = () => new Date().toISOString().slice(0, 10);
const aSeal = (buildingId: string, overrides: Record<string, unknown> = {}) => ({ buildingId, startDate: today(), reason: '密接者居住', ...overrides });
const counts = { doorsKnocked: 10, visited: 8, notHome: 1, refused: 1, residentsChecked: 20, feversFound: 1, feversReported: 1 };
const aCommunityReport = (communityId: string) => ({
  communityId,
  date: today(),
  counts,
  gridsReported: [grid(0), grid(1)],
  gridsMissing: [grid(2)],
  confirmedAt: new Date().toISOString(),
});

/** Each result as { status, code, fields }: what a client acts on. */
function answers(results: MutationResult[]): { status: string; code?: string; fields?: Record<string, string> }[] {
  return results.map((r) => ({
    status: r.status,
    ...(r.error ? { code: r.error.code } : {}),
    ...(r.error?.fields ? { fields: r.error.fields } : {}),
  }));
}

const idsOf = (changes: Change[], entity: string) => changes.filter((c) => c.entity === entity).map((c) => c.id);

describe('seal periods', () => {
  it('only the secretary seals and lifts; a grid worker or volunteer is FORBIDDEN, another community’s secretary sees no such building', async () => {
    const seal = createOf('seal_period', aSeal(buildingOf(0)));
    const res = await worker1.push([createOf('seal_period', aSeal(buildingOf(0))), seal]);
    expect(answers(res.body.results)).toEqual([{ status: 'rejected', code: 'FORBIDDEN' }, { status: 'rejected', code: 'FORBIDDEN' }]);
    expect(answers((await volunteer.push([seal])).body.results)).toEqual([{ status: 'rejected', code: 'FORBIDDEN' }]);
    expect(answers((await stranger.push([seal])).body.results)).toEqual([
      { status: 'rejected', code: 'NOT_FOUND', fields: { buildingId: 'not_found' } },
    ]);

    expect(answers((await secretary.push([seal])).body.results)).toEqual([{ status: 'applied' }]);
    const [stored] = await server.db.query<{ community_id: string; grid_id: string; building_id: string; household_id: string | null }>(
      'SELECT community_id, grid_id, building_id, household_id FROM records WHERE id = $1',
      [seal.id],
    ).then((r) => r.rows);
    expect(stored).toEqual({ community_id: server.demo.communityId, grid_id: grid(0), building_id: buildingOf(0), household_id: null });

    const lift = patchOf('seal_period', seal.id, 1, { liftedOn: today() });
    expect(answers((await worker1.push([lift])).body.results)).toEqual([{ status: 'rejected', code: 'FORBIDDEN' }]);
    expect(answers((await stranger.push([lift])).body.results)).toEqual([{ status: 'rejected', code: 'NOT_FOUND' }]);
    expect((await secretary.push([lift])).body.results[0]).toMatchObject({ status: 'applied', version: 2 });
  });

  it('refuses a lift before the start and a move to another building, naming the field', async () => {
    const start = '2026-11-20';
    const res = await secretary.push([createOf('seal_period', aSeal(buildingOf(2), { startDate: start, liftedOn: '2026-11-19' }))]);
    expect(answers(res.body.results)).toEqual([{ status: 'rejected', code: 'VALIDATION', fields: { liftedOn: 'lift_before_start' } }]);

    const seal = createOf('seal_period', aSeal(buildingOf(2), { startDate: start }));
    expect(answers((await secretary.push([seal])).body.results)).toEqual([{ status: 'applied' }]);
    const patched = await secretary.push([
      patchOf('seal_period', seal.id, 1, { liftedOn: '2026-11-01' }),
      patchOf('seal_period', seal.id, 1, { buildingId: buildingOf(0) }),
      patchOf('seal_period', seal.id, 1, { reason: '' }),
    ]);
    expect(answers(patched.body.results)).toEqual([
      { status: 'rejected', code: 'VALIDATION', fields: { liftedOn: 'lift_before_start' } },
      { status: 'rejected', code: 'VALIDATION', fields: { buildingId: 'immutable_field' } },
      { status: 'rejected', code: 'VALIDATION', fields: { reason: 'reason_required' } },
    ]);
  });

  it('is read by the grid worker of its building’s grid and by the community’s secretary; never by a volunteer (the building carries its seal state)', async () => {
    const own = createOf('seal_period', aSeal(buildingOf(0), { reason: '网格一' }));
    const other = createOf('seal_period', aSeal(buildingOf(2), { reason: '网格三' }));
    expect(answers((await secretary.push([own, other])).body.results)).toEqual([{ status: 'applied' }, { status: 'applied' }]);
    const seeded = (await findRecords(server.db, 'seal_period', { buildingId: server.demo.sealedBuildingId })).map((r) => r.id);
    expect(seeded).toHaveLength(1);

    const workerSeals = idsOf((await worker1.pullAll()).changes, 'seal_period');
    expect(workerSeals).toContain(own.id);
    expect(workerSeals).not.toContain(other.id);
    expect(workerSeals).toEqual(expect.arrayContaining(seeded));
    expect(idsOf((await volunteer.pullAll()).changes, 'seal_period')).toEqual([]);
    const secretarySeals = idsOf((await secretary.pullAll()).changes, 'seal_period');
    expect(secretarySeals).toEqual(expect.arrayContaining([own.id, other.id, ...seeded]));
    expect(idsOf((await stranger.pullAll()).changes, 'seal_period')).toEqual([]);
  });
});

describe('community settings', () => {
  it('the seeded deadline is read community-wide; only the secretary changes it, with a valid HH:MM', async () => {
    const [settings] = await findRecords(server.db, 'community_settings');
    expect(settings!.data).toEqual({ communityId: server.demo.communityId, reportDeadline: '18:00' });

    const bad = await secretary.push([
      patchOf('community_settings', settings!.id, 1, { reportDeadline: '25:00' }),
      patchOf('community_settings', settings!.id, 1, { communityId: elsewhere.communityId }),
      createOf('community_settings', { communityId: server.demo.communityId, reportDeadline: '6pm' }),
    ]);
    expect(answers(bad.body.results)).toEqual([
      { status: 'rejected', code: 'VALIDATION', fields: { reportDeadline: 'time_invalid' } },
      { status: 'rejected', code: 'VALIDATION', fields: { communityId: 'immutable_field' } },
      { status: 'rejected', code: 'VALIDATION', fields: { reportDeadline: 'time_invalid' } },
    ]);
    const change = patchOf('community_settings', settings!.id, 1, { reportDeadline: '17:30' });
    expect(answers((await worker1.push([change])).body.results)).toEqual([{ status: 'rejected', code: 'FORBIDDEN' }]);
    expect(answers((await stranger.push([change])).body.results)).toEqual([{ status: 'rejected', code: 'NOT_FOUND' }]);
    expect(answers((await secretary.push([change])).body.results)).toEqual([{ status: 'applied' }]);

    const seen = (await worker1.pullAll()).changes.filter((c) => c.entity === 'community_settings');
    expect(seen.map((c) => [c.id, c.data.reportDeadline])).toEqual([[settings!.id, '17:30']]);
    expect(idsOf((await volunteer.pullAll()).changes, 'community_settings')).toEqual([]);
    expect(idsOf((await stranger.pullAll()).changes, 'community_settings')).toEqual([]);
  });

  it('is created for the writer’s own community only: another community answers as an unknown id', async () => {
    const foreign = await stranger.push([createOf('community_settings', { communityId: server.demo.communityId, reportDeadline: '19:00' })]);
    expect(answers(foreign.body.results)).toEqual([{ status: 'rejected', code: 'NOT_FOUND', fields: { communityId: 'not_found' } }]);
    const own = await stranger.push([createOf('community_settings', { communityId: elsewhere.communityId, reportDeadline: '19:00' })]);
    expect(answers(own.body.results)).toEqual([{ status: 'applied' }]);
    const worker = await worker1.push([createOf('community_settings', { communityId: server.demo.communityId, reportDeadline: '19:00' })]);
    expect(answers(worker.body.results)).toEqual([{ status: 'rejected', code: 'FORBIDDEN' }]);
  });
});

describe('community report', () => {
  it('only the secretary confirms it, for their own community; only the secretary reads it', async () => {
    const report = createOf('community_report', aCommunityReport(server.demo.communityId));
    expect(answers((await worker1.push([report])).body.results)).toEqual([{ status: 'rejected', code: 'FORBIDDEN' }]);
    expect(answers((await stranger.push([report])).body.results)).toEqual([
      { status: 'rejected', code: 'NOT_FOUND', fields: { communityId: 'not_found' } },
    ]);
    const inconsistent = createOf('community_report', { ...aCommunityReport(server.demo.communityId), counts: { ...counts, visited: 9 } });
    expect(answers((await secretary.push([inconsistent])).body.results)).toEqual([
      { status: 'rejected', code: 'VALIDATION', fields: { counts: 'counts_inconsistent' } },
    ]);
    expect(answers((await secretary.push([report])).body.results)).toEqual([{ status: 'applied' }]);
    expect(answers((await secretary.push([patchOf('community_report', report.id, 1, { gridsMissing: [] })])).body.results)).toEqual([
      { status: 'rejected', code: 'VALIDATION', fields: { op: 'op_invalid' } },
    ]);

    // The demo seeds 13 earlier days of the community's own reports (the street's history); this one comes last.
    const secretaryReads = idsOf((await secretary.pullAll()).changes, 'community_report');
    expect(secretaryReads.at(-1)).toBe(report.id);
    const seeded = await server.db.query(`SELECT 1 FROM records WHERE entity = 'community_report' AND community_id = $1`, [server.demo.communityId]);
    expect(secretaryReads).toHaveLength(seeded.rows.length);
    expect(idsOf((await worker1.pullAll()).changes, 'community_report')).toEqual([]);
    expect(idsOf((await volunteer.pullAll()).changes, 'community_report')).toEqual([]);
    expect(idsOf((await stranger.pullAll()).changes, 'community_report')).toEqual([]);
  });
});

describe('server-written records', () => {
  it('are never created, voided or (last syncs) patched by a client, whatever the role: FORBIDDEN', async () => {
    const conflict = {
      entity: 'household',
      recordId: server.demo.buildings[0]!.id,
      field: 'phone',
      serverValue: '1',
      clientValue: '2',
      userId: server.demo.users[0]!.id,
      deviceId: 'd',
      at: new Date().toISOString(),
    };
    const deviceSync = { userId: server.demo.users[0]!.id, userName: '网格员', role: 'grid_worker', gridIds: [], deviceId: 'd' };
    const res = await secretary.push([
      createOf('conflict', conflict),
      createOf('device_sync', deviceSync),
      patchOf('device_sync', server.demo.users[0]!.id, 1, { deviceId: 'e' }),
      voidOf('conflict', server.demo.users[0]!.id, '不要了'),
    ]);
    expect(answers(res.body.results)).toEqual(Array(4).fill({ status: 'rejected', code: 'FORBIDDEN' }));
    expect(answers((await worker1.push([createOf('conflict', conflict)])).body.results)).toEqual([{ status: 'rejected', code: 'FORBIDDEN' }]);
  });
});
