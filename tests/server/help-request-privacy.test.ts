/**
 * What a volunteer pulls (issue 13, "Privacy and rules"), field by field: the community, the buildings
 * assigned to them (address and seal state), those buildings' confirmed requests in a minimal form (the
 * contact shortened and masked until they claim it) and their own deliveries. Never an ID number, a
 * resident, a household, tags, visits, temperatures, fever reports, seal periods or gate entries.
 * Deliveries are read by the building's grid worker and the secretary.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Change } from '../../src/domain/sync-protocol';
import { createSystemRecord } from '../../src/server/admin/system-records';
import { startTestServer, type TestServer } from '../fixtures/server-harness';
import { createOf, findRecords, patchOf, type ApiClient } from '../fixtures/server-client';
import { aDelivery, aFeverReport, aResidentCheckpointEntry, aVisit } from '../fixtures/domain-records';
import {
  addressesOf,
  addVolunteer,
  answers,
  APPLIED,
  claimBy,
  idsOf,
  ofEntity,
  requestAt,
  userId,
  type Address,
} from '../fixtures/help-request-server';

let server: TestServer;
let worker1: ApiClient;
let worker2: ApiClient;
let secretary: ApiClient;
let volunteer1: ApiClient;
let volunteer2: ApiClient;
let volunteer1Id: string;
let sealed: Address[];
/**
 * Requests of the sealed building: open (unclaimed), claimed by volunteer2, delivered by volunteer1,
 * unconfirmed, rejected; and one of another grid's building.
 */
const requests = { open: '', otherClaim: '', mine: '', unconfirmed: '', rejected: '', elsewhere: '' };
/** volunteer2's delivery of the request they claimed, and volunteer1's of theirs. */
const deliveries = { other: '', mine: '' };

const META = ['id', 'version', 'createdBy', 'createdAt', 'updatedAt'];
const REQUEST_FIELDS = ['buildingId', 'unit', 'room', 'kind', 'needs', 'urgent', 'askedBy', 'state', 'contactName', 'contactPhone'];
const push = async (client: ApiClient, mutations: unknown[]) => answers((await client.push(mutations)).body.results);

beforeAll(async () => {
  server = await startTestServer();
  const sealedId = server.demo.sealedBuildingId;
  sealed = await addressesOf(server, sealedId);
  worker1 = await server.api('worker1');
  worker2 = await server.api('worker2');
  secretary = await server.api('secretary1');
  volunteer1 = await server.api('volunteer1');
  volunteer2 = await addVolunteer(server, 'volunteer2', [sealedId]);
  volunteer1Id = await userId(server, 'volunteer1');

  const open = createOf('help_request', requestAt(sealed[0]!, { contactName: '张三丰', contactPhone: '13812341234', kind: 'medicine', urgent: true }));
  const otherClaim = createOf('help_request', requestAt(sealed[1]!, { contactName: '李四', contactPhone: '13712345678' }));
  expect(await push(worker1, [open, otherClaim])).toEqual([APPLIED, APPLIED]);
  requests.open = open.id;
  requests.otherClaim = otherClaim.id;
  const delivery = createOf('delivery', aDelivery({ helpRequestId: otherClaim.id }));
  deliveries.other = delivery.id;
  expect(await push(volunteer2, [patchOf('help_request', otherClaim.id, 1, claimBy(await userId(server, 'volunteer2'), '志愿者 王五')), delivery])).toEqual([
    APPLIED,
    APPLIED,
  ]);
  const mine = createOf('help_request', requestAt(sealed[4]!));
  const myDelivery = createOf('delivery', aDelivery({ helpRequestId: mine.id }));
  expect(await push(worker1, [mine])).toEqual([APPLIED]);
  expect(await push(volunteer1, [patchOf('help_request', mine.id, 1, claimBy(volunteer1Id, '志愿者 刘晨', 'delivered')), myDelivery])).toEqual([
    APPLIED,
    APPLIED,
  ]);
  requests.mine = mine.id;
  deliveries.mine = myDelivery.id;

  const fromResident = (n: number) =>
    createSystemRecord(server.db, 'help_request', requestAt(sealed[n]!, { askedBy: 'resident', state: 'unconfirmed', householdId: undefined }));
  requests.unconfirmed = await fromResident(2);
  requests.rejected = await fromResident(3);
  expect(await push(worker1, [patchOf('help_request', requests.rejected, 1, { state: 'rejected', closedReason: '打错电话' })])).toEqual([APPLIED]);
  const otherBuilding = server.demo.buildings.find((b) => b.gridId === server.demo.gridIds[1])!.id;
  const elsewhere = createOf('help_request', requestAt((await addressesOf(server, otherBuilding))[0]!));
  expect(await push(worker2, [elsewhere])).toEqual([APPLIED]);
  requests.elsewhere = elsewhere.id;

  // The register's health and gate data about the sealed building exists, but a volunteer never gets it.
  const resident = (await findRecords(server.db, 'resident', { buildingId: sealedId }))[0]!;
  expect(
    await push(secretary, [
      createOf('visit', aVisit({ householdId: resident.data.householdId, checks: [{ residentId: resident.id, temperature: 38.2, symptoms: ['cough'] }] })),
      createOf('fever_report', aFeverReport({ householdId: resident.data.householdId, residentId: resident.id })),
      createOf('checkpoint_entry', aResidentCheckpointEntry({ checkpointId: server.demo.checkpointIds[0], residentId: resident.id, householdId: resident.data.householdId })),
    ]),
  ).toEqual([APPLIED, APPLIED, APPLIED]);
});
afterAll(async () => {
  await server?.close();
});

const byId = (changes: Change[], id: string) => changes.find((c) => c.id === id);

describe('volunteer1’s pull', () => {
  it('holds exactly the community, the assigned building, its confirmed requests and their own deliveries', async () => {
    const { changes } = await volunteer1.pullAll();
    expect(new Set(changes.map((c) => c.entity))).toEqual(new Set(['community', 'building', 'help_request', 'delivery']));
    expect(idsOf(changes, 'community')).toEqual([server.demo.communityId]);
    expect(idsOf(changes, 'building')).toEqual([server.demo.sealedBuildingId]);
    expect(idsOf(changes, 'help_request').sort()).toEqual([requests.open, requests.otherClaim, requests.mine].sort());
    // Their own delivery; not another volunteer’s, even of a request of their building.
    expect(idsOf(changes, 'delivery')).toEqual([deliveries.mine]);
    const [delivery] = ofEntity(changes, 'delivery');
    expect(Object.keys(delivery!.data).sort()).toEqual(['helpRequestId', 'outcome', 'deliveredAt', ...META].sort());
  });

  it('gives the building by its address and seal state only', async () => {
    const [building] = ofEntity((await volunteer1.pullAll()).changes, 'building');
    expect(Object.keys(building!.data).sort()).toEqual(['gridId', 'name', 'address', 'units', 'floors', 'sealed', 'sealedSince', ...META].sort());
    expect(building!.data).toMatchObject({ name: '1栋', sealed: true });
  });

  it('gives a request in its minimal form, the contact shortened and masked, also one another volunteer claimed', async () => {
    const { changes } = await volunteer1.pullAll();
    const open = byId(changes, requests.open)!;
    expect(Object.keys(open.data).sort()).toEqual([...REQUEST_FIELDS, ...META].sort());
    expect(open.data).toMatchObject({ contactName: '张**', contactPhone: '138****1234', kind: 'medicine', urgent: true, state: 'open' });
    expect(open.data.unit).toBe(sealed[0]!.unit);
    expect(open.data.room).toBe(sealed[0]!.room);

    const taken = byId(changes, requests.otherClaim)!;
    expect(Object.keys(taken.data).sort()).toEqual([...REQUEST_FIELDS, 'claimedBy', 'claimedAt', ...META].sort());
    expect(taken.data).toMatchObject({ contactName: '李*', contactPhone: '137****5678', state: 'claimed' });
  });

  it('after their own claim: the full name and phone of that request only', async () => {
    const before = await volunteer1.pullAll();
    expect(await push(volunteer1, [patchOf('help_request', requests.open, 1, claimBy(volunteer1Id, '志愿者 刘晨'))])).toEqual([APPLIED]);
    const after = await volunteer1.pullAll(before.cursor);
    const mine = byId(after.changes, requests.open)!;
    expect(Object.keys(mine.data).sort()).toEqual([...REQUEST_FIELDS, 'claimedBy', 'claimedByName', 'claimedAt', ...META].sort());
    expect(mine.data).toMatchObject({ contactName: '张三丰', contactPhone: '13812341234', state: 'claimed', claimedBy: volunteer1Id });
    const all = await volunteer1.pullAll();
    expect(byId(all.changes, requests.otherClaim)!.data).toMatchObject({ contactName: '李*', contactPhone: '137****5678' });
    expect(byId(all.changes, requests.mine)!.data).toMatchObject({ contactName: '张三丰', contactPhone: '13812341234', state: 'delivered' });
  });

  it('never holds an unconfirmed or rejected request, nor one of a building not assigned to them', async () => {
    const ids = idsOf((await volunteer1.pullAll()).changes, 'help_request');
    for (const hidden of [requests.unconfirmed, requests.rejected, requests.elsewhere]) expect(ids).not.toContain(hidden);
  });

  it('never holds an ID number, a household, a resident, tags, a visit, a temperature, a fever report, a seal period or a gate entry', async () => {
    const json = JSON.stringify((await volunteer1.pullAll()).changes);
    const residents = await findRecords(server.db, 'resident', { buildingId: server.demo.sealedBuildingId });
    const idNumbers = residents.map((r) => r.data.idNumber).filter((n): n is string => typeof n === 'string');
    expect(idNumbers.length).toBeGreaterThan(0);
    for (const idNumber of idNumbers) expect(json).not.toContain(idNumber);
    for (const entity of ['household', 'resident', 'visit', 'fever_report', 'seal_period', 'checkpoint_entry', 'shift_note', 'conflict', 'device_sync']) {
      expect(json).not.toContain(`"entity":"${entity}"`);
    }
    for (const field of ['idNumber', 'residents', 'tags', 'checks', 'temperature', 'householdId', 'residentId', 'phone']) {
      expect(json).not.toContain(`"${field}":`);
    }
    // No full phone of a request volunteer1 has not claimed.
    expect(json).not.toContain('13712345678');
  });
});

describe('deliveries', () => {
  it('are read by the grid worker of the building and the secretary; not by another grid’s worker', async () => {
    for (const reader of [worker1, secretary]) {
      expect(idsOf((await reader.pullAll()).changes, 'delivery').sort()).toEqual([deliveries.other, deliveries.mine].sort());
    }
    expect(idsOf((await worker2.pullAll()).changes, 'delivery')).toEqual([]);
  });
});
