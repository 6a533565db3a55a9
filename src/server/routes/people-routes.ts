/**
 * The community's people (issue 13; contract: src/domain/api/people.ts). Only the secretary of a
 * community (or an admin of it) lists, adds, changes and ends its accounts and hands out sign-in
 * codes; anyone else is FORBIDDEN, and a person of another community is NOT_FOUND (its existence is
 * not told). Secretaries and admins are changed by an administrator, never here (FORBIDDEN).
 */
import { z } from 'zod';
import {
  addPersonRequestSchema,
  addPersonResponseSchema,
  peopleResponseSchema,
  personResponseSchema,
  signInCodeResponseSchema,
  updatePersonRequestSchema,
  type AddPersonResponse,
  type PeopleResponse,
  type Person,
} from '../../domain/api/people';
import { idField } from '../../domain/fields';
import { isDeskRole } from '../../domain/sync-roles';
import { apiErrorBodySchema } from '../../domain/sync-protocol';
import { issueSignInCode, type IssuedCode } from '../auth/sign-in-codes';
import { findUserById, isActiveAccount, type UserRow } from '../auth/users';
import { isUniqueViolation } from '../db/pg-errors';
import { requireUser, signedInUser } from '../http/authenticate';
import { errorReply, HttpError, isDataException } from '../http/errors';
import { zodValidator, type ContractApp } from '../http/request-validation';
import { endsAtOf, isPastEndDate } from '../people/account-end';
import { endPerson, findPerson, insertPerson, listPeople, missingRecords, phoneInUse, updatePerson, type PersonChanges } from '../people/people-store';
import type { ServerContext } from '../server-context';

const bearerSecurity = [{ bearerAuth: [] }];
const personParamsSchema = z.object({ personId: idField });

const forbiddenReply = apiErrorBodySchema.meta({
  description: 'FORBIDDEN: only the secretary of the community changes its people (never a secretary or admin)',
});
const notFoundReply = apiErrorBodySchema.meta({ description: 'NOT_FOUND: no such person in your community' });
const validationReply = apiErrorBodySchema.meta({
  description: 'BAD_REQUEST or VALIDATION with `fields`: e.g. buildingIds/gridIds: not_found (not of your community), endsOn: date_in_past',
});
const phoneInUseReply = apiErrorBodySchema.meta({ description: 'PHONE_IN_USE: an account that has not ended has this phone' });

const forbidden = (message: string) => new HttpError(403, 'FORBIDDEN', message);
const invalid = (fields: Record<string, string>) => new HttpError(400, 'VALIDATION', 'Invalid input', fields);
const notFound = () => new HttpError(404, 'NOT_FOUND', 'No such person');

/** The caller's community when they keep its people: its secretary, or an admin of it. */
function deskCommunity(user: UserRow): string {
  if (!isDeskRole(user.role) || user.community_id === null) {
    throw forbidden('Only the community’s secretary manages its people');
  }
  return user.community_id;
}

/** A volunteer or grid worker of the caller's community (404 elsewhere; 403 for secretaries and admins). */
async function changeablePerson(ctx: ServerContext, caller: UserRow, personId: string): Promise<UserRow> {
  const communityId = deskCommunity(caller);
  const person = await findUserById(ctx.db, personId);
  if (!person || person.community_id !== communityId) throw notFound();
  if (person.role !== 'volunteer' && person.role !== 'grid_worker') throw forbidden('Secretaries and admins are changed by an administrator');
  return person;
}

async function checkAssignment(ctx: ServerContext, communityId: string, buildingIds: readonly string[], gridIds: readonly string[]): Promise<void> {
  const fields: Record<string, string> = {};
  if ((await missingRecords(ctx.db, 'building', communityId, buildingIds)).length > 0) fields.buildingIds = 'not_found';
  if ((await missingRecords(ctx.db, 'grid', communityId, gridIds)).length > 0) fields.gridIds = 'not_found';
  if (Object.keys(fields).length > 0) throw invalid(fields);
}

function checkEndDate(endsOn: string | undefined): void {
  if (endsOn !== undefined && isPastEndDate(endsOn)) throw invalid({ endsOn: 'date_in_past' });
}

const codeOf = (issued: IssuedCode) => ({ code: issued.code, expiresAt: issued.expiresAt.toISOString() });

export function registerPeopleRoutes(app: ContractApp, ctx: ServerContext): void {
  const auth = { preValidation: requireUser(ctx), validatorCompiler: zodValidator('Invalid person') };
  const common = { tags: ['people'], security: bearerSecurity };

  app.get(
    '/api/v1/people',
    {
      preValidation: requireUser(ctx),
      schema: {
        ...common,
        summary: 'Everyone with an account in your community: role, assignment, end, last sync, whether a sign-in code waits',
        response: { 200: peopleResponseSchema, 401: errorReply[401], 403: forbiddenReply },
      },
    },
    async (request): Promise<PeopleResponse> => {
      const communityId = deskCommunity(signedInUser(request).user);
      return { people: await listPeople(ctx.db, communityId) };
    },
  );

  app.post(
    '/api/v1/people',
    {
      ...auth,
      schema: {
        ...common,
        summary: 'Add a volunteer or grid worker (username = phone) and make their first one-time sign-in code',
        body: addPersonRequestSchema,
        response: { 201: addPersonResponseSchema, 400: validationReply, 401: errorReply[401], 403: forbiddenReply, 409: phoneInUseReply },
      },
    },
    async (request, reply): Promise<AddPersonResponse> => {
      const { user } = signedInUser(request);
      const communityId = deskCommunity(user);
      const body = request.body;
      checkEndDate(body.endsOn);
      const buildingIds = body.role === 'volunteer' ? body.buildingIds : [];
      const gridIds = body.role === 'grid_worker' ? body.gridIds : [];
      await checkAssignment(ctx, communityId, buildingIds, gridIds);
      if (await phoneInUse(ctx.db, body.phone)) throw new HttpError(409, 'PHONE_IN_USE', 'Another account has this phone');
      let added: { personId: string; issued: IssuedCode };
      try {
        added = await ctx.db.transaction(async (tx) => {
          const personId = await insertPerson(tx, {
            name: body.name,
            phone: body.phone,
            role: body.role,
            buildingIds: [...new Set(buildingIds)],
            gridIds: [...new Set(gridIds)],
            endsAt: endsAtOf(body.endsOn),
            communityId,
            addedBy: user.id,
          });
          return { personId, issued: await issueSignInCode(tx, personId, user.id) };
        });
      } catch (error) {
        // Two adds of one phone at once: the second meets the username's unique index.
        if (isUniqueViolation(error)) throw new HttpError(409, 'PHONE_IN_USE', 'Another account has this phone');
        if (isDataException(error)) throw new HttpError(400, 'BAD_REQUEST', 'Invalid characters or values in the request');
        throw error;
      }
      request.log.info({ personId: added.personId, by: user.id, role: body.role }, 'person added');
      reply.code(201);
      return { person: await findPerson(ctx.db, added.personId), signInCode: codeOf(added.issued) };
    },
  );

  app.patch(
    '/api/v1/people/:personId',
    {
      ...auth,
      schema: {
        ...common,
        summary: 'Change a volunteer’s buildings, a grid worker’s grids, or the end date',
        params: personParamsSchema,
        body: updatePersonRequestSchema,
        response: { 200: personResponseSchema, 400: validationReply, 401: errorReply[401], 403: forbiddenReply, 404: notFoundReply },
      },
    },
    async (request): Promise<{ person: Person }> => {
      const { user } = signedInUser(request);
      const person = await changeablePerson(ctx, user, request.params.personId);
      const { buildingIds, gridIds, endsOn } = request.body;
      const fields: Record<string, string> = {};
      if (buildingIds && person.role !== 'volunteer') fields.buildingIds = 'role_invalid';
      else if (buildingIds?.length === 0) fields.buildingIds = 'buildings_required';
      if (gridIds && person.role !== 'grid_worker') fields.gridIds = 'role_invalid';
      else if (gridIds?.length === 0) fields.gridIds = 'grids_required';
      if (Object.keys(fields).length > 0) throw invalid(fields);
      checkEndDate(endsOn);
      await checkAssignment(ctx, person.community_id!, buildingIds ?? [], gridIds ?? []);
      const changes: PersonChanges = {
        ...(buildingIds ? { buildingIds: [...new Set(buildingIds)] } : {}),
        ...(gridIds ? { gridIds: [...new Set(gridIds)] } : {}),
        ...(endsOn ? { endsAt: endsAtOf(endsOn) } : {}),
      };
      await updatePerson(ctx.db, person.id, changes);
      request.log.info({ personId: person.id, by: user.id, changed: Object.keys(changes) }, 'person changed');
      return { person: await findPerson(ctx.db, person.id) };
    },
  );

  app.post(
    '/api/v1/people/:personId/end',
    {
      ...auth,
      schema: {
        ...common,
        summary: 'End an account now: it can no longer sign in or sync; its sessions end at once',
        params: personParamsSchema,
        response: { 200: personResponseSchema, 400: errorReply[400], 401: errorReply[401], 403: forbiddenReply, 404: notFoundReply },
      },
    },
    async (request): Promise<{ person: Person }> => {
      const { user } = signedInUser(request);
      const person = await changeablePerson(ctx, user, request.params.personId);
      await ctx.db.transaction((tx) => endPerson(tx, person.id));
      request.log.info({ personId: person.id, by: user.id }, 'account ended');
      return { person: await findPerson(ctx.db, person.id) };
    },
  );

  app.post(
    '/api/v1/people/:personId/sign-in-code',
    {
      ...auth,
      schema: {
        ...common,
        summary: 'A new one-time sign-in code for the person (24 hours; their earlier unused codes stop working)',
        description: 'The code is in this answer only: the server keeps its hash.',
        params: personParamsSchema,
        response: {
          200: signInCodeResponseSchema,
          400: errorReply[400],
          401: errorReply[401],
          403: forbiddenReply,
          404: notFoundReply,
          409: apiErrorBodySchema.meta({ description: 'ACCOUNT_ENDED: the account has ended (change its end date first)' }),
        },
      },
    },
    async (request) => {
      const { user } = signedInUser(request);
      const person = await changeablePerson(ctx, user, request.params.personId);
      // A code for an ended account could never be used: extend the end date first.
      if (!isActiveAccount(person)) throw new HttpError(409, 'ACCOUNT_ENDED', 'This account has ended; change its end date first');
      const issued = await ctx.db.transaction((tx) => issueSignInCode(tx, person.id, user.id));
      request.log.info({ personId: person.id, by: user.id }, 'sign-in code made');
      return { signInCode: codeOf(issued) };
    },
  );
}
