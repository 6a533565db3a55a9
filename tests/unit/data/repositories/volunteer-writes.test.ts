/**
 * A volunteer's phone holds each unclaimed request with its contact shortened and masked (张**,
 * 138****1234), as the server sends it: their claim and their delivery must still save on it.
 */
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GridwalkDb } from '../../../../src/data/db/schema';
import { DeliveryWriter } from '../../../../src/data/repositories/deliveries';
import { RecordWriter } from '../../../../src/data/repositories/record-writer';
import { LocalValidationError } from '../../../../src/shared/write-failure';
import { aHelpRequest } from '../../../fixtures/domain-records';

const REQUEST_ID = '0190a000-0000-7000-8000-000000000008';
const VOLUNTEER = { id: '0190a000-0000-7000-8000-0000000000f1', name: '李志愿' };
const NOW = Date.parse('2026-11-25T02:00:00.000Z');

let db: GridwalkDb;

beforeEach(async () => {
  db = new GridwalkDb(`volunteer-${crypto.randomUUID()}`);
  // As pulled by a volunteer: no household, the contact masked.
  const { householdId: _household, ...request } = aHelpRequest({ contactName: '张**', contactPhone: '138****1234' });
  await db.records('help_request').put({ ...request, id: REQUEST_ID, version: 2, _sync: 'synced', createdBy: 'u1' });
});

afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

describe('a volunteer’s writes on a masked request', () => {
  it('saves the claim', async () => {
    const writer = new RecordWriter({ db, now: () => NOW });
    await writer.patch('help_request', REQUEST_ID, {
      state: 'claimed',
      claimedBy: VOLUNTEER.id,
      claimedByName: VOLUNTEER.name,
      claimedAt: '2026-11-25T02:00:00.000Z',
    });
    expect(await db.records('help_request').get(REQUEST_ID)).toMatchObject({ state: 'claimed', claimedBy: VOLUNTEER.id, contactPhone: '138****1234' });
    const [entry] = await db.outbox.toArray();
    expect(entry?.data).toEqual({ state: 'claimed', claimedBy: VOLUNTEER.id, claimedByName: VOLUNTEER.name, claimedAt: '2026-11-25T02:00:00.000Z' });
  });

  it('saves the delivery and the request delivered', async () => {
    const writer = new DeliveryWriter({ db, now: () => NOW });
    await writer.deliver({ helpRequestId: REQUEST_ID, outcome: 'left_at_door', deliveredAt: '2026-11-25T10:30:00+08:00', volunteer: VOLUNTEER });
    expect(await db.records('help_request').get(REQUEST_ID)).toMatchObject({ state: 'delivered', claimedBy: VOLUNTEER.id });
    expect(await db.records('delivery').toArray()).toHaveLength(1);
  });

  it('still refuses a contact phone changed into a masked one', async () => {
    const writer = new RecordWriter({ db, now: () => NOW });
    const error = await writer.patch('help_request', REQUEST_ID, { contactPhone: '139****0000' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LocalValidationError);
    expect(await db.outbox.count()).toBe(0);
  });
});
