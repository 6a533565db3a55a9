/**
 * Signed-in devices: a user's (GET /api/v1/users/{userId}/sessions), a community's for its secretary
 * (GET /api/v1/communities/{communityId}/sessions, issue 18) and signing one out (DELETE /api/v1/sessions/{sessionId}).
 */
import {
  communitySessionListSchema,
  communitySessionsParamsSchema,
  deviceSessionListSchema,
  revokeSessionResponseSchema,
  sessionParamsSchema,
  userSessionsParamsSchema,
  type CommunitySessionList,
  type DeviceSessionList,
  type RevokeSessionResponse,
} from '../../domain/device-sessions';
import { apiErrorBodySchema } from '../../domain/sync-protocol';
import {
  communityExists,
  findSessionOwner,
  listCommunitySessions,
  listUserSessions,
  maySeeCommunitySessions,
  maySeeSessionsOf,
  ownerOfLiveSession,
} from '../auth/device-sessions';
import { revokeSession } from '../auth/sessions';
import { requireUser, signedInUser } from '../http/authenticate';
import { errorReply, HttpError } from '../http/errors';
import { zodValidator, type ContractApp } from '../http/request-validation';
import type { ServerContext } from '../server-context';

const bearerSecurity = [{ bearerAuth: [] }];

const notFoundReply = apiErrorBodySchema.meta({
  description: 'NOT_FOUND: no such user or live session within what the caller may see (the same answer whether it exists or not)',
});

const notFoundCommunityReply = apiErrorBodySchema.meta({
  description: 'NOT_FOUND: no such community within what the caller may see (only its secretary or an admin; the same answer whether it exists or not)',
});

const notFound = (what: string) => new HttpError(404, 'NOT_FOUND', `No such ${what}`);

export function registerSessionRoutes(app: ContractApp, ctx: ServerContext): void {
  app.get(
    '/api/v1/users/:userId/sessions',
    {
      preValidation: requireUser(ctx),
      validatorCompiler: zodValidator('Invalid path'),
      schema: {
        summary: 'List a user’s signed-in devices (live sessions)',
        description: 'An admin may list anyone’s, a secretary those of her community’s users, anyone else only their own.',
        tags: ['auth'],
        security: bearerSecurity,
        params: userSessionsParamsSchema,
        response: { 200: deviceSessionListSchema, 400: errorReply[400], 401: errorReply[401], 404: notFoundReply },
      },
    },
    async (request): Promise<DeviceSessionList> => {
      const { user, sessionId } = signedInUser(request);
      const owner = await findSessionOwner(ctx.db, request.params.userId);
      if (!owner || !maySeeSessionsOf(user, owner)) throw notFound('user');
      return { sessions: await listUserSessions(ctx.db, owner.id, sessionId) };
    },
  );

  app.get(
    '/api/v1/communities/:communityId/sessions',
    {
      preValidation: requireUser(ctx),
      validatorCompiler: zodValidator('Invalid path'),
      schema: {
        summary: 'List a community’s signed-in phones (live sessions of its users), with who, device and last sync',
        description: 'Its secretary, or an admin; anyone else gets NOT_FOUND, as for a community that does not exist.',
        tags: ['auth'],
        security: bearerSecurity,
        params: communitySessionsParamsSchema,
        response: { 200: communitySessionListSchema, 400: errorReply[400], 401: errorReply[401], 404: notFoundCommunityReply },
      },
    },
    async (request): Promise<CommunitySessionList> => {
      const { user, sessionId } = signedInUser(request);
      const { communityId } = request.params;
      if (!maySeeCommunitySessions(user, communityId) || !(await communityExists(ctx.db, communityId))) throw notFound('community');
      return { sessions: await listCommunitySessions(ctx.db, communityId, sessionId) };
    },
  );

  app.delete(
    '/api/v1/sessions/:sessionId',
    {
      preValidation: requireUser(ctx),
      validatorCompiler: zodValidator('Invalid path'),
      schema: {
        summary: 'Sign a device out: end its session (its refresh and access tokens stop working at once)',
        description: 'Same rules as listing: an admin any session, a secretary those of her community’s users, anyone else their own.',
        tags: ['auth'],
        security: bearerSecurity,
        params: sessionParamsSchema,
        response: { 200: revokeSessionResponseSchema, 400: errorReply[400], 401: errorReply[401], 404: notFoundReply },
      },
    },
    async (request): Promise<RevokeSessionResponse> => {
      const { user, sessionId } = signedInUser(request);
      const owner = await ownerOfLiveSession(ctx.db, request.params.sessionId);
      if (!owner || !maySeeSessionsOf(user, owner)) throw notFound('session');
      // Signed out from elsewhere, its phone is told SESSION_REVOKED and wipes itself; the caller's own session is a plain sign-out.
      const reason = request.params.sessionId === sessionId ? 'logout' : owner.id === user.id ? 'revoked_by_user' : 'revoked_by_admin';
      await revokeSession(ctx.db, request.params.sessionId, reason);
      request.log.info({ sessionId: request.params.sessionId, userId: owner.id, by: user.id }, 'session revoked');
      return { status: 'ok' };
    },
  );
}
