import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Change } from '../../src/domain/sync-protocol';
import { sessionUserSchema } from '../../src/domain/sync-protocol';
import { startTestServer, type TestServer } from '../fixtures/server-harness';
import { createOf, type ApiClient } from '../fixtures/server-client';
import { aFeverReport, aHousehold } from '../fixtures/domain-records';

let server: TestServer;
let street: ApiClient;
let secretary: ApiClient;

beforeAll(async () => {
  server = await startTestServer();
  street = await server.api('street1', 'device-street1');
  secretary = await server.api('secretary1', 'device-secretary1');
});
afterAll(async () => {
  await server?.close();
});

const byEntity = (changes: Change[], entity: string) => changes.filter((c) => c.entity === entity);
const STREET_KINDS = ['building', 'community', 'grid', 'community_report', 'daily_report', 'district', 'fever_report', 'seal_period', 'street'];

describe('street officer', () => {
  it('signs in as a street officer of its street, with no community', async () => {
    const login = await server.login('street1');
    const user = sessionUserSchema.parse(login.user);
    expect(user).toMatchObject({ role: 'street_officer', communityId: null, gridIds: [], streetId: server.demo.street.streetId });
  });

  it("reads its communities' reports, fever reports and sealed buildings, its street and district, and never the register", async () => {
    const household = createOf('household', aHousehold({ buildingId: server.demo.buildings[1]!.id, unit: '1', room: '999' }));
    const fever = createOf('fever_report', aFeverReport({ householdId: household.id, residentId: undefined, name: '欧阳明', phone: '13812345678' }));
    expect((await secretary.push([household, fever])).body.results.map((r) => r.status)).toEqual(['applied', 'applied']);

    const { changes } = await street.pullAll();
    const kinds = [...new Set(changes.map((c) => c.entity))].sort();
    expect(kinds.every((kind) => STREET_KINDS.includes(kind))).toBe(true);
    expect(kinds).toEqual(expect.arrayContaining(['community', 'community_report', 'district', 'street', 'building', 'seal_period', 'fever_report']));
    const communities = [server.demo.communityId, ...server.demo.street.neighbourIds];
    expect(byEntity(changes, 'community').map((c) => c.id).sort()).toEqual([...communities].sort());
    expect(byEntity(changes, 'street').map((c) => c.id)).toEqual([server.demo.street.streetId]);
    expect(byEntity(changes, 'district').map((c) => c.id)).toEqual([server.demo.street.districtId]);
    // The sealed buildings of two communities: 1栋 of the demo community and of 东湖社区.
    expect(byEntity(changes, 'seal_period')).toHaveLength(2);

    const report = byEntity(changes, 'fever_report').find((c) => c.id === fever.id)!;
    expect(report.data).toMatchObject({ name: '欧**', temperature: 38.2, action: 'fever_clinic', communityId: server.demo.communityId });
    for (const field of ['phone', 'householdId', 'residentId']) expect(report.data).not.toHaveProperty(field);
    expect(JSON.stringify(changes)).not.toContain('13812345678');
  });

  it('refuses a fever report that names another community than the one it is in', async () => {
    const household = createOf('household', aHousehold({ buildingId: server.demo.buildings[1]!.id, unit: '1', room: '997' }));
    const wrong = createOf('fever_report', aFeverReport({ householdId: household.id, residentId: undefined, communityId: server.demo.street.neighbourIds[0] }));
    const res = await secretary.push([household, wrong]);
    expect(res.body.results[1]).toMatchObject({ status: 'rejected', error: { code: 'VALIDATION', fields: { communityId: 'community_mismatch' } } });
  });

  it('writes nothing', async () => {
    const res = await street.push([createOf('household', aHousehold({ buildingId: server.demo.buildings[1]!.id, unit: '1', room: '998' }))]);
    expect(res.body.results[0]).toMatchObject({ status: 'rejected', error: { code: 'FORBIDDEN' } });
  });

  it("does not read a community of another street, and reads a community placed in its street by an import (its cursor reset)", async () => {
    const before = await street.pullAll();
    const outside = await server.admin('create-community', '--name', '南湖社区');
    const elsewhere = await server.admin('create-district', '--name', '洪山区');
    const otherStreet = await server.admin('create-street', '--district', elsewhere, '--name', '珞南街道');
    await server.admin('create-community', '--name', '珞南社区', '--street-id', otherStreet);
    const later = await street.pullAll(before.cursor);
    expect(later.reset).toBe(false);
    expect(later.changes.filter((c) => c.entity === 'community' || c.entity === 'street' || c.entity === 'district')).toEqual([]);

    const dir = mkdtempSync(join(tmpdir(), 'gw-structure-'));
    const file = join(dir, 'structure.csv');
    writeFileSync(file, 'district,street,community\n武昌区,东湖街道,南湖社区\n');
    expect(await server.admin('import-structure', file)).toContain('communities placed in their street: 1');
    const after = await street.pullAll(later.cursor);
    expect(after.reset).toBe(true);
    expect(byEntity(after.changes, 'community').map((c) => c.id)).toContain(outside);
  });
});
