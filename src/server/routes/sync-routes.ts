/** POST /api/v1/sync/push and GET /api/v1/sync/pull. */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import {
  DEFAULT_PULL_LIMIT,
  MAX_MUTATIONS_PER_PUSH,
  MAX_PULL_LIMIT,
  MAX_PUSH_BYTES,
  type PullResponse,
  type PushResponse,
} from '../../domain/sync-protocol';
import { fieldErrors } from '../../domain/validation-errors';
import { authenticate } from '../http/authenticate';
import { badRequest, HttpError } from '../http/errors';
import {
  bearerSecurity,
  errorResponses,
  pullQuerySchema,
  pullResponseSchema,
  pushBodySchema,
  pushResponseSchema,
} from '../http/openapi-schemas';
import type { ServerContext } from '../server-context';
import { pullChanges } from '../sync/pull';
import { applyPush } from '../sync/push';
import { loadScope } from '../sync/scope';

/** The envelope only; each mutation is judged on its own, but needs a mutationId to be answered. */
const pushEnvelope = z.object({
  deviceId: z.string().min(1).max(100),
  mutations: z.array(z.looseObject({ mutationId: z.string().min(1).max(100) })),
});

const pullQuery = z.object({
  cursor: z.string().max(1000).optional(),
  limit: z
    .string()
    .regex(/^\d{1,4}$/, { error: 'limit_invalid' })
    .transform(Number)
    .refine((n) => n >= 1 && n <= MAX_PULL_LIMIT, { error: 'limit_invalid' })
    .optional(),
});

export function registerSyncRoutes(app: FastifyInstance, ctx: ServerContext): void {
  app.post(
    '/api/v1/sync/push',
    {
      bodyLimit: MAX_PUSH_BYTES,
      schema: {
        summary: 'Push up to 500 mutations (1 MB); one result per mutation, in order',
        tags: ['sync'],
        security: bearerSecurity,
        body: pushBodySchema,
        response: { 200: pushResponseSchema, ...errorResponses(400, 401, 413) },
      },
    },
    async (request: FastifyRequest): Promise<PushResponse> => {
      const { user } = await authenticate(ctx, request);
      const raw = request.body as { mutations?: unknown } | null;
      if (raw && Array.isArray(raw.mutations) && raw.mutations.length > MAX_MUTATIONS_PER_PUSH) {
        throw new HttpError(413, 'PAYLOAD_TOO_LARGE', `At most ${MAX_MUTATIONS_PER_PUSH} mutations per request`);
      }
      const parsed = pushEnvelope.safeParse(raw);
      if (!parsed.success) throw badRequest('Malformed push body', fieldErrors(parsed.error));
      const scope = await loadScope(ctx.db, user);
      const results = await applyPush(
        { db: ctx.db, scope, deviceId: parsed.data.deviceId, log: request.log },
        parsed.data.mutations,
      );
      return { results };
    },
  );

  app.get(
    '/api/v1/sync/pull',
    {
      schema: {
        summary: 'Changes in your scope after the cursor, in commit order',
        tags: ['sync'],
        security: bearerSecurity,
        querystring: pullQuerySchema,
        response: { 200: pullResponseSchema, ...errorResponses(400, 401) },
      },
    },
    async (request: FastifyRequest): Promise<PullResponse> => {
      const { user } = await authenticate(ctx, request);
      const parsed = pullQuery.safeParse(request.query);
      if (!parsed.success) throw badRequest('Invalid query', fieldErrors(parsed.error));
      const scope = await loadScope(ctx.db, user);
      return pullChanges(ctx.db, scope, parsed.data.cursor ?? '', parsed.data.limit ?? DEFAULT_PULL_LIMIT);
    },
  );
}
