/** POST /api/v1/sync/push and GET /api/v1/sync/pull. */
import type { FastifyTypeProviderDefault } from 'fastify';
import { z } from 'zod';
import {
  DEFAULT_PULL_LIMIT,
  MAX_MUTATIONS_PER_PUSH,
  MAX_PUSH_BYTES,
  pullQuerySchema,
  pullResponseSchema,
  pushEnvelopeSchema,
  pushResponseSchema,
} from '../../domain/sync-protocol';
import { requireUser, signedInUser } from '../http/authenticate';
import { refuseDeepBody } from '../http/body-depth';
import { errorReply, HttpError } from '../http/errors';
import { zodValidator, type ContractApp } from '../http/request-validation';
import type { ServerContext } from '../server-context';
import { pageJson, pullPage } from '../sync/pull';
import { recordDeviceSync } from '../sync/device-sync-record';
import { applyPush } from '../sync/push';
import { loadScope } from '../sync/scope';

const bearerSecurity = [{ bearerAuth: [] }];

/** Any body with a list of mutations longer than a push may carry. */
const overlongPush = z.looseObject({ mutations: z.array(z.unknown()).min(MAX_MUTATIONS_PER_PUSH + 1) });

/** Too many mutations is a 413 whatever else is wrong with the body, so it is checked before the envelope. */
async function refuseOverlongPush(request: { body: unknown }): Promise<void> {
  if (overlongPush.safeParse(request.body).success) {
    throw new HttpError(413, 'PAYLOAD_TOO_LARGE', `At most ${MAX_MUTATIONS_PER_PUSH} mutations per request`);
  }
}

export function registerSyncRoutes(app: ContractApp, ctx: ServerContext): void {
  app.post(
    '/api/v1/sync/push',
    {
      bodyLimit: MAX_PUSH_BYTES,
      preValidation: [requireUser(ctx), refuseOverlongPush, refuseDeepBody],
      validatorCompiler: zodValidator('Malformed push body'),
      schema: {
        summary: `Push up to ${MAX_MUTATIONS_PER_PUSH} mutations (1 MB); one result per mutation, in order`,
        description:
          'A body over 1 MB or with more than 500 mutations is refused whole (413). Otherwise every mutation is judged on its own: ' +
          'one that breaks the rules (or does not match any of the documented shapes) is answered as rejected with its error, ' +
          'and the request fails (400) only when the envelope is wrong or a mutation has no mutationId.',
        tags: ['sync'],
        security: bearerSecurity,
        body: pushEnvelopeSchema,
        response: { 200: pushResponseSchema, 400: errorReply[400], 401: errorReply[401], 403: errorReply[403], 413: errorReply[413] },
      },
    },
    async (request) => {
      const { user, deviceId } = signedInUser(request);
      // The push is the session's device's: conflict detection rests on it, so a client cannot name another.
      if (request.body.deviceId !== deviceId) {
        throw new HttpError(403, 'FORBIDDEN', 'deviceId is not the device this session was opened on', { deviceId: 'device_mismatch' });
      }
      const scope = await loadScope(ctx.db, user);
      const results = await applyPush({ db: ctx.db, scope, deviceId, userName: user.display_name, log: request.log }, request.body.mutations);
      await recordDeviceSync(ctx.db, user, deviceId, 'push', { log: request.log });
      return { results };
    },
  );

  // The pull answer is JSON the database wrote (pull.ts): sent as it is, so this route's reply is not
  // typed by the zod provider; its query is what the route's validator made of it (pullQuerySchema).
  app.withTypeProvider<FastifyTypeProviderDefault>().get<{ Querystring: z.output<typeof pullQuerySchema> }>(
    '/api/v1/sync/pull',
    {
      preValidation: requireUser(ctx),
      schema: {
        summary: 'Changes in your scope after the cursor, in commit order',
        tags: ['sync'],
        security: bearerSecurity,
        querystring: pullQuerySchema,
        response: { 200: pullResponseSchema, 400: errorReply[400], 401: errorReply[401] },
      },
    },
    async (request, reply) => {
      const { user, deviceId } = signedInUser(request);
      const scope = await loadScope(ctx.db, user);
      const page = await pullPage(ctx.db, ctx.feed, scope, request.query.cursor ?? '', request.query.limit ?? DEFAULT_PULL_LIMIT);
      await recordDeviceSync(ctx.db, user, deviceId, 'pull', { log: request.log });
      return reply.type('application/json; charset=utf-8').send(pageJson(page));
    },
  );
}
