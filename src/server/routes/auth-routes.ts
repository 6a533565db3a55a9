/** Sign-in, token refresh and sign-out. */
import {
  loginRequestSchema,
  loginResponseSchema,
  logoutRequestSchema,
  logoutResponseSchema,
  refreshRequestSchema,
  type LoginResponse,
  type LogoutResponse,
} from '../../domain/sync-protocol';
import { signIn } from '../auth/sign-in';
import { createSession, revokeSession, rotateRefreshToken, sessionOfRefreshToken, sessionRefusal } from '../auth/sessions';
import { ACCESS_TOKEN_TTL_SECONDS, signAccessToken, verifyAccessToken } from '../auth/tokens';
import { findUserById, isActiveAccount, toSessionUser, type UserRow } from '../auth/users';
import { bearerToken } from '../http/authenticate';
import { accountEnded, errorReply, refusedSession, unauthorized } from '../http/errors';
import type { ContractApp } from '../http/request-validation';
import type { ServerContext } from '../server-context';

export function tokens(ctx: ServerContext, user: UserRow, sessionId: string, refreshToken: string): LoginResponse {
  return {
    accessToken: signAccessToken(ctx.secret, { sub: user.id, sid: sessionId }),
    refreshToken,
    expiresIn: ACCESS_TOKEN_TTL_SECONDS,
    user: toSessionUser(user),
    retentionDays: ctx.phoneRetentionDays,
  };
}

export function registerAuthRoutes(app: ContractApp, ctx: ServerContext): void {
  app.post(
    '/api/v1/auth/login',
    {
      schema: {
        summary: 'Sign in with username and password',
        tags: ['auth'],
        body: loginRequestSchema,
        response: { 200: loginResponseSchema, 400: errorReply[400], 401: errorReply[401], 429: errorReply[429] },
      },
    },
    async (request) => {
      const body = request.body;
      const user = await signIn(ctx, body.username, body.password, request.ip);
      const session = await createSession(ctx.db, user.id, body.deviceId ?? 'unknown');
      return tokens(ctx, user, session.sessionId, session.refreshToken);
    },
  );

  app.post(
    '/api/v1/auth/refresh',
    {
      schema: {
        summary: 'Exchange a refresh token for new tokens',
        description:
          'A replaced refresh token is accepted again only within 2 minutes and while its successor is unused (an answer that was lost); ' +
          'any other reuse revokes the whole session.',
        tags: ['auth'],
        body: refreshRequestSchema,
        response: { 200: loginResponseSchema, 400: errorReply[400], 401: errorReply[401] },
      },
    },
    async (request) => {
      const rotated = await rotateRefreshToken(ctx.db, request.body.refreshToken);
      if (rotated.kind === 'reuse') {
        request.log.warn(
          { sessionId: rotated.sessionId, userId: rotated.userId, generation: rotated.generation },
          'Refresh token reused after rotation: session revoked',
        );
      }
      if (rotated.kind !== 'rotated') {
        const refusal = await sessionRefusal(ctx.db, { refreshToken: request.body.refreshToken });
        throw refusal ? refusedSession(refusal) : unauthorized('Refresh token invalid, expired or revoked');
      }
      const user = await findUserById(ctx.db, rotated.userId);
      if (!user) throw unauthorized('Refresh token invalid, expired or revoked');
      if (!isActiveAccount(user)) {
        await revokeSession(ctx.db, rotated.sessionId, user.disabled ? 'user_disabled' : 'account_ended');
        throw accountEnded();
      }
      return tokens(ctx, user, rotated.sessionId, rotated.refreshToken);
    },
  );

  app.post(
    '/api/v1/auth/logout',
    {
      schema: {
        summary: 'End the session of the given refresh token and/or bearer access token',
        description: 'The body may be left out when a bearer access token is sent.',
        tags: ['auth'],
        body: logoutRequestSchema,
        response: { 200: logoutResponseSchema, 400: errorReply[400], 401: errorReply[401] },
      },
    },
    async (request): Promise<LogoutResponse> => {
      const sessions = new Set<string>();
      const bearer = bearerToken(request);
      const claims = bearer ? verifyAccessToken(ctx.secret, bearer) : null;
      if (claims) sessions.add(claims.sid);
      const refreshToken = request.body?.refreshToken;
      if (refreshToken) {
        const sessionId = await sessionOfRefreshToken(ctx.db, refreshToken);
        if (sessionId) sessions.add(sessionId);
      }
      if (sessions.size === 0) throw unauthorized('No valid token to sign out');
      for (const sessionId of sessions) await revokeSession(ctx.db, sessionId);
      return { status: 'ok' };
    },
  );
}
