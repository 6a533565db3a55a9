/**
 * Unit posters (issue 13, contract src/domain/api/posters.ts):
 *   GET  /api/v1/buildings/:buildingId/posters               the community's secretary (or admin) and
 *        the grid workers of the building's grid; tokens are made for units that have none
 *   POST /api/v1/buildings/:buildingId/posters/:unit/replace the secretary (or admin) only
 * A building the caller cannot read is answered 404 (as an unknown one); one they can read but may not
 * print posters for (an assigned volunteer) 403.
 */
import { z } from 'zod';
import { posterSheetSchema, unitPosterSchema, type PosterSheet, type UnitPoster } from '../../domain/api/posters';
import { idField } from '../../domain/fields';
import { isDeskRole } from '../../domain/sync-roles';
import { apiErrorBodySchema } from '../../domain/sync-protocol';
import type { UserRow } from '../auth/users';
import type { Queryable } from '../db/database';
import { requireUser, signedInUser } from '../http/authenticate';
import { errorReply, HttpError } from '../http/errors';
import { zodValidator, type ContractApp } from '../http/request-validation';
import { communityOf, currentPosterTokens, findLiveRecord, replacePosterToken } from '../posters/unit-posters';
import type { ServerContext } from '../server-context';
import type { WritableRow } from '../sync/record-store';
import { canRead, loadScope } from '../sync/scope';

const bearerSecurity = [{ bearerAuth: [] }];

const sheetParamsSchema = z.object({ buildingId: idField.meta({ description: 'the building' }) });
const replaceParamsSchema = z.object({
  buildingId: idField.meta({ description: 'the building' }),
  unit: z.string().regex(/^[1-9][0-9]?$/, { error: 'invalid_value' }).meta({ description: 'the unit, "1" … the building’s units' }),
});

const notFoundReply = apiErrorBodySchema.meta({ description: 'NOT_FOUND: no such building (or unit) within what the caller may read' });
const forbiddenReply = apiErrorBodySchema.meta({ description: 'FORBIDDEN: the caller may read the building but not its posters (or may not replace codes)' });

const noBuilding = () => new HttpError(404, 'NOT_FOUND', 'No such building');

/** The building if the user may read it (else 404), and whether they may print (or replace) its posters (else 403). */
async function buildingFor(db: Queryable, user: UserRow, buildingId: string, replacing: boolean): Promise<WritableRow> {
  const building = await findLiveRecord(db, 'building', buildingId);
  const scope = await loadScope(db, user);
  if (!building || !canRead(scope, building)) throw noBuilding();
  const desk = isDeskRole(user.role);
  const gridWorker = user.role === 'grid_worker' && building.grid_id !== null && user.grid_ids.includes(building.grid_id);
  if (!(desk || (!replacing && gridWorker))) {
    throw new HttpError(403, 'FORBIDDEN', replacing ? 'Only the secretary replaces poster codes' : 'Posters are printed by the secretary and the grid workers');
  }
  return building;
}

function unitsOf(building: WritableRow): number {
  const units = building.data.units;
  return typeof units === 'number' && Number.isInteger(units) && units > 0 ? Math.min(units, 99) : 1;
}

/** Active grid worker accounts of the grid: their names and phones. */
async function gridWorkersOf(db: Queryable, communityId: string | null, gridId: string | null): Promise<PosterSheet['gridWorkers']> {
  if (!gridId) return [];
  const { rows } = await db.query<{ display_name: string; phone: string | null }>(
    `SELECT display_name, phone FROM users
      WHERE role = 'grid_worker' AND community_id = $1 AND grid_ids @> jsonb_build_array($2::text)
        AND NOT disabled AND (ends_at IS NULL OR ends_at > now())
      ORDER BY display_name, id`,
    [communityId, gridId],
  );
  return rows.map((row) => ({ name: row.display_name, phone: row.phone }));
}

async function sheetOf(db: Queryable, building: WritableRow): Promise<PosterSheet> {
  const units = unitsOf(building);
  const [tokens, community, gridWorkers] = await Promise.all([
    currentPosterTokens(db, building.id, units),
    communityOf(db, building.community_id),
    gridWorkersOf(db, building.community_id, building.grid_id),
  ]);
  const data = building.data;
  return {
    building: {
      id: building.id,
      name: typeof data.name === 'string' ? data.name : '',
      address: typeof data.address === 'string' ? data.address : null,
      sealed: data.sealed === true,
      sealedSince: data.sealed === true && typeof data.sealedSince === 'string' ? data.sealedSince : null,
    },
    community,
    gridWorkers,
    units: Array.from({ length: units }, (_, i) => String(i + 1)).flatMap((unit) => {
      const token = tokens.get(unit);
      return token ? [{ unit, token }] : [];
    }),
  };
}

export function registerPosterRoutes(app: ContractApp, ctx: ServerContext): void {
  app.get(
    '/api/v1/buildings/:buildingId/posters',
    {
      preValidation: requireUser(ctx),
      validatorCompiler: zodValidator('Invalid path'),
      schema: {
        summary: 'A building’s unit posters: each unit’s help page code, the grid workers, the hotline and the seal',
        description: 'The community’s secretary and the grid workers of the building’s grid. A code is made for each unit that has none.',
        tags: ['posters'],
        security: bearerSecurity,
        params: sheetParamsSchema,
        response: { 200: posterSheetSchema, 400: errorReply[400], 401: errorReply[401], 403: forbiddenReply, 404: notFoundReply },
      },
    },
    async (request): Promise<PosterSheet> => {
      const { user } = signedInUser(request);
      const building = await buildingFor(ctx.db, user, request.params.buildingId, false);
      return sheetOf(ctx.db, building);
    },
  );

  app.post(
    '/api/v1/buildings/:buildingId/posters/:unit/replace',
    {
      preValidation: requireUser(ctx),
      validatorCompiler: zodValidator('Invalid path'),
      schema: {
        summary: 'Replace a unit poster’s code: the old poster’s code stops working at once',
        description: 'The community’s secretary only.',
        tags: ['posters'],
        security: bearerSecurity,
        params: replaceParamsSchema,
        response: { 200: unitPosterSchema, 400: errorReply[400], 401: errorReply[401], 403: forbiddenReply, 404: notFoundReply },
      },
    },
    async (request): Promise<UnitPoster> => {
      const { user } = signedInUser(request);
      const building = await buildingFor(ctx.db, user, request.params.buildingId, true);
      const unit = request.params.unit;
      if (Number(unit) > unitsOf(building)) throw new HttpError(404, 'NOT_FOUND', 'No such unit');
      const token = await ctx.db.transaction((tx) => replacePosterToken(tx, building.id, unit));
      request.log.info({ buildingId: building.id, unit, by: user.id }, 'poster code replaced');
      return { unit, token };
    },
  );
}
