/**
 * Unit posters over HTTP (issue 13; contract: src/domain/api/posters.ts), loaded on first use
 * (lazy-modules.ts) so neither the calls nor their schemas weigh on the first screen. Answers are
 * read with the contract's schemas; failures are ApiError with the wire code (NETWORK offline).
 */
import { posterSheetSchema, unitPosterSchema, type PosterSheet, type UnitPoster } from '../../domain/api/posters';
import { reader } from '../../domain/api/response-readers';
import type { ApiClient } from './api-client';

const readSheet = reader(posterSheetSchema);
const readUnitPoster = reader(unitPosterSchema);

const posters = (buildingId: string) => `/buildings/${encodeURIComponent(buildingId)}/posters`;

export function getPosterSheet(api: ApiClient, token: string, buildingId: string): Promise<PosterSheet> {
  return api.request({ method: 'GET', path: posters(buildingId), token }, () => readSheet);
}

export function replacePosterCode(api: ApiClient, token: string, buildingId: string, unit: string): Promise<UnitPoster> {
  return api.request({ method: 'POST', path: `${posters(buildingId)}/${encodeURIComponent(unit)}/replace`, token }, () => readUnitPoster);
}
