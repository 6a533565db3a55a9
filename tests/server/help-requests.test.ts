/**
 * Help requests on the server (issue 13, "Privacy and rules"), one rule a test, through the real push:
 * only grid workers (of the building's grid) and the secretary create, confirm, reject and cancel
 * requests; a request is created open; only a volunteer assigned to the building claims and delivers;
 * the first claim to reach the server wins and the loser's delivery is kept. What a volunteer pulls:
 * help-request-privacy.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSystemRecord } from '../../src/server/admin/system-records';
import { startTestServer, type TestServer } from '../fixtures/server-harness';
import { createOf, findRecord, patchOf, voidOf, type ApiClient } from '../fixtures/server-client';
import { aDelivery } from '../fixtures/domain-records';
import {
  addressesOf,
  addVolunteer,
  answers,
  APPLIED,
  claimBy,
  idsOf,
  requestAt,
  userId,
  type Address,
} from '../fixtures/help-request-server';

let server: TestServer;
let worker1: ApiClient;
let worker2: ApiClient;
let secretary: ApiClient;
let volunteer1: ApiClient;
/** A second volunteer of the sealed building. */
let volunteer2: ApiClient;
/** A volunteer assigned to a building of another grid only. */
let elsewhereVolunteer: ApiClient;
const ids = { volunteer1: '', volunteer2: '', elsewhereVolunteer: '' };
/** Households of the sealed building 1栋 (worker1's grid, volunteer1's building). */
let sealed: Address[];
/** A building of worker2's grid. */
let otherBuildingId: string;

beforeAll(async () => {
  server = await startTestServer();
  const sealedId = server.demo.sealedBuildingId;
  otherBuildingId = server.demo.buildings.find((b) => b.gridId === server.demo.gridIds[1])!.id;
  sealed = await addressesOf(server, sealedId);
  worker1 = await server.api('worker1');
  worker2 = await server.api('worker2');
  secretary = await server.api('secretary1');
  volunteer1 = await server.api('volunteer1');
  volunteer2 = await addVolunteer(server, 'volunteer2', [sealedId]);
  elsewhereVolunteer = await addVolunteer(server, 'volunteer9', [otherBuildingId]);
  ids.volunteer1 = await userId(server, 'volunteer1');
  ids.volunteer2 = await userId(server, 'volunteer2');
  ids.elsewhereVolunteer = await userId(server, 'volunteer9');
});
afterAll(async () => {
  await server?.close();
});

/** A new open request by worker1 for the sealed building's household `n`; its id. */
async function openRequest(n: number, overrides: Record<string, unknown> = {}): Promise<string> {
  const create = createOf('help_request', requestAt(sealed[n]!, overrides));
  expect(answers((await worker1.push([create])).body.results)).toEqual([APPLIED]);
  return create.id;
}

async function stored(id: string) {
  return (await findRecord(server.db, id))!;
}

describe('creating a request', () => {
  it('a grid worker of the building’s grid creates it open (asked by grid_worker), the secretary as secretary', async () => {
    const byWorker = createOf('help_request', requestAt(sealed[0]!));
    const bySecretary = createOf('help_request', requestAt(sealed[1]!, { askedBy: 'secretary', kind: 'medicine', urgent: true }));
    expect(answers((await worker1.push([byWorker])).body.results)).toEqual([APPLIED]);
    expect(answers((await secretary.push([bySecretary])).body.results)).toEqual([APPLIED]);
    expect((await stored(byWorker.id)).data).toMatchObject({ state: 'open', askedBy: 'grid_worker', householdId: sealed[0]!.householdId });
    expect((await stored(bySecretary.id)).data).toMatchObject({ state: 'open', askedBy: 'secretary', kind: 'medicine' });

    // Each writes as who they are.
    const posing = await worker1.push([createOf('help_request', requestAt(sealed[2]!, { askedBy: 'secretary' }))]);
    expect(answers(posing.body.results)).toEqual([{ status: 'rejected', code: 'VALIDATION', fields: { askedBy: 'asked_by_invalid' } }]);
  });

  it('a volunteer may not create one, not even for their own building; nothing is stored', async () => {
    const create = createOf('help_request', requestAt(sealed[0]!));
    const res = await volunteer1.push([create]);
    expect(answers(res.body.results)).toEqual([{ status: 'rejected', code: 'VALIDATION', fields: { state: 'request_not_yours' } }]);
    expect(await findRecord(server.db, create.id)).toBeNull();
  });

  it('a grid worker of another grid may not create one for the building: FORBIDDEN, nothing stored', async () => {
    const create = createOf('help_request', requestAt(sealed[0]!));
    expect(answers((await worker2.push([create])).body.results)).toEqual([{ status: 'rejected', code: 'FORBIDDEN' }]);
    expect(await findRecord(server.db, create.id)).toBeNull();
  });

  it('must be created open: unconfirmed, claimed or delivered ones (or one carrying a claim) are refused', async () => {
    const res = await worker1.push([
      createOf('help_request', requestAt(sealed[0]!, { state: 'unconfirmed' })),
      createOf('help_request', requestAt(sealed[0]!, claimBy(ids.volunteer1, '志愿者 刘晨'))),
      createOf('help_request', requestAt(sealed[0]!, claimBy(ids.volunteer1, '志愿者 刘晨', 'delivered'))),
      createOf('help_request', requestAt(sealed[0]!, { claimedBy: ids.volunteer1 })),
    ]);
    expect(answers(res.body.results)).toEqual([
      { status: 'rejected', code: 'VALIDATION', fields: { state: 'state_transition_invalid' } },
      { status: 'rejected', code: 'VALIDATION', fields: { state: 'state_transition_invalid' } },
      { status: 'rejected', code: 'VALIDATION', fields: { state: 'state_transition_invalid' } },
      { status: 'rejected', code: 'VALIDATION', fields: { claimedBy: 'claimed_by_invalid' } },
    ]);
  });

  it('a household not at the request’s building, unit and room is refused: household_not_at_address', async () => {
    const [here, there] = [sealed[0]!, sealed[1]!];
    const otherBuilding = (await addressesOf(server, otherBuildingId))[0]!;
    const res = await worker1.push([
      createOf('help_request', requestAt(here, { room: there.room === here.room ? '9999' : there.room, unit: there.unit })),
      createOf('help_request', requestAt(here, { householdId: otherBuilding.householdId })),
      // Without a household (a room not registered), the building alone places it.
      createOf('help_request', requestAt(here, { householdId: undefined, room: '9999' })),
    ]);
    expect(answers(res.body.results)).toEqual([
      { status: 'rejected', code: 'VALIDATION', fields: { householdId: 'household_not_at_address' } },
      { status: 'rejected', code: 'VALIDATION', fields: { householdId: 'household_not_at_address' } },
      APPLIED,
    ]);
  });
});

describe('confirming, rejecting and cancelling', () => {
  /** A resident's request as the public page stores it: unconfirmed. */
  const residentRequest = (n: number) =>
    createSystemRecord(server.db, 'help_request', requestAt(sealed[n]!, { askedBy: 'resident', state: 'unconfirmed', householdId: undefined }));

  it('the grid worker confirms an unconfirmed request and the secretary rejects one; volunteers and other grids cannot see them', async () => {
    const [first, second] = [await residentRequest(0), await residentRequest(1)];
    // Not visible to a volunteer yet: answered as an unknown record; another grid's worker likewise.
    expect(answers((await volunteer1.push([patchOf('help_request', first, 1, { state: 'open' })])).body.results)).toEqual([
      { status: 'rejected', code: 'NOT_FOUND' },
    ]);
    expect(answers((await worker2.push([patchOf('help_request', first, 1, { state: 'open' })])).body.results)).toEqual([
      { status: 'rejected', code: 'NOT_FOUND' },
    ]);

    expect(answers((await worker1.push([patchOf('help_request', first, 1, { state: 'open' })])).body.results)).toEqual([APPLIED]);
    const reject = patchOf('help_request', second, 1, { state: 'rejected', closedReason: '重复求助' });
    expect(answers((await secretary.push([reject])).body.results)).toEqual([APPLIED]);
    expect((await stored(first)).data.state).toBe('open');
    expect((await stored(second)).data).toMatchObject({ state: 'rejected', closedReason: '重复求助' });

    // A confirmed request is not rejected afterwards; a rejected one is not reopened.
    const late = await worker1.push([patchOf('help_request', first, 2, { state: 'rejected' }), patchOf('help_request', second, 2, { state: 'open' })]);
    expect(answers(late.body.results)).toEqual([
      { status: 'rejected', code: 'VALIDATION', fields: { state: 'state_transition_invalid' } },
      { status: 'rejected', code: 'VALIDATION', fields: { state: 'state_transition_invalid' } },
    ]);
  });

  it('the grid worker and the secretary cancel a request; a volunteer of the building cannot', async () => {
    const [one, two] = [await openRequest(0), await openRequest(1)];
    const byVolunteer = await volunteer1.push([patchOf('help_request', one, 1, { state: 'cancelled' })]);
    expect(answers(byVolunteer.body.results)).toEqual([{ status: 'rejected', code: 'VALIDATION', fields: { state: 'state_transition_invalid' } }]);
    const withReason = await volunteer1.push([patchOf('help_request', one, 1, { state: 'cancelled', closedReason: '不需要了' })]);
    expect(answers(withReason.body.results)).toEqual([{ status: 'rejected', code: 'VALIDATION', fields: { closedReason: 'request_not_yours' } }]);
    expect((await stored(one)).data.state).toBe('open');

    expect(answers((await worker1.push([patchOf('help_request', one, 1, { state: 'cancelled', closedReason: '已自行解决' })])).body.results)).toEqual([APPLIED]);
    expect(answers((await secretary.push([patchOf('help_request', two, 1, { state: 'cancelled' })])).body.results)).toEqual([APPLIED]);
    expect((await stored(one)).data).toMatchObject({ state: 'cancelled', closedReason: '已自行解决' });
    expect((await stored(two)).data.state).toBe('cancelled');
    // Nobody claims a cancelled request.
    const claim = await volunteer1.push([patchOf('help_request', one, 2, claimBy(ids.volunteer1, '志愿者 刘晨'))]);
    expect(answers(claim.body.results)).toEqual([{ status: 'rejected', code: 'VALIDATION', fields: { state: 'request_closed' } }]);
  });
});

describe('claiming and delivering', () => {
  it('only a volunteer assigned to the building claims and delivers: one assigned elsewhere gets NOT_FOUND', async () => {
    const id = await openRequest(0);
    const res = await elsewhereVolunteer.push([
      patchOf('help_request', id, 1, claimBy(ids.elsewhereVolunteer, '志愿者 volunteer9')),
      createOf('delivery', aDelivery({ helpRequestId: id })),
    ]);
    expect(answers(res.body.results)).toEqual([
      { status: 'rejected', code: 'NOT_FOUND' },
      { status: 'rejected', code: 'NOT_FOUND', fields: { helpRequestId: 'not_found' } },
    ]);
    expect((await stored(id)).data.state).toBe('open');

    // A claim is for oneself only.
    const forAnother = await volunteer1.push([patchOf('help_request', id, 1, claimBy(ids.volunteer2, '志愿者 volunteer2'))]);
    expect(answers(forAnother.body.results)).toEqual([{ status: 'rejected', code: 'VALIDATION', fields: { claimedBy: 'claimed_by_invalid' } }]);

    expect(answers((await volunteer1.push([patchOf('help_request', id, 1, claimBy(ids.volunteer1, '志愿者 刘晨'))])).body.results)).toEqual([APPLIED]);
    const delivery = createOf('delivery', aDelivery({ helpRequestId: id, outcome: 'handed_over' }));
    const delivered = await volunteer1.push([delivery, patchOf('help_request', id, 2, { state: 'delivered' })]);
    expect(answers(delivered.body.results)).toEqual([APPLIED, APPLIED]);
    expect((await stored(id)).data).toMatchObject({ state: 'delivered', claimedBy: ids.volunteer1 });
    expect((await stored(delivery.id)).data).toMatchObject({ helpRequestId: id, outcome: 'handed_over' });
  });

  it('a claim and its delivery may reach the server together (open → delivered); a volunteer releases their own claim', async () => {
    const [direct, released] = [await openRequest(0), await openRequest(1)];
    const res = await volunteer1.push([
      createOf('delivery', aDelivery({ helpRequestId: direct })),
      patchOf('help_request', direct, 1, claimBy(ids.volunteer1, '志愿者 刘晨', 'delivered')),
      patchOf('help_request', released, 1, claimBy(ids.volunteer1, '志愿者 刘晨')),
      patchOf('help_request', released, 2, { state: 'open', claimedBy: null, claimedByName: null, claimedAt: null }),
    ]);
    expect(answers(res.body.results)).toEqual([APPLIED, APPLIED, APPLIED, APPLIED]);
    expect((await stored(direct)).data).toMatchObject({ state: 'delivered', claimedBy: ids.volunteer1 });
    expect((await stored(released)).data.state).toBe('open');
    expect((await stored(released)).data.claimedBy).toBeUndefined();
    // Released: another volunteer may claim it now.
    expect(answers((await volunteer2.push([patchOf('help_request', released, 3, claimBy(ids.volunteer2, '志愿者 volunteer2'))])).body.results)).toEqual([
      APPLIED,
    ]);
  });

  it('a volunteer writes a claim’s name and time on their own claim only, and a release takes the whole claim away', async () => {
    const id = await openRequest(3);
    const stray = await volunteer1.push([
      patchOf('help_request', id, 1, { claimedByName: '志愿者 刘晨' }),
      patchOf('help_request', id, 1, { claimedAt: new Date().toISOString() }),
    ]);
    expect(answers(stray.body.results)).toEqual([
      { status: 'rejected', code: 'VALIDATION', fields: { claimedByName: 'claimed_by_invalid' } },
      { status: 'rejected', code: 'VALIDATION', fields: { claimedAt: 'claimed_by_invalid' } },
    ]);
    expect((await stored(id)).data.claimedByName).toBeUndefined();

    const res = await volunteer1.push([
      patchOf('help_request', id, 1, claimBy(ids.volunteer1, '志愿者 刘晨')),
      patchOf('help_request', id, 2, { claimedByName: '刘晨' }),
      patchOf('help_request', id, 3, { state: 'open', claimedBy: null }),
    ]);
    expect(answers(res.body.results)).toEqual([
      APPLIED,
      APPLIED,
      { status: 'rejected', code: 'VALIDATION', fields: { claimedByName: 'claimed_by_invalid' } },
    ]);
    expect((await stored(id)).data).toMatchObject({ state: 'claimed', claimedBy: ids.volunteer1, claimedByName: '刘晨' });
  });

  it('two volunteers claim the same request: the first push wins, the second is claimed_by_other and its delivery is kept', async () => {
    const id = await openRequest(2);
    // Both claimed offline from version 1; volunteer1's push reaches the server first.
    const first = await volunteer1.push([patchOf('help_request', id, 1, claimBy(ids.volunteer1, '志愿者 刘晨'))]);
    expect(answers(first.body.results)).toEqual([APPLIED]);
    const lostDelivery = createOf('delivery', aDelivery({ helpRequestId: id, note: '放在门口鞋柜上' }));
    const second = await volunteer2.push([
      patchOf('help_request', id, 1, claimBy(ids.volunteer2, '志愿者 volunteer2')),
      lostDelivery,
      patchOf('help_request', id, 1, { state: 'delivered' }),
    ]);
    expect(answers(second.body.results)).toEqual([
      { status: 'rejected', code: 'VALIDATION', fields: { state: 'claimed_by_other' } },
      APPLIED,
      { status: 'rejected', code: 'VALIDATION', fields: { state: 'claimed_by_other' } },
    ]);
    expect((await stored(id)).data).toMatchObject({ state: 'claimed', claimedBy: ids.volunteer1 });
    // Never lost: stored, and the secretary (and the building's grid worker) pull it.
    expect((await stored(lostDelivery.id)).data).toMatchObject({ helpRequestId: id, note: '放在门口鞋柜上' });
    expect(idsOf((await secretary.pullAll()).changes, 'delivery')).toContain(lostDelivery.id);
    expect(idsOf((await worker1.pullAll()).changes, 'delivery')).toContain(lostDelivery.id);
    expect(idsOf((await volunteer2.pullAll()).changes, 'delivery')).toContain(lostDelivery.id);
  });

  it('a volunteer voids only their own delivery', async () => {
    const id = await openRequest(3);
    const own = createOf('delivery', aDelivery({ helpRequestId: id }));
    expect(answers((await volunteer1.push([own])).body.results)).toEqual([APPLIED]);
    expect(answers((await volunteer2.push([voidOf('delivery', own.id, '记错了')])).body.results)).toEqual([{ status: 'rejected', code: 'NOT_FOUND' }]);
    expect(answers((await volunteer1.push([voidOf('delivery', own.id, '记错了')])).body.results)).toEqual([{ status: 'applied' }]);
  });
});

describe('what each role may change', () => {
  it('a volunteer cannot edit what is needed or the phone, not even on their own claim', async () => {
    const id = await openRequest(0);
    const before = await volunteer1.push([
      patchOf('help_request', id, 1, { needs: '还要一箱牛奶' }),
      patchOf('help_request', id, 1, { contactPhone: '13900009999' }),
    ]);
    expect(answers(before.body.results)).toEqual([
      { status: 'rejected', code: 'VALIDATION', fields: { needs: 'request_not_yours' } },
      { status: 'rejected', code: 'VALIDATION', fields: { contactPhone: 'request_not_yours' } },
    ]);
    expect(answers((await volunteer1.push([patchOf('help_request', id, 1, claimBy(ids.volunteer1, '志愿者 刘晨'))])).body.results)).toEqual([APPLIED]);
    const after = await volunteer1.push([patchOf('help_request', id, 2, { urgent: true, state: 'delivered' })]);
    expect(answers(after.body.results)).toEqual([{ status: 'rejected', code: 'VALIDATION', fields: { urgent: 'request_not_yours' } }]);
    expect((await stored(id)).data).toMatchObject({ needs: '大米一袋，青菜两斤', contactPhone: '13812341234', urgent: false, state: 'claimed' });
  });

  it('the grid worker edits an open request, but not a claimed one (request_taken), which they may still cancel; the claim is the volunteer’s', async () => {
    const id = await openRequest(1);
    expect(answers((await worker1.push([patchOf('help_request', id, 1, { needs: '大米一袋，鸡蛋一盒' })])).body.results)).toEqual([APPLIED]);
    const setClaim = await worker1.push([patchOf('help_request', id, 2, claimBy(ids.volunteer1, '志愿者 刘晨'))]);
    expect(answers(setClaim.body.results)).toEqual([{ status: 'rejected', code: 'VALIDATION', fields: { claimedBy: 'claim_is_volunteers' } }]);

    expect(answers((await volunteer1.push([patchOf('help_request', id, 2, claimBy(ids.volunteer1, '志愿者 刘晨'))])).body.results)).toEqual([APPLIED]);
    const edit = await worker1.push([patchOf('help_request', id, 3, { needs: '改成两袋米' }), patchOf('help_request', id, 3, { contactPhone: '13900009999' })]);
    expect(answers(edit.body.results)).toEqual([
      { status: 'rejected', code: 'VALIDATION', fields: { needs: 'request_taken' } },
      { status: 'rejected', code: 'VALIDATION', fields: { contactPhone: 'request_taken' } },
    ]);
    const cancel = await worker1.push([patchOf('help_request', id, 3, { state: 'cancelled', closedReason: '住户已转院' })]);
    expect(answers(cancel.body.results)).toEqual([APPLIED]);
    expect((await stored(id)).data).toMatchObject({ state: 'cancelled', needs: '大米一袋，鸡蛋一盒', claimedBy: ids.volunteer1 });
  });

  it('the place and the asker of a request never change', async () => {
    const id = await openRequest(2);
    const res = await secretary.push([
      patchOf('help_request', id, 1, { room: '9999' }),
      patchOf('help_request', id, 1, { buildingId: otherBuildingId }),
      patchOf('help_request', id, 1, { askedBy: 'resident' }),
    ]);
    expect(answers(res.body.results)).toEqual([
      { status: 'rejected', code: 'VALIDATION', fields: { room: 'immutable_field' } },
      { status: 'rejected', code: 'VALIDATION', fields: { buildingId: 'immutable_field' } },
      { status: 'rejected', code: 'VALIDATION', fields: { askedBy: 'immutable_field' } },
    ]);
  });
});
