import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { householdSchema } from '../../src/domain/entities/household';
import { residentSchema } from '../../src/domain/entities/resident';
import { idNumberInfo } from '../../src/domain/id-number';
import { runAdminCommand } from '../../src/server/admin/commands';
import { demoUsernames } from '../../src/server/start';
import { demoHousehold } from '../../src/server/seed/demo-people';
import { Prng } from '../../src/server/seed/prng';
import { startTestServer, type TestServer } from '../fixtures/server-harness';
import { apiClient } from '../fixtures/server-client';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

async function admin(...argv: string[]): Promise<string> {
  const lines: string[] = [];
  const code = await runAdminCommand(server.db, argv, (line) => lines.push(line), {});
  expect(code).toBe(0);
  return lines.join('\n');
}

describe('admin command', () => {
  it('sets up a community a new grid worker can sign in to and pull', async () => {
    const community = await admin('create-community', '--name', '春晓社区', '--district', '洪山区', '--city', '武汉市');
    const grid = await admin('create-grid', '--community', community, '--name', '春晓一网格');
    const building = await admin('create-building', '--grid', grid, '--name', 'A栋', '--units', '2', '--floors', '18');
    const checkpoint = await admin('create-checkpoint', '--community', community, '--name', '正门');
    await admin('create-user', '--username', 'chunxiao1', '--display-name', '网格员 周敏', '--role', 'grid_worker',
      '--community', community, '--grids', grid, '--password', 'long-enough-1');

    const session = await server.login('chunxiao1', { password: 'long-enough-1' });
    expect(session.user).toMatchObject({ role: 'grid_worker', communityId: community, gridIds: [grid] });
    const { changes } = await apiClient(server.url, session.accessToken).pullAll();
    expect(changes.map((c) => c.id).sort()).toEqual([community, grid, building, checkpoint].sort());
    // The demo community is another community: none of it is visible.
    expect(changes.some((c) => c.id === server.demo.communityId)).toBe(false);

    const listing = await admin('list');
    expect(listing).toContain('春晓社区');
    expect(listing).toContain('chunxiao1');
  });

  it('refuses invalid input: unknown parent, grid of another community, short password, bad counts', async () => {
    const missing = '0190a000-0000-7000-8000-0000000000dd';
    await expect(admin('create-grid', '--community', missing, '--name', 'x')).rejects.toThrow(/Unknown community/);
    await expect(
      admin('create-user', '--username', 'x1', '--display-name', 'x', '--role', 'grid_worker', '--community', server.demo.communityId,
        '--grids', missing, '--password', 'long-enough-1'),
    ).rejects.toThrow(/Not grids/);
    await expect(
      admin('create-user', '--username', 'x2', '--display-name', 'x', '--role', 'secretary', '--community', server.demo.communityId, '--password', 'short'),
    ).rejects.toThrow(/password/);
    await expect(admin('create-building', '--grid', server.demo.gridIds[0]!, '--name', 'B', '--units', '0', '--floors', '5')).rejects.toThrow(/units/);
  });

  it('disables an account and ends its sessions', async () => {
    const session = await server.login('worker3');
    await admin('disable-user', '--username', 'worker3');
    expect((await apiClient(server.url, session.accessToken).pull()).status).toBe(401);
    const again = await apiClient(server.url).request('POST', '/api/v1/auth/login', { username: 'worker3', password: server.password, deviceId: 'd' });
    expect(again.status).toBe(401);
  });
});

describe('demo data', () => {
  it('generates households and residents that pass the domain schemas, with ID numbers matching sex and birth date', () => {
    const rng = new Prng(7);
    const now = new Date();
    let residents = 0;
    let vacant = 0;
    const tags = new Map<string, number>();
    for (let i = 0; i < 600; i++) {
      const { residents: people, ...household } = demoHousehold(rng, now);
      expect(householdSchema.safeParse({ buildingId: '0190a000-0000-7000-8000-000000000003', unit: '1', room: '101', ...household }).success).toBe(true);
      if (household.status === 'vacant') vacant++;
      for (const person of people) {
        const parsed = residentSchema.safeParse({ householdId: '0190a000-0000-7000-8000-000000000004', ...person });
        expect(parsed.success, JSON.stringify(person)).toBe(true);
        if (person.idNumber) expect(idNumberInfo(person.idNumber)).toEqual({ birthDate: person.birthDate, sex: person.sex });
        for (const tag of person.tags) tags.set(tag, (tags.get(tag) ?? 0) + 1);
        residents++;
      }
    }
    expect(residents).toBeGreaterThan(1300);
    expect(residents).toBeLessThan(1800);
    expect(vacant).toBeGreaterThan(20);
    for (const tag of ['elderly_alone', 'returnee', 'home_monitoring', 'chronic_illness', 'migrant', 'renter']) {
      expect(tags.get(tag) ?? 0, tag).toBeGreaterThan(0);
    }
  });

  it('seeds one sealed building, three grids with one worker each, the demo accounts, and the street above the community', async () => {
    const { demo } = server;
    expect(demo.gridIds).toHaveLength(3);
    expect(demo.buildings.filter((b) => b.sealed).map((b) => b.id)).toEqual([demo.sealedBuildingId]);
    expect(demo.checkpointIds).toHaveLength(2);
    expect(demo.usernames.sort()).toEqual(['secretary1', 'secretary2', 'secretary3', 'street1', 'volunteer1', 'worker1', 'worker2', 'worker3']);
    const street = await server.db.query<{ entity: string; id: string; street: string | null }>(
      `SELECT entity, id::text AS id, data->>'streetId' AS street FROM records
        WHERE entity IN ('district', 'street') OR (entity = 'community' AND data ? 'streetId') ORDER BY seq`,
    );
    // Feed order: the district, its street, then the communities that name the street.
    expect(street.rows.map((r) => r.entity)).toEqual(['district', 'street', 'community', 'community', 'community']);
    expect(street.rows.slice(2).map((r) => r.street)).toEqual([demo.street.streetId, demo.street.streetId, demo.street.streetId]);
    expect(street.rows[2]!.id).toBe(demo.communityId);
    // `npm start` prints every demo account, the street officer's too.
    expect((await demoUsernames(server.db)).map((u) => `${u.username} (${u.role})`)).toContain('street1 (street_officer)');
    expect(await demoUsernames(server.db)).toHaveLength(demo.usernames.length);
    const workers = demo.users.filter((u) => u.role === 'grid_worker');
    expect(workers.map((w) => w.gridIds)).toEqual(demo.gridIds.map((g) => [g]));
    const { rows } = await server.db.query<{ entity: string; n: number | string }>(
      `SELECT entity, count(*) AS n FROM records WHERE created_by = 'system' AND entity IN ('household', 'resident') GROUP BY entity`,
    );
    const counts = Object.fromEntries(rows.map((r) => [r.entity, Number(r.n)]));
    expect(counts).toEqual({ household: demo.households, resident: demo.residents });
  });
});
