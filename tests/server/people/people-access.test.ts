/**
 * The community's people on the server (issue 13): only the secretary of a community adds, lists,
 * changes and ends its accounts and assigns volunteers to buildings; grid workers and volunteers are
 * FORBIDDEN, another community's secretary sees none of it (NOT_FOUND); input is checked.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AddPersonResponse, PeopleResponse, Person } from '../../../src/domain/api/people';
import { startTestServer, type TestServer } from '../../fixtures/server-harness';
import type { ApiClient } from '../../fixtures/server-client';
import { addPerson, aVolunteer, buildingNamed, chinaDay, codeOf, newPhone, otherCommunity } from './people-helpers';

let server: TestServer;
let secretary: ApiClient;
let worker1: ApiClient;
let volunteer1: ApiClient;
let elsewhere: Awaited<ReturnType<typeof otherCommunity>>;

beforeAll(async () => {
  server = await startTestServer({ loginLimits: { freeFailures: 1000 } });
  secretary = await server.api('secretary1');
  worker1 = await server.api('worker1');
  volunteer1 = await server.api('volunteer1');
  elsewhere = await otherCommunity(server);
});
afterAll(async () => {
  await server?.close();
});

const userId = (username: string) => server.demo.users.find((u) => u.username === username)!.id;
const people = async (client: ApiClient) => (await client.request<PeopleResponse>('GET', '/api/v1/people')).body.people;

describe('adding a person', () => {
  it('the secretary adds a volunteer for 2栋: username = phone, ends the day after the end date at 00:00 China time, a 12-digit code for 24 hours', async () => {
    const input = aVolunteer(server, { endsOn: chinaDay(7) });
    const before = Date.now();
    const added = await addPerson(secretary, input);
    expect(added.person).toMatchObject({
      name: input.name,
      username: input.phone,
      phone: input.phone,
      role: 'volunteer',
      buildingIds: [buildingNamed(server, '2栋')],
      gridIds: [],
      endsAt: new Date(Date.parse(`${chinaDay(8)}T00:00:00+08:00`)).toISOString(),
      ended: false,
      lastSyncAt: null,
      codePending: true,
    });
    expect(added.signInCode.code).toMatch(/^\d{12}$/);
    const expiresAt = Date.parse(added.signInCode.expiresAt);
    expect(expiresAt).toBeGreaterThanOrEqual(before + 24 * 3600_000 - 5_000);
    expect(expiresAt).toBeLessThanOrEqual(Date.now() + 24 * 3600_000 + 5_000);
    // Never kept in clear: only its hash.
    const { rows } = await server.db.query<{ code_hash: string }>('SELECT code_hash FROM sign_in_codes WHERE user_id = $1', [added.person.id]);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.code_hash).not.toContain(added.signInCode.code);
    expect(JSON.stringify(await server.db.query('SELECT * FROM users WHERE id = $1', [added.person.id]))).not.toContain(added.signInCode.code);
  });

  it('adds a grid worker with a grid of the community', async () => {
    const added = await addPerson(secretary, { name: '下沉干部 吴刚', phone: newPhone(), role: 'grid_worker', gridIds: [server.demo.gridIds[1]], endsOn: chinaDay(14) });
    expect(added.person).toMatchObject({ role: 'grid_worker', gridIds: [server.demo.gridIds[1]], buildingIds: [] });
  });

  it('a grid worker or volunteer may not add, list, change or end people (FORBIDDEN)', async () => {
    const target = (await addPerson(secretary, aVolunteer(server))).person.id;
    for (const client of [worker1, volunteer1]) {
      expect(codeOf(await client.request('POST', '/api/v1/people', aVolunteer(server)))).toBe('FORBIDDEN');
      expect(codeOf(await client.request('GET', '/api/v1/people'))).toBe('FORBIDDEN');
      expect(codeOf(await client.request('PATCH', `/api/v1/people/${target}`, { endsOn: chinaDay(2) }))).toBe('FORBIDDEN');
      expect(codeOf(await client.request('POST', `/api/v1/people/${target}/end`))).toBe('FORBIDDEN');
      expect(codeOf(await client.request('POST', `/api/v1/people/${target}/sign-in-code`))).toBe('FORBIDDEN');
    }
    const after = (await people(secretary)).find((p) => p.id === target)!;
    expect(after).toMatchObject({ ended: false, endsAt: new Date(Date.parse(`${chinaDay(31)}T00:00:00+08:00`)).toISOString() });
  });

  it('another community’s secretary cannot see or change ours (NOT_FOUND) nor add a volunteer to our building', async () => {
    const target = (await addPerson(secretary, aVolunteer(server))).person.id;
    const stranger = elsewhere.secretary;
    expect((await stranger.request('PATCH', `/api/v1/people/${target}`, { endsOn: chinaDay(2) })).status).toBe(404);
    expect((await stranger.request('POST', `/api/v1/people/${target}/end`)).status).toBe(404);
    expect((await stranger.request('POST', `/api/v1/people/${target}/sign-in-code`)).status).toBe(404);
    const theirs = await people(stranger);
    expect(theirs.map((p) => p.username)).toEqual(['secretary9']);
    const res = await stranger.request('POST', '/api/v1/people', aVolunteer(server));
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ error: { code: 'VALIDATION', fields: { buildingIds: 'not_found' } } });
    // Their own building works.
    expect((await stranger.request('POST', '/api/v1/people', aVolunteer(server, { buildingIds: [elsewhere.buildingId] }))).status).toBe(201);
    expect((await people(secretary)).some((p) => p.buildingIds.includes(elsewhere.buildingId))).toBe(false);
  });

  it('refuses missing buildings or grids, another community’s grid, an end date before today, a phone in use', async () => {
    const noBuildings = await secretary.request('POST', '/api/v1/people', aVolunteer(server, { buildingIds: [] }));
    expect(noBuildings.status).toBe(400);
    expect(noBuildings.body).toMatchObject({ error: { fields: { buildingIds: 'buildings_required' } } });
    const theirGrid = await secretary.request('POST', '/api/v1/people', { ...aVolunteer(server), role: 'grid_worker', gridIds: [elsewhere.gridId] });
    expect(theirGrid.body).toMatchObject({ error: { code: 'VALIDATION', fields: { gridIds: 'not_found' } } });
    const aGridAsBuilding = await secretary.request('POST', '/api/v1/people', aVolunteer(server, { buildingIds: [server.demo.gridIds[0]] }));
    expect(aGridAsBuilding.body).toMatchObject({ error: { code: 'VALIDATION', fields: { buildingIds: 'not_found' } } });
    const past = await secretary.request('POST', '/api/v1/people', aVolunteer(server, { endsOn: chinaDay(-1) }));
    expect(past.status).toBe(400);
    expect(past.body).toMatchObject({ error: { code: 'VALIDATION', fields: { endsOn: 'date_in_past' } } });
    expect((await secretary.request('POST', '/api/v1/people', aVolunteer(server, { endsOn: chinaDay(0) }))).status).toBe(201);
    const taken = await secretary.request('POST', '/api/v1/people', aVolunteer(server, { phone: '13900000001' }));
    expect(taken.status).toBe(409);
    expect(codeOf(taken)).toBe('PHONE_IN_USE');
  });

  it('two adds of one phone at once: one account, the other PHONE_IN_USE', async () => {
    const input = aVolunteer(server);
    const results = await Promise.all([1, 2].map(() => secretary.request<AddPersonResponse>('POST', '/api/v1/people', input)));
    expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
    expect((await people(secretary)).filter((p) => p.username === input.phone)).toHaveLength(1);
  });
});

describe('the list, changes and ends', () => {
  it('lists every account of the community with role, assignment, end and last sync, and no one else', async () => {
    await volunteer1.pull(undefined, 1);
    const list = await people(secretary);
    const names = list.map((p) => p.username);
    expect(names).toEqual(expect.arrayContaining(['secretary1', 'worker1', 'worker2', 'worker3', 'volunteer1']));
    expect(names).not.toContain('secretary9');
    const volunteer = list.find((p) => p.username === 'volunteer1')!;
    expect(volunteer).toMatchObject({ role: 'volunteer', buildingIds: [server.demo.sealedBuildingId], endsAt: null, ended: false, codePending: false });
    expect(Date.parse(volunteer.lastSyncAt!)).toBeGreaterThan(Date.now() - 60_000);
    expect(list.find((p) => p.username === 'worker3')).toMatchObject({ role: 'grid_worker', gridIds: [server.demo.gridIds[2]], lastSyncAt: null });
  });

  it('the secretary assigns volunteer1 to 2栋 as well: its next pull brings 2栋', async () => {
    const twoId = buildingNamed(server, '2栋');
    const res = await secretary.request<{ person: Person }>('PATCH', `/api/v1/people/${userId('volunteer1')}`, {
      buildingIds: [server.demo.sealedBuildingId, twoId],
    });
    expect(res.status).toBe(200);
    expect(res.body.person.buildingIds).toEqual([server.demo.sealedBuildingId, twoId]);
    const pulled = await volunteer1.pullAll();
    expect(pulled.changes.filter((c) => c.entity === 'building').map((c) => c.id).sort()).toEqual([server.demo.sealedBuildingId, twoId].sort());
  });

  it('changes a grid worker’s grids and the end date; refuses buildings for a grid worker and an end before today', async () => {
    const added = await addPerson(secretary, { name: '下沉干部 孙丽', phone: newPhone(), role: 'grid_worker', gridIds: [server.demo.gridIds[0]], endsOn: chinaDay(3) });
    const path = `/api/v1/people/${added.person.id}`;
    const changed = await secretary.request<{ person: Person }>('PATCH', path, { gridIds: [server.demo.gridIds[2]], endsOn: chinaDay(10) });
    expect(changed.body.person).toMatchObject({ gridIds: [server.demo.gridIds[2]], endsAt: new Date(Date.parse(`${chinaDay(11)}T00:00:00+08:00`)).toISOString() });
    expect((await secretary.request('PATCH', path, { buildingIds: [buildingNamed(server, '2栋')] })).body).toMatchObject({
      error: { code: 'VALIDATION', fields: { buildingIds: 'role_invalid' } },
    });
    expect((await secretary.request('PATCH', path, { endsOn: chinaDay(-2) })).body).toMatchObject({ error: { fields: { endsOn: 'date_in_past' } } });
    expect((await secretary.request('PATCH', path, {})).status).toBe(400);
  });

  it('a secretary cannot change or end herself or another secretary (FORBIDDEN)', async () => {
    const self = userId('secretary1');
    expect(codeOf(await secretary.request('POST', `/api/v1/people/${self}/end`))).toBe('FORBIDDEN');
    expect(codeOf(await secretary.request('PATCH', `/api/v1/people/${self}`, { endsOn: chinaDay(1) }))).toBe('FORBIDDEN');
    expect(codeOf(await secretary.request('POST', `/api/v1/people/${self}/sign-in-code`))).toBe('FORBIDDEN');
    const { rows } = await server.db.query<{ ends_at: Date | null }>('SELECT ends_at FROM users WHERE id = $1', [self]);
    expect(rows[0]!.ends_at).toBeNull();
  });

  it('ends an account at once: ended in the list, its sessions revoked', async () => {
    const added = await addPerson(secretary, aVolunteer(server));
    const res = await secretary.request<{ person: Person }>('POST', `/api/v1/people/${added.person.id}/end`);
    expect(res.status).toBe(200);
    expect(res.body.person.ended).toBe(true);
    expect(Date.parse(res.body.person.endsAt!)).toBeLessThanOrEqual(Date.now() + 1000);
    // Its unused code no longer waits.
    expect((await people(secretary)).find((p) => p.id === added.person.id)).toMatchObject({ ended: true, codePending: false });
    expect(codeOf(await secretary.request('POST', `/api/v1/people/${added.person.id}/sign-in-code`))).toBe('ACCOUNT_ENDED');
    // An unknown id is NOT_FOUND, a malformed one BAD_REQUEST.
    expect((await secretary.request('POST', '/api/v1/people/018f4e5c-0000-7000-8000-000000000000/end')).status).toBe(404);
    expect((await secretary.request('POST', '/api/v1/people/nope/end')).status).toBe(400);
  });
});
