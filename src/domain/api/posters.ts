/**
 * Wire contract of unit posters (issue 13): one A4 page per unit of a building, with the grid
 * worker's name and phone, the community's hotline, the seal state and a QR code to the residents'
 * help page of that unit (<origin>/help/<token>). Each unit's token is unguessable; replacing it makes
 * the old poster's code stop working at once.
 * Routes (src/server/routes/poster-routes.ts):
 *   GET  /api/v1/buildings/:buildingId/posters                → posterSheetSchema (tokens made for units that have none)
 *        (the community's secretary, and the grid workers of the building's grid)
 *   POST /api/v1/buildings/:buildingId/posters/:unit/replace  → unitPosterSchema (secretary only)
 */
import { z } from 'zod';

export const unitPosterSchema = z.object({ unit: z.string(), token: z.string() });
export type UnitPoster = z.output<typeof unitPosterSchema>;

export const posterSheetSchema = z.object({
  building: z.object({
    id: z.string(),
    name: z.string(),
    address: z.string().nullable(),
    sealed: z.boolean(),
    sealedSince: z.string().nullable(),
  }),
  community: z.object({ name: z.string(), hotline: z.string().nullable() }),
  /** The grid workers of the building's grid. */
  gridWorkers: z.array(z.object({ name: z.string(), phone: z.string().nullable() })),
  /** Units "1" … building.units, in order. */
  units: z.array(unitPosterSchema),
});
export type PosterSheet = z.output<typeof posterSheetSchema>;

/** The path of a unit's help page (the QR code holds the origin before it). */
export function helpPagePath(token: string): string {
  return `/help/${encodeURIComponent(token)}`;
}
