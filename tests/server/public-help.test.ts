/**
 * The residents' help page's API (issue 13, 微邻里): no sign-in, the unit poster's code is the only key.
 * It creates only unconfirmed requests of its own unit, answers only "sent" or an error (never anything
 * from the register), is limited per code and per address, and never answers 500.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { posterSheetSchema } from '../../src/domain/api/posters';
import { MAX_PUBLIC_REQUEST_BYTES } from '../../src/domain/api/public-help';
import { buildApp } from '../../src/server/app';
import { startTestServer, type TestServer } from '../fixtures/server-harness';
import { findRecord, findRecords, patchOf, type ApiClient } from '../fixtures/server-client';
import { uuidv7 } from '../../src/shared/uuid-v7';

let server: TestServer;
/** The same database behind a proxy (TRUST_PROXY 127.0.0.1): each test speaks from addresses of its own. */
let proxied: FastifyInstance;
let clock = Date.now();
const clients: Record<string, ApiClient> = {};
let tokens: { unit1: string; unit2: string; others: string[] };

beforeAll(async () => {
  server = await startTestServer();
  proxied = await buildApp({ db: server.db, secret: server.secret, staticDir: null, trustProxy: ['127.0.0.1'], publicHelpLimits: { now: () => clock } });
  for (const username of ['worker1', 'secretary1', 'volunteer1']) clients[username] = await server.api(username);
  const sheet = async (buildingId: string) =>
    posterSheetSchema.parse((await clients.secretary1!.request('GET', `/api/v1/buildings/${buildingId}/posters`)).body).units;
  const sealedUnits = await sheet(server.demo.sealedBuildingId);
  const others = (await Promise.all(server.demo.buildings.slice(1, 3).map((b) => sheet(b.id)))).flat();
  tokens = { unit1: sealedUnits[0]!.token, unit2: sealedUnits[1]!.token, others: others.map((u) => u.token) };
});
afterAll(async () => {
  await proxied?.close();
  await server?.close();
});

let addressCount = 0;
/** A fresh client address (each test stays within its own per-address limit). */
const newAddress = () => `203.0.113.${++addressCount}`;

function post(token: string, body: unknown, address: string, raw?: string) {
  return proxied.inject({
    method: 'POST',
    url: `/api/v1/public/help/${token}`,
    headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
    payload: raw ?? JSON.stringify(body),
  });
}

const aRequest = (overrides: Record<string, unknown> = {}) => ({
  requestId: uuidv7(),
  room: '9901',
  kind: 'medicine',
  needs: '降压药 一盒',
  urgent: true,
  contactPhone: '13812345678',
  ...overrides,
});

async function registeredRoom(): Promise<string> {
  const households = await findRecords(server.db, 'household', { buildingId: server.demo.sealedBuildingId });
  return String(households.find((h) => h.data.unit === '1')!.data.room);
}

describe('what the page learns', () => {
  it('GET tells only what the poster says: building, unit and community', async () => {
    const res = await proxied.inject({ method: 'GET', url: `/api/v1/public/help/${tokens.unit1}` });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ building: '1栋', unit: '1', community: '幸福里社区' });
  });

  it('an unknown code and a replaced one answer alike: 404 POSTER_CODE_INVALID', async () => {
    const replaced = (await clients.secretary1!.request('GET', `/api/v1/buildings/${server.demo.buildings[3]!.id}/posters`)).body;
    const old = posterSheetSchema.parse(replaced).units[0]!.token;
    await clients.secretary1!.request('POST', `/api/v1/buildings/${server.demo.buildings[3]!.id}/posters/1/replace`);
    const address = newAddress();
    const unknown = await post('A'.repeat(43), aRequest(), address);
    const gone = await post(old, aRequest(), address);
    expect(unknown.statusCode).toBe(404);
    expect(gone.statusCode).toBe(404);
    expect(gone.json()).toEqual(unknown.json());
    expect(gone.json()).toMatchObject({ error: { code: 'POSTER_CODE_INVALID' } });
    expect((await proxied.inject({ method: 'GET', url: `/api/v1/public/help/${old}` })).statusCode).toBe(404);
  });
});

describe('a resident’s request', () => {
  it('is stored unconfirmed, asked by the resident, at the poster’s building and unit, with the registered household', async () => {
    const room = await registeredRoom();
    const body = aRequest({ room, contactName: '王阿姨' });
    const res = await post(tokens.unit1, body, newAddress());
    expect(res.statusCode).toBe(202);
    expect(res.json()).toEqual({ status: 'sent' });
    const stored = await findRecord(server.db, body.requestId);
    const household = (await findRecords(server.db, 'household', { buildingId: server.demo.sealedBuildingId })).find(
      (h) => h.data.unit === '1' && h.data.room === room,
    )!;
    expect(stored?.data).toMatchObject({
      buildingId: server.demo.sealedBuildingId,
      householdId: household.id,
      unit: '1',
      room,
      kind: 'medicine',
      urgent: true,
      contactPhone: '13812345678',
      contactName: '王阿姨',
      askedBy: 'resident',
      state: 'unconfirmed',
    });
  });

  it('for a room not in the register answers exactly like one in it (nothing tells them apart)', async () => {
    const registered = await post(tokens.unit1, aRequest({ room: await registeredRoom() }), newAddress());
    const unregistered = await post(tokens.unit1, aRequest({ room: '9999' }), newAddress());
    expect(unregistered.statusCode).toBe(registered.statusCode);
    expect(unregistered.body).toBe(registered.body);
    expect(unregistered.headers['content-type']).toBe(registered.headers['content-type']);
    expect(unregistered.headers['content-length']).toBe(registered.headers['content-length']);
  });

  it('cannot name another building, unit, household or state (the body is strict): 400 VALIDATION, nothing stored', async () => {
    const other = server.demo.buildings[1]!.id;
    const body = aRequest({ buildingId: other, unit: '2', householdId: uuidv7(), state: 'open' });
    const res = await post(tokens.unit1, body, newAddress());
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({
      error: { code: 'VALIDATION', fields: { buildingId: 'unknown_field', unit: 'unknown_field', householdId: 'unknown_field', state: 'unknown_field' } },
    });
    expect(await findRecord(server.db, body.requestId)).toBeNull();
  });

  it('is validated like everywhere: the fields and their message keys', async () => {
    const res = await post(tokens.unit1, aRequest({ contactPhone: '123', needs: '  ', kind: 'cash', room: '' }), newAddress());
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toEqual({
      contactPhone: 'phone_or_landline_invalid',
      needs: 'needs_required',
      kind: 'kind_invalid',
      room: 'label_required',
    });
  });

  it('sent twice with the same requestId is one request, answered "sent" both times', async () => {
    const body = aRequest();
    const address = newAddress();
    expect((await post(tokens.unit2, body, address)).statusCode).toBe(202);
    const again = await post(tokens.unit2, body, address);
    expect(again.statusCode).toBe(202);
    expect(again.json()).toEqual({ status: 'sent' });
    const { rows } = await server.db.query('SELECT id FROM records WHERE id = $1', [body.requestId]);
    expect(rows).toHaveLength(1);
  });

  it('reaches worker1’s pull as unconfirmed, and volunteer1’s only after worker1 confirms it', async () => {
    const body = aRequest({ room: '9902' });
    expect((await post(tokens.unit1, body, newAddress())).statusCode).toBe(202);
    const workerChange = (await clients.worker1!.pullAll()).changes.find((c) => c.id === body.requestId);
    expect(workerChange?.data).toMatchObject({ state: 'unconfirmed', askedBy: 'resident', unit: '1', room: '9902' });
    expect((await clients.volunteer1!.pullAll()).changes.some((c) => c.id === body.requestId)).toBe(false);

    const confirm = await clients.worker1!.push([patchOf('help_request', body.requestId, 1, { state: 'open' })]);
    expect(confirm.body.results[0]?.status).toBe('applied');
    const volunteerChange = (await clients.volunteer1!.pullAll()).changes.find((c) => c.id === body.requestId);
    expect(volunteerChange?.data).toMatchObject({ state: 'open', room: '9902' });
  });
});

describe('abuse limits and sizes', () => {
  it('a poster code takes 10 requests an hour, then 429 with Retry-After; the next hour it works again', async () => {
    const token = tokens.others[0]!;
    for (let i = 0; i < 10; i++) expect((await post(token, aRequest(), newAddress())).statusCode).toBe(202);
    const refused = await post(token, aRequest(), newAddress());
    expect(refused.statusCode).toBe(429);
    expect(refused.json()).toMatchObject({ error: { code: 'TOO_MANY_REQUESTS' } });
    const retryAfter = Number(refused.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(3600);
    expect((await post(tokens.others[1]!, aRequest(), newAddress())).statusCode).toBe(202);
    clock += 3_600_001;
    expect((await post(token, aRequest(), newAddress())).statusCode).toBe(202);
  });

  it('an address takes 20 requests an hour, whatever the code (unknown codes count too)', async () => {
    const address = newAddress();
    for (let i = 0; i < 20; i++) {
      const token = i < 5 ? 'B'.repeat(43) : tokens.others[1 + (i % 3)]!;
      expect((await post(token, aRequest(), address)).statusCode).toBeLessThan(429);
    }
    const refused = await post(tokens.others[4]!, aRequest(), address);
    expect(refused.statusCode).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect((await post(tokens.others[4]!, aRequest(), newAddress())).statusCode).toBe(202);
  });

  it(`a body over ${MAX_PUBLIC_REQUEST_BYTES} bytes is 413`, async () => {
    const res = await post(tokens.unit2, aRequest({ needs: '药'.repeat(MAX_PUBLIC_REQUEST_BYTES) }), newAddress());
    expect(res.statusCode).toBe(413);
    expect(res.json()).toMatchObject({ error: { code: 'PAYLOAD_TOO_LARGE' } });
  });

  it('never answers 500, whatever arrives', async () => {
    const cases: [string, string][] = [
      [tokens.unit2, 'not json'],
      [tokens.unit2, '[]'],
      [tokens.unit2, 'null'],
      [tokens.unit2, '"text"'],
      [tokens.unit2, JSON.stringify(aRequest({ room: 'a\u0000b' }))],
      [tokens.unit2, JSON.stringify(aRequest({ needs: '\u0000' }))],
      [tokens.unit2, JSON.stringify(aRequest({ urgent: 'yes', requestId: 'x' }))],
      [tokens.unit2, JSON.stringify({ a: { b: { c: [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]] } } })],
      ['%00', JSON.stringify(aRequest())],
      ['%E0%A4%A', JSON.stringify(aRequest())],
      ['x'.repeat(2000), JSON.stringify(aRequest())],
    ];
    for (const [token, raw] of cases) {
      const res = await post(token, undefined, newAddress(), raw);
      expect(res.statusCode, `${token.slice(0, 10)} ${raw.slice(0, 40)}`).toBeGreaterThanOrEqual(400);
      expect(res.statusCode, `${token.slice(0, 10)} ${raw.slice(0, 40)}`).toBeLessThan(500);
    }
    for (const token of ['%00', '%E0%A4%A', 'x'.repeat(2000), "'; DROP TABLE records; --"]) {
      const res = await proxied.inject({ method: 'GET', url: `/api/v1/public/help/${encodeURI(token)}` });
      expect(res.statusCode).toBeGreaterThanOrEqual(400);
      expect(res.statusCode).toBeLessThan(500);
    }
  });
});
