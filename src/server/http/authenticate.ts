/** Bearer access tokens → the signed-in user, re-read from the database on every request. */
import type { FastifyRequest } from 'fastify';
import { loadSessionUser } from '../auth/sessions';
import { verifyAccessToken } from '../auth/tokens';
import type { UserRow } from '../auth/users';
import type { ServerContext } from '../server-context';
import { unauthorized } from './errors';

export interface AuthedUser {
  user: UserRow;
  sessionId: string;
}

export function bearerToken(request: FastifyRequest): string | null {
  const header = request.headers.authorization;
  if (typeof header !== 'string') return null;
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
  return match ? match[1]! : null;
}

export async function authenticate(ctx: ServerContext, request: FastifyRequest): Promise<AuthedUser> {
  const token = bearerToken(request);
  if (!token) throw unauthorized('Missing access token');
  const claims = verifyAccessToken(ctx.secret, token);
  if (!claims) throw unauthorized('Invalid or expired access token');
  const user = await loadSessionUser(ctx.db, claims.sub, claims.sid);
  if (!user) throw unauthorized('Session ended');
  return { user, sessionId: claims.sid };
}
