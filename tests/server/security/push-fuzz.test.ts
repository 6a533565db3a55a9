/**
 * Property-based fuzz of POST /api/v1/sync/push (issue 11): 2,000 random push requests, valid and
 * broken — random and real entity names, ops, ids, baseVersions of odd types and sizes, data with
 * nested objects and arrays (up to ~100 levels), strings with NUL and lone surrogates, huge numbers,
 * long strings, real field names with wrong types, broken envelopes and bodies that are not JSON.
 * No answer may be a 500; a 200 answers every mutation applied, duplicate or rejected (never
 * INTERNAL). Afterwards the server is healthy and a normal push still applies.
 *
 * Requests go through Fastify's inject (no sockets) so that 2,000 runs stay fast. The seed is fixed;
 * fast-check prints it, with the shrunk counterexample, when a run fails.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENTITY_NAMES } from '../../../src/domain/entities/registry';
import { healthResponseSchema, pushResponseSchema } from '../../../src/domain/sync-protocol';
import { aBuilding, aCheckpointEntry, aFeverReport, aHousehold, aResident, aShiftNote, aVisit } from '../../fixtures/domain-records';
import { startTestServer, type TestServer } from '../../fixtures/server-harness';
import { createOf, findRecords } from '../../fixtures/server-client';

const FUZZ_SEED = 20_201_111;
const NUM_RUNS = 2000;

let server: TestServer;
let token: string;
let knownIds: string[];
let householdId: string;

beforeAll(async () => {
  server = await startTestServer();
  token = (await server.login('worker1', { deviceId: 'fuzz-phone' })).accessToken;
  const households = await findRecords(server.db, 'household', { gridId: server.demo.gridIds[0] });
  const residents = await findRecords(server.db, 'resident', { gridId: server.demo.gridIds[0] });
  householdId = households[0]!.id;
  knownIds = [
    ...households.slice(0, 3).map((r) => r.id),
    ...residents.slice(0, 3).map((r) => r.id),
    ...(await findRecords(server.db, 'household', { gridId: server.demo.gridIds[1] })).slice(0, 1).map((r) => r.id),
    server.demo.buildings[0]!.id,
    server.demo.checkpointIds[0]!,
    server.demo.communityId,
    server.demo.gridIds[0]!,
  ];
});
afterAll(async () => {
  await server?.close();
});

/** Every field name a real record has (and a few of their nested ones). */
const REAL_FIELDS = [
  ...new Set([
    ...[aBuilding(), aHousehold(), aResident(), aVisit(), aFeverReport(), aCheckpointEntry(), aShiftNote()].flatMap((r) => Object.keys(r)),
    'residentId', 'temperature', 'symptoms', 'reason', 'movedOutOn', 'notes', 'id', 'version', 'createdBy', 'voidedAt', '__proto__', 'constructor',
  ]),
];

/** Numbers JSON can write but JavaScript cannot hold exactly (or at all), written raw into the body. */
const RAW_NUMBERS = ['1e999', '-1e999', '123456789012345678901234567890', '9007199254740993', '1e-400', '-0', '0.0000000000000000000001', '1E+2'];
const rawMarker = (i: number) => `@@raw-number-${i}@@`;

/** Any code points: NUL, lone surrogates, astral characters. */
const anyText = (maxLength = 24) => fc.string({ unit: 'binary', maxLength });
const longText = fc.oneof(
  fc.integer({ min: 1000, max: 200_000 }).map((n) => 'x'.repeat(n)),
  fc.integer({ min: 100, max: 20_000 }).map((n) => '\u0000\ud800'.repeat(n)),
);
const hugeNumber = fc.oneof(
  fc.constantFrom(Number.MAX_VALUE, -Number.MAX_VALUE, Number.MAX_SAFE_INTEGER + 2, 2 ** 64, -(2 ** 63), Number.MIN_VALUE, 2 ** 31, -1),
  fc.integer({ min: 0, max: RAW_NUMBERS.length - 1 }).map(rawMarker),
);
const scalar = fc.oneof(
  anyText(),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  hugeNumber,
  fc.boolean(),
  fc.constant(null),
  fc.uuid(),
  fc.constantFrom(...REAL_FIELDS),
);
/** A value nested 1 to 100 levels deep (the server refuses more than 32 with 400), objects and arrays at random. */
const depth = fc.oneof({ weight: 3, arbitrary: fc.integer({ min: 1, max: 31 }) }, { weight: 1, arbitrary: fc.integer({ min: 32, max: 100 }) });
const deep = fc
  .tuple(depth, fc.array(fc.boolean(), { minLength: 100, maxLength: 100 }), scalar, fc.constantFrom(...REAL_FIELDS))
  .map(([depth, kinds, leaf, key]) => {
    let value: unknown = leaf;
    for (let i = 0; i < depth; i++) value = kinds[i] ? [value] : { [key]: value };
    return value;
  });
const value = fc.oneof(
  { weight: 30, arbitrary: scalar },
  { weight: 10, arbitrary: fc.jsonValue({ stringUnit: 'binary', maxDepth: 4 }) },
  { weight: 2, arbitrary: deep },
  { weight: 1, arbitrary: longText },
  { weight: 5, arbitrary: fc.array(scalar, { maxLength: 40 }) },
);

const entity = fc.oneof(fc.constantFrom(...ENTITY_NAMES), fc.constantFrom('', 'person', 'records', 'mutations', 'Household', 'resident '), anyText());
const op = fc.oneof(fc.constantFrom('create', 'patch', 'void'), fc.constantFrom('delete', 'upsert', 'CREATE', ''), anyText(8));
const id = fc.oneof(fc.uuid(), fc.uuid({ version: 7 }), fc.constant('known'), anyText(40), value);
const baseVersion = fc.oneof(fc.nat(5), fc.integer(), fc.double(), hugeNumber, anyText(6), fc.constant(null), fc.array(fc.nat(3), { maxLength: 2 }));
const data = fc.oneof(
  fc.dictionary(fc.oneof(fc.constantFrom(...REAL_FIELDS), anyText(12)), value, { maxKeys: 8 }),
  fc.record({ householdId: fc.constant('known'), name: value, tags: value, outcome: value, checks: value, reason: value }, { requiredKeys: [] }),
  value,
);
/** Mostly valid (a broken one fails the whole request with 400, which tests less), sometimes repeated. */
const mutationId = fc.oneof(
  { weight: 20, arbitrary: fc.uuid() },
  { weight: 3, arbitrary: fc.constantFrom('dup-1', 'dup-2', '\u0000', '\ud800') },
  { weight: 1, arbitrary: fc.oneof(anyText(120), fc.constant(''), fc.integer(), fc.constant(null)) },
);
const mutation = fc.record(
  { mutationId, entity, op, id, baseVersion, data, recordedAt: fc.oneof(fc.date({ noInvalidDate: true }).map((d) => d.toISOString()), value) },
  { requiredKeys: ['mutationId'] },
);
/** A resident create in worker1's grid, valid but for up to two fields replaced by random values. */
const nearlyValid = fc
  .record({
    mutationId: fc.uuid(),
    id: fc.uuid({ version: 7 }),
    name: fc.string({ unit: 'binary', minLength: 1, maxLength: 20 }),
    broken: fc.dictionary(fc.constantFrom(...REAL_FIELDS), value, { maxKeys: 2 }),
  })
  .map(({ mutationId, id, name, broken }) => {
    const { idNumber: _idNumber, ...resident } = aResident({ householdId: 'known-household', name });
    return { mutationId, entity: 'resident', op: 'create', id, data: { ...resident, ...broken }, recordedAt: '2026-11-25T09:30:00+08:00' };
  });
/** Sometimes not an object at all. */
const anyMutation = fc.oneof({ weight: 30, arbitrary: mutation }, { weight: 10, arbitrary: nearlyValid }, { weight: 1, arbitrary: value });
const deviceId = fc.oneof({ weight: 30, arbitrary: fc.constant('fuzz-phone') }, { weight: 1, arbitrary: value });
const envelope = fc.oneof(
  { weight: 20, arbitrary: fc.record({ deviceId, mutations: fc.array(anyMutation, { maxLength: 4 }) }) },
  { weight: 1, arbitrary: fc.record({ deviceId, mutations: value, extra: value }, { requiredKeys: [] }) },
  { weight: 1, arbitrary: value },
);
/** The body as sent: JSON (with raw numbers), JSON cut short, or bytes that are not UTF-8. */
const body = fc.oneof(
  { weight: 24, arbitrary: envelope.map((e) => ({ kind: 'json' as const, e })) },
  { weight: 1, arbitrary: fc.tuple(envelope, fc.nat()).map(([e, cut]) => ({ kind: 'cut' as const, e, cut })) },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 200 }).map((bytes) => ({ kind: 'bytes' as const, bytes })) },
);

function serialize(input: unknown): string {
  const known = JSON.stringify(input, (key, v: unknown) =>
    v === 'known' ? knownIds[Math.abs(hashOf(key)) % knownIds.length] : v === 'known-household' ? householdId : v,
  );
  return known.replace(/"@@raw-number-(\d+)@@"/g, (_m, i: string) => RAW_NUMBERS[Number(i)] ?? '0');
}
function hashOf(text: string): number {
  let h = 0;
  for (let i = 0; i < text.length; i++) h = (h * 31 + text.charCodeAt(i)) | 0;
  return h;
}

async function push(payload: string | Buffer, authorized = true) {
  return server.app.inject({
    method: 'POST',
    url: '/api/v1/sync/push',
    headers: { 'content-type': 'application/json', ...(authorized ? { authorization: `Bearer ${token}` } : {}) },
    payload,
  });
}

describe('push fuzz (property-based)', () => {
  it(`never answers 500 to ${NUM_RUNS} random pushes, and judges every mutation`, { timeout: 180_000 }, async () => {
    const started = Date.now();
    let ok = 0;
    let applied = 0;
    const statuses = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(body, async (b) => {
        const payload = b.kind === 'bytes' ? Buffer.from(b.bytes) : b.kind === 'cut' ? serialize(b.e).slice(0, b.cut % 200) : serialize(b.e);
        const res = await push(payload);
        statuses.set(res.statusCode, (statuses.get(res.statusCode) ?? 0) + 1);
        expect(res.statusCode, res.body.slice(0, 500)).toBeLessThan(500);
        if (res.statusCode !== 200) return;
        ok++;
        const answer = pushResponseSchema.parse(res.json());
        for (const result of answer.results) {
          expect(['applied', 'duplicate', 'rejected']).toContain(result.status);
          if (result.status === 'applied') applied++;
          expect(result.error?.code, JSON.stringify(result.error)).not.toBe('INTERNAL');
        }
      }),
      { seed: FUZZ_SEED, numRuns: NUM_RUNS, endOnFailure: true },
    );
    console.info(`push fuzz answers: ${JSON.stringify(Object.fromEntries(statuses))}`);
    // Most runs must reach the mutations, not stop at the envelope: otherwise the fuzz tests little.
    expect(ok).toBeGreaterThan(NUM_RUNS / 2);
    // And some mutations must get through every check and be written.
    expect(applied).toBeGreaterThan(50);
    console.info(`push fuzz: ${NUM_RUNS} runs (${ok} answered 200, ${applied} mutations applied) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  });

  it('stays healthy: /health is ok and a normal push still applies', async () => {
    const health = await server.app.inject({ method: 'GET', url: '/api/v1/health' });
    expect(health.statusCode).toBe(200);
    expect(healthResponseSchema.parse(health.json()).status).toBe('ok');

    const create = createOf('resident', aResident({ householdId, name: '模糊测试后' }));
    const res = await push(JSON.stringify({ deviceId: 'fuzz-phone', mutations: [create] }));
    expect(res.statusCode).toBe(200);
    const [result] = pushResponseSchema.parse(res.json()).results;
    expect(result).toMatchObject({ mutationId: create.mutationId, status: 'applied', version: 1 });
    const again = await push(JSON.stringify({ deviceId: 'fuzz-phone', mutations: [create] }));
    expect(pushResponseSchema.parse(again.json()).results[0]).toMatchObject({ status: 'duplicate', version: 1 });
  });

  it('answers the same fuzz without a token with 401 (or 400 for a body it will not parse), never 500', async () => {
    await fc.assert(
      fc.asyncProperty(envelope, async (e) => {
        expect([400, 401]).toContain((await push(serialize(e), false)).statusCode);
      }),
      { seed: FUZZ_SEED, numRuns: 100 },
    );
  });
});
