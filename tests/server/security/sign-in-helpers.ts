/** Apps on a test server's database with their own sign-in limits and clock, asked through inject. */
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../../src/server/app';
import type { LoginLimiterOptions } from '../../../src/server/auth/login-limiter';
import type { Database } from '../../../src/server/db/database';
import { TEST_SECRET } from '../../fixtures/server-harness';

export interface SignInAnswer {
  status: number;
  retryAfter: number | null;
  code: string | null;
}

export function limitedApp(db: Database, loginLimits: LoginLimiterOptions, trustProxy?: string[]): Promise<FastifyInstance> {
  return buildApp({ db, secret: TEST_SECRET, staticDir: null, loginLimits, ...(trustProxy ? { trustProxy } : {}) });
}

export async function attempt(
  app: FastifyInstance,
  username: string,
  password: string,
  from: { remoteAddress?: string; forwardedFor?: string } = {},
): Promise<SignInAnswer> {
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { username, password, deviceId: 'security-test' },
    remoteAddress: from.remoteAddress ?? '203.0.113.7',
    headers: from.forwardedFor ? { 'x-forwarded-for': from.forwardedFor } : {},
  });
  const retryAfter = res.headers['retry-after'];
  const body = res.json<{ error?: { code?: string } }>();
  return {
    status: res.statusCode,
    retryAfter: retryAfter === undefined ? null : Number(retryAfter),
    code: body.error?.code ?? null,
  };
}

/** The failure counts the database holds, by key ('account:…', 'address:…'). */
export async function failureCounts(db: Database): Promise<Record<string, number>> {
  const { rows } = await db.query<{ key: string; failures: number }>('SELECT key, failures FROM sign_in_failures ORDER BY key');
  return Object.fromEntries(rows.map((row) => [row.key, Number(row.failures)]));
}
