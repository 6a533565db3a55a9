/**
 * Bearer access tokens → the signed-in user, re-read from the database on every request. Routes that
 * need a user check the token before their body or query is validated: without a valid token the
 * answer is 401 whatever else is wrong with the request.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { loadSessionUser, sessionRefusal } from '../auth/sessions';
import { verifyAccessToken } from '../auth/tokens';
import type { UserRow } from '../auth/users';
import type { ServerContext } from '../server-context';
import { refusedSession, unauthorized } from './errors';

export interface AuthedUser {
  user: UserRow;
  sessionId: string;
  /** The device the session was opened on (its pushes are that device's). */
  deviceId: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by the `requireUser` hook of routes that need a signed-in user. */
    authed: AuthedUser | null;
  }
}

export function bearerToken(request: FastifyRequest): string | null {
  const header = request.headers.authorization;
  if (!header) return null;
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
  return match ? match[1]! : null;
}

export async function authenticate(ctx: ServerContext, request: FastifyRequest): Promise<AuthedUser> {
  const token = bearerToken(request);
  if (!token) throw unauthorized('Missing access token');
  const claims = verifyAccessToken(ctx.secret, token);
  if (!claims) throw unauthorized('Invalid or expired access token');
  const session = await loadSessionUser(ctx.db, claims.sub, claims.sid);
  if (!session) {
    const refusal = await sessionRefusal(ctx.db, { sessionId: claims.sid, userId: claims.sub });
    throw refusal ? refusedSession(refusal) : unauthorized('Session ended');
  }
  return { user: session.user, sessionId: claims.sid, deviceId: session.deviceId };
}

export function decorateAuthentication(app: FastifyInstance): void {
  app.decorateRequest('authed', null);
}

/** A preValidation hook: authenticates the request (401 otherwise) before its body or query is checked. */
export function requireUser(ctx: ServerContext): (request: FastifyRequest) => Promise<void> {
  return async (request) => {
    request.authed = await authenticate(ctx, request);
  };
}

/** The user `requireUser` authenticated. */
export function signedInUser(request: FastifyRequest): AuthedUser {
  if (!request.authed) throw unauthorized();
  return request.authed;
}
