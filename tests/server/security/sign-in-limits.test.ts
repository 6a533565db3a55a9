/**
 * Sign-in limits (issue 11): growing delays per account (about 100 guesses a day at most), a shared
 * address never locking out another account's right password, counters kept in the database.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../fixtures/server-harness';
import { attempt, failureCounts, limitedApp } from './sign-in-helpers';

let server: TestServer;
let now: number;
const clock = () => now;
const apps: FastifyInstance[] = [];

async function app(options: Parameters<typeof limitedApp>[1] = {}): Promise<FastifyInstance> {
  const built = await limitedApp(server.db, { now: clock, ...options });
  apps.push(built);
  return built;
}

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});
beforeEach(async () => {
  now = Date.parse('2026-11-25T08:00:00Z');
  await server.db.query('DELETE FROM sign_in_failures');
});
afterEach(async () => {
  for (const built of apps.splice(0)) await built.close();
});

describe('one shared address (an office behind NAT)', () => {
  it('failures on other accounts never refuse an account’s right password', async () => {
    const office = await app({ maxFailuresPerAddress: 10 });
    for (let i = 0; i < 4; i++) {
      expect((await attempt(office, 'worker1', `guess-${i}`)).status).toBe(401);
      expect((await attempt(office, 'worker2', `guess-${i}`)).status).toBe(401);
    }
    for (let i = 0; i < 15; i++) expect((await attempt(office, `nobody-${i}`, 'guess')).status).toBe(401);
    expect((await failureCounts(server.db))['address:203.0.113.7']).toBe(23);

    const colleague = await attempt(office, 'worker3', server.password);
    expect(colleague).toMatchObject({ status: 200, retryAfter: null });
  });

  it('an address over its limit may no longer retry accounts that failed, but gets one check per fresh account', async () => {
    const office = await app({ maxFailuresPerAddress: 3, addressWindowMs: 15 * 60_000 });
    for (let i = 0; i < 3; i++) expect((await attempt(office, 'worker1', `guess-${i}`)).status).toBe(401);
    // worker1 has failed from here: its next attempt is refused unchecked, even with the right password.
    const refused = await attempt(office, 'worker1', server.password);
    expect(refused).toMatchObject({ status: 429, code: 'TOO_MANY_REQUESTS', retryAfter: 15 * 60 });
    // The same account from another address is checked (3 failures are under its own 5).
    expect((await attempt(office, 'worker1', server.password, { remoteAddress: '198.51.100.20' })).status).toBe(200);
    // A fresh name is checked once, then refused.
    expect((await attempt(office, 'nobody-x', 'guess')).status).toBe(401);
    expect((await attempt(office, 'nobody-x', 'guess')).status).toBe(429);
    // When the window has passed, the address may try again.
    now += 15 * 60_000 + 1;
    expect((await attempt(office, 'nobody-x', 'guess')).status).toBe(401);
  });
});

describe('growing delays per account', () => {
  it('after five failures each wrong guess doubles the wait (1 s … 15 min); during it even the right password is refused unchecked', async () => {
    const server1 = await app();
    for (let i = 0; i < 4; i++) expect((await attempt(server1, 'worker2', `guess-${i}`)).status).toBe(401);
    const waits: number[] = [];
    for (let i = 0; i < 12; i++) {
      expect((await attempt(server1, 'worker2', `wrong-${i}`)).status).toBe(401);
      const refused = await attempt(server1, 'worker2', 'another-wrong-guess', { remoteAddress: `198.51.100.${i}` });
      expect(refused).toMatchObject({ status: 429, code: 'TOO_MANY_REQUESTS' });
      waits.push(refused.retryAfter!);
      now += refused.retryAfter! * 1000;
    }
    expect(waits).toEqual([1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 900, 900]);
    // Refused guesses were not counted: 16 failures, all checked ones.
    expect((await failureCounts(server.db))['account:worker2']).toBe(16);

    expect((await attempt(server1, 'worker2', 'wrong-again')).status).toBe(401);
    const rightDuringWait = await attempt(server1, 'worker2', server.password);
    expect(rightDuringWait).toMatchObject({ status: 429, retryAfter: 900 });
    now += 900_000;
    expect((await attempt(server1, 'worker2', server.password)).status).toBe(200);
    // A successful sign-in starts the account over.
    expect((await failureCounts(server.db))['account:worker2']).toBeUndefined();
  });

  it('an attacker trying as fast as allowed gets about 100 guesses a day', async () => {
    const server1 = await app();
    const end = now + 24 * 60 * 60 * 1000;
    let checked = 0;
    let refused = 0;
    let i = 0;
    while (now < end) {
      const answer = await attempt(server1, 'Secretary1', `guess-${i++}`, { remoteAddress: `192.0.2.${i % 250}` });
      if (answer.status === 401) checked++;
      else {
        expect(answer.status).toBe(429);
        expect(answer.retryAfter).toBeGreaterThan(0);
        refused++;
        now += answer.retryAfter! * 1000;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(90);
    expect(checked).toBeLessThanOrEqual(112);
    expect(refused).toBeGreaterThan(0);
  });

  it('an unknown username is limited the same way (no hint that it does not exist)', async () => {
    const server1 = await app();
    for (let i = 0; i < 5; i++) expect((await attempt(server1, 'no-such-user', `guess-${i}`)).status).toBe(401);
    expect(await attempt(server1, 'no-such-user', 'guess')).toMatchObject({ status: 429, retryAfter: 1 });
  });
});

describe('counters in the database', () => {
  it('are shared by two server processes and survive a restart', async () => {
    const first = await app({ firstDelayMs: 60_000 });
    const second = await app({ firstDelayMs: 60_000 });
    for (let i = 0; i < 3; i++) expect((await attempt(first, 'volunteer1', `guess-${i}`)).status).toBe(401);
    for (let i = 0; i < 2; i++) expect((await attempt(second, 'volunteer1', `guess-${i}`)).status).toBe(401);
    expect(await attempt(first, 'volunteer1', server.password)).toMatchObject({ status: 429, retryAfter: 60 });
    await first.close();
    await second.close();
    apps.splice(0);

    now += 30_000;
    const restarted = await app({ firstDelayMs: 60_000 });
    expect(await attempt(restarted, 'volunteer1', server.password)).toMatchObject({ status: 429, retryAfter: 30 });
    now += 30_000;
    expect((await attempt(restarted, 'volunteer1', server.password)).status).toBe(200);
  });
});
