/**
 * Guessing sign-in codes (issue 13): wrong codes count per address in the sign-in limiter; after five,
 * every further check or redeem from that address waits (429 with Retry-After), even with a right
 * code, so 12-digit codes cannot be tried in bulk. Another address is not held back.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../fixtures/server-harness';
import { addPerson, aVolunteer, check, codeOf, redeem } from './people-helpers';

let server: TestServer;

beforeAll(async () => {
  // The first delay is a minute here (1 s by default), so the test never races it.
  server = await startTestServer({ loginLimits: { firstDelayMs: 60_000 } });
});
afterAll(async () => {
  await server?.close();
});

describe('wrong sign-in codes', () => {
  it('after five from one address the next waits (429 with Retry-After), even a right code; the code still works later', async () => {
    const { signInCode, person } = await addPerson(await server.api('secretary1'), aVolunteer(server));
    for (let i = 0; i < 5; i++) {
      const wrong = await (i % 2 === 0 ? redeem(server, `11112222333${i}`) : check(server, `11112222333${i}`));
      expect(codeOf(wrong)).toBe('SIGN_IN_CODE_INVALID');
    }
    const limited = await redeem(server, signInCode.code);
    expect(limited.status).toBe(429);
    expect(codeOf(limited)).toBe('TOO_MANY_REQUESTS');
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await check(server, signInCode.code)).status).toBe(429);
    // Sign-in with a password is not held back by the codes' failures.
    expect((await server.login('worker1')).user.username).toBe('worker1');
    // The wait over (moved in the database), the code was not used up by the refusals.
    await server.db.query(`UPDATE sign_in_failures SET blocked_until = now() - interval '1 second' WHERE key LIKE 'account:sign-in-code:%'`);
    const redeemed = await redeem(server, signInCode.code);
    expect(redeemed.status).toBe(200);
    expect(redeemed.body.user.id).toBe(person.id);
  });
});
