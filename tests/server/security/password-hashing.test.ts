/** Password hashes at OWASP's scrypt parameters; older hashes are replaced at the next sign-in (issue 11). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  hashPassword,
  needsRehash,
  OWASP_SCRYPT_PARAMS,
  passwordHashParams,
  verifyPassword,
} from '../../../src/server/auth/password';
import { startTestServer, TEST_HASH_PARAMS, type TestServer } from '../../fixtures/server-harness';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

async function storedHash(username: string): Promise<string> {
  const { rows } = await server.db.query<{ password_hash: string }>('SELECT password_hash FROM users WHERE username = $1', [username]);
  return rows[0]!.password_hash;
}

describe('password hashing', () => {
  it('uses OWASP’s scrypt parameters (N=2^17, r=8, p=1), which need more than node’s default memory limit', async () => {
    expect(OWASP_SCRYPT_PARAMS).toEqual({ N: 131072, r: 8, p: 1 });
    const hash = await hashPassword('correct horse', OWASP_SCRYPT_PARAMS);
    expect(hash).toMatch(/^scrypt\$131072\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
    expect(await verifyPassword('correct horse', hash)).toBe(true);
    expect(await verifyPassword('correct horse!', hash)).toBe(false);
  });

  it('tests hash with cheaper parameters, set by the harness', () => {
    expect(passwordHashParams()).toEqual(TEST_HASH_PARAMS);
  });

  it('replaces a hash made with older parameters at the next successful sign-in, not at a failed one', async () => {
    const old = await hashPassword(server.password, { N: 2 ** 10, r: 8, p: 1 });
    await server.db.query(`UPDATE users SET password_hash = $1 WHERE username = 'worker2'`, [old]);
    expect(needsRehash(old)).toBe(true);

    const wrong = await fetch(`${server.url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'worker2', password: 'not-it', deviceId: 'd' }),
    });
    expect(wrong.status).toBe(401);
    expect(await storedHash('worker2')).toBe(old);

    await server.login('worker2');
    const upgraded = await storedHash('worker2');
    expect(upgraded).not.toBe(old);
    expect(upgraded.startsWith(`scrypt$${TEST_HASH_PARAMS.N}$${TEST_HASH_PARAMS.r}$${TEST_HASH_PARAMS.p}$`)).toBe(true);
    expect(needsRehash(upgraded)).toBe(false);
    expect(await verifyPassword(server.password, upgraded)).toBe(true);

    // Signing in again keeps it.
    await server.login('worker2');
    expect(await storedHash('worker2')).toBe(upgraded);
  });

  it('refuses a malformed stored hash instead of throwing', async () => {
    expect(await verifyPassword('x', 'scrypt$3$8$1$c2FsdA$aGFzaA')).toBe(false);
    expect(await verifyPassword('x', 'bcrypt$whatever')).toBe(false);
  });
});
