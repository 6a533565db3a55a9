/**
 * The residents' help page (微邻里, issue 13; contract src/domain/api/public-help.ts), without sign-in:
 *   GET  /api/v1/public/help/:token  what the poster already says (building, unit, community)
 *   POST /api/v1/public/help/:token  a request for help: an unconfirmed help_request of that building
 *        and unit, asked by the resident, in the change feed like a pushed record (created_by 'resident')
 * Nothing from the register is ever told: a request for a registered room and one for an unregistered
 * room answer alike (the household is linked on the server only). An unknown and a replaced code answer
 * alike (404 POSTER_CODE_INVALID). POSTs are limited per client address and per poster code
 * (public-limits.ts); a body over MAX_PUBLIC_REQUEST_BYTES is 413.
 */
import type { FastifyRequest, FastifySchemaCompiler } from 'fastify';
import { z } from 'zod';
import {
  MAX_PUBLIC_REQUEST_BYTES,
  publicHelpRequestSchema,
  publicHelpSentSchema,
  publicUnitSchema,
  type PublicUnit,
} from '../../domain/api/public-help';
import { entitySchemas } from '../../domain/entities/registry';
import { apiErrorBodySchema } from '../../domain/sync-protocol';
import { fieldErrors } from '../../domain/validation-errors';
import type { Queryable } from '../db/database';
import { isUniqueViolation } from '../db/pg-errors';
import { refuseDeepBody } from '../http/body-depth';
import { HttpError } from '../http/errors';
import type { ContractApp } from '../http/request-validation';
import { PublicRequestLimits, type PublicLimitOptions } from '../posters/public-limits';
import { communityOf, findCurrentPoster, findLiveRecord } from '../posters/unit-posters';
import type { ServerContext } from '../server-context';
import { deriveScope } from '../sync/derive-scope';
import { directSource } from '../sync/record-source';
import { findRecords, insertRecords, metaForAll, type WritableRow } from '../sync/record-store';
import { MutationRejection } from '../sync/rejection';
import type { Scope } from '../sync/scope';

/** Who a resident's request is written by (the records' created_by and field versions). */
export const RESIDENT_ACTOR = 'resident';

const tokenParamsSchema = z.object({ token: z.string().meta({ description: 'the unit poster’s code' }) });

const posterCodeInvalid = () =>
  new HttpError(404, 'POSTER_CODE_INVALID', 'This poster’s code is not valid (replaced, or never issued)');

const invalidCodeReply = apiErrorBodySchema.meta({ description: 'POSTER_CODE_INVALID: the code is unknown or was replaced (the same answer for both)' });
const validationReply = apiErrorBodySchema.meta({ description: 'VALIDATION: `fields` says which field and why; BAD_REQUEST for a body that is not JSON' });
const idReuseReply = apiErrorBodySchema.meta({ description: 'ID_REUSE: the requestId is taken by another record' });
const tooLargeReply = apiErrorBodySchema.meta({ description: `PAYLOAD_TOO_LARGE: over ${MAX_PUBLIC_REQUEST_BYTES} bytes` });
const tooManyReply = apiErrorBodySchema.meta({
  description: 'TOO_MANY_REQUESTS: too many requests with this poster code or from this address in the hour; Retry-After says when to try again',
});

/** The body is answered 400 VALIDATION with `fields` (the path always validates: a bad code is 404 in the hook). */
const publicValidator: FastifySchemaCompiler<unknown> = ({ schema }) => {
  if (!(schema instanceof z.ZodType)) throw new Error('public help: the schema is not a zod schema');
  return (data: unknown) => {
    const parsed = schema.safeParse(data);
    return parsed.success ? { value: parsed.data } : { error: new HttpError(400, 'VALIDATION', 'Invalid request', fieldErrors(parsed.error)) };
  };
};

const tooMany = (retryAfterSeconds: number, what: string) =>
  new HttpError(429, 'TOO_MANY_REQUESTS', `Too many requests ${what}; try again later`, undefined, { 'retry-after': String(retryAfterSeconds) });

function tokenOf(request: FastifyRequest): string {
  const params = request.params;
  const token = typeof params === 'object' && params !== null && 'token' in params ? params.token : undefined;
  return typeof token === 'string' ? token : '';
}

/** The building of a current code, or null (a code of a building since removed is as invalid as an unknown one). */
async function posterBuilding(db: Queryable, token: string): Promise<{ building: WritableRow; unit: string } | null> {
  const poster = await findCurrentPoster(db, token);
  if (!poster) return null;
  const building = await findLiveRecord(db, 'building', poster.buildingId);
  return building ? { building, unit: poster.unit } : null;
}

/** The registered household at this address, if there is one (never told to the caller). */
async function householdAt(db: Queryable, buildingId: string, unit: string, room: string): Promise<string | null> {
  const { rows } = await db.query<{ id: string }>(
    `SELECT id FROM records WHERE entity = 'household' AND building_id = $1 AND voided_at IS NULL
        AND data->>'unit' = $2 AND data->>'room' = $3
      ORDER BY seq LIMIT 1`,
    [buildingId, unit, room],
  );
  return rows[0]?.id ?? null;
}

export interface PublicHelpOptions {
  limits?: PublicLimitOptions;
}

export function registerPublicHelpRoutes(app: ContractApp, ctx: ServerContext, options: PublicHelpOptions = {}): void {
  const limits = new PublicRequestLimits(ctx.db, options.limits);
  let sincePrune = 0;

  /** Counts the request against its address, then checks the code, then counts it against the code. */
  const admit = async (request: FastifyRequest): Promise<void> => {
    if (++sincePrune >= 100) {
      sincePrune = 0;
      await limits.prune();
    }
    const byAddress = await limits.countAddress(request.ip);
    if (!byAddress.allowed) throw tooMany(byAddress.retryAfterSeconds, 'from this address');
    const token = tokenOf(request);
    if (!(await findCurrentPoster(ctx.db, token))) throw posterCodeInvalid();
    const byToken = await limits.countToken(token);
    if (!byToken.allowed) throw tooMany(byToken.retryAfterSeconds, 'with this poster code');
  };

  app.get(
    '/api/v1/public/help/:token',
    {
      validatorCompiler: publicValidator,
      schema: {
        summary: 'What a unit poster says: building, unit and community (no sign-in)',
        tags: ['public'],
        params: tokenParamsSchema,
        response: { 200: publicUnitSchema, 404: invalidCodeReply },
      },
    },
    async (request): Promise<PublicUnit> => {
      const found = await posterBuilding(ctx.db, request.params.token);
      if (!found) throw posterCodeInvalid();
      const { building, unit } = found;
      const community = await communityOf(ctx.db, building.community_id);
      return { building: typeof building.data.name === 'string' ? building.data.name : '', unit, community: community.name };
    },
  );

  app.post(
    '/api/v1/public/help/:token',
    {
      bodyLimit: MAX_PUBLIC_REQUEST_BYTES,
      preValidation: [admit, refuseDeepBody],
      validatorCompiler: publicValidator,
      schema: {
        summary: 'A resident asks for help through a unit poster (no sign-in)',
        description:
          'Arrives as an unconfirmed request of the poster’s building and unit, which the grid worker confirms or rejects. ' +
          'Sending the same requestId again answers "sent" again and makes nothing new. ' +
          'At most 10 requests per poster code and 20 per address in an hour.',
        tags: ['public'],
        params: tokenParamsSchema,
        body: publicHelpRequestSchema,
        response: { 202: publicHelpSentSchema, 400: validationReply, 404: invalidCodeReply, 409: idReuseReply, 413: tooLargeReply, 429: tooManyReply },
      },
    },
    async (request, reply) => {
      const found = await posterBuilding(ctx.db, request.params.token);
      if (!found) throw posterCodeInvalid();
      const { building, unit } = found;
      const body = request.body;
      const id = body.requestId.toLowerCase();
      const sent = () => reply.code(202).send({ status: 'sent' as const });
      const isResend = (row: WritableRow | undefined) =>
        row !== undefined && row.entity === 'help_request' && row.building_id === building.id && row.data.unit === unit && row.created_by === RESIDENT_ACTOR;

      const existing = (await findRecords(ctx.db, [id]))[0];
      if (existing) {
        if (isResend(existing)) return sent();
        throw new HttpError(409, 'ID_REUSE', 'requestId is taken: choose another');
      }
      const householdId = await householdAt(ctx.db, building.id, unit, body.room);
      const candidate: Record<string, unknown> = {
        buildingId: building.id,
        ...(householdId ? { householdId } : {}),
        unit,
        room: body.room,
        kind: body.kind,
        needs: body.needs,
        urgent: body.urgent,
        ...(body.contactName !== undefined ? { contactName: body.contactName } : {}),
        contactPhone: body.contactPhone,
        askedBy: 'resident',
        state: 'unconfirmed',
      };
      const parsed = entitySchemas.help_request.safeParse(candidate);
      if (!parsed.success) throw new HttpError(400, 'VALIDATION', 'Invalid request', fieldErrors(parsed.error));
      const data: Record<string, unknown> = parsed.data;
      const scope: Scope = { userId: RESIDENT_ACTOR, role: 'admin', communityId: building.community_id, gridIds: [], buildingIds: [] };
      try {
        await ctx.db.transaction(async (tx) => {
          const columns = await deriveScope(directSource(tx), 'help_request', id, data, scope);
          await insertRecords(tx, [
            { id, entity: 'help_request', data, fieldMeta: metaForAll(data, 1, RESIDENT_ACTOR), createdBy: RESIDENT_ACTOR, ...columns },
          ]);
        });
      } catch (error) {
        // The same request sent twice at once: the other one stored it.
        if (isUniqueViolation(error) && isResend((await findRecords(ctx.db, [id]))[0])) return sent();
        if (error instanceof MutationRejection) throw posterCodeInvalid();
        throw error;
      }
      request.log.info({ helpRequestId: id, buildingId: building.id, unit }, 'resident help request');
      return sent();
    },
  );
}
