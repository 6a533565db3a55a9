/** X-Forwarded-For is believed only from the proxies TRUST_PROXY names (issue 11). */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readConfig } from '../../../src/server/config';
import { parseTrustProxy } from '../../../src/server/auth/trusted-proxies';
import { startTestServer, type TestServer } from '../../fixtures/server-harness';
import { attempt, failureCounts, limitedApp } from './sign-in-helpers';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});
beforeEach(async () => {
  await server.db.query('DELETE FROM sign_in_failures');
});

async function addressesCounted(env: Record<string, string>, requests: { remoteAddress: string; forwardedFor: string }[]) {
  const app = await limitedApp(server.db, {}, readConfig(env).trustProxy);
  try {
    for (const from of requests) expect((await attempt(app, 'nobody', 'guess', from)).status).toBe(401);
  } finally {
    await app.close();
  }
  const counts = await failureCounts(server.db);
  return Object.keys(counts).filter((key) => key.startsWith('address:'));
}

describe('TRUST_PROXY', () => {
  it('with a list, believes X-Forwarded-For only on requests from a listed proxy', async () => {
    const keys = await addressesCounted({ TRUST_PROXY: '10.0.0.1,127.0.0.1' }, [
      { remoteAddress: '10.0.0.1', forwardedFor: '198.51.100.1' },
      { remoteAddress: '192.0.2.9', forwardedFor: '198.51.100.2' },
    ]);
    expect(keys.sort()).toEqual(['address:192.0.2.9', 'address:198.51.100.1']);
  });

  it('1 means a proxy on this machine, never everyone', async () => {
    const keys = await addressesCounted({ TRUST_PROXY: '1' }, [
      { remoteAddress: '127.0.0.1', forwardedFor: '198.51.100.3' },
      { remoteAddress: '192.0.2.9', forwardedFor: '198.51.100.4' },
    ]);
    expect(keys.sort()).toEqual(['address:192.0.2.9', 'address:198.51.100.3']);
  });

  it('unset, X-Forwarded-For is ignored', async () => {
    const keys = await addressesCounted({}, [{ remoteAddress: '127.0.0.1', forwardedFor: '198.51.100.5' }]);
    expect(keys).toEqual(['address:127.0.0.1']);
  });

  it('made-up X-Forwarded-For addresses from a client do not get past the per-address limit', async () => {
    const app = await limitedApp(server.db, { maxFailuresPerAddress: 3 }, readConfig({ TRUST_PROXY: '10.0.0.1' }).trustProxy);
    try {
      for (let i = 0; i < 3; i++) {
        const from = { remoteAddress: '192.0.2.9', forwardedFor: `198.51.100.${i + 10}` };
        expect((await attempt(app, 'worker1', `guess-${i}`, from)).status).toBe(401);
      }
      const next = await attempt(app, 'worker1', 'guess', { remoteAddress: '192.0.2.9', forwardedFor: '198.51.100.99' });
      expect(next).toMatchObject({ status: 429, code: 'TOO_MANY_REQUESTS' });
    } finally {
      await app.close();
    }
  });

  it('accepts addresses, CIDR ranges and proxy-addr names; refuses anything else at start', () => {
    expect(parseTrustProxy(' 10.0.0.1, 192.168.0.0/16 ,::1,fd00::/8,loopback')).toEqual([
      '10.0.0.1',
      '192.168.0.0/16',
      '::1',
      'fd00::/8',
      'loopback',
    ]);
    expect(parseTrustProxy('0')).toEqual([]);
    expect(parseTrustProxy('true')).toEqual(['loopback']);
    expect(() => parseTrustProxy('10.0.0.1,proxy.example')).toThrow(/TRUST_PROXY/);
    expect(() => parseTrustProxy('10.0.0.0/33')).toThrow(/TRUST_PROXY/);
  });
});
