/**
 * Unit posters over HTTP (issue 13; contract: src/domain/api/posters.ts), loaded on first use
 * (load-poster-api.ts) so neither the calls nor their schemas weigh on the first screen. Answers are
 * read with the contract's schemas; failures are ApiError with the wire code (NETWORK offline).
 */
import type { z } from 'zod';
import { posterSheetSchema, unitPosterSchema, type PosterSheet, type UnitPoster } from '../../domain/api/posters';
import type { Reading } from '../../domain/api/response-readers';
import { fieldErrors } from '../../domain/validation-errors';
import type { ApiClient } from './api-client';

function readWith<T>(schema: z.ZodType<T>): (body: unknown) => Reading<T> {
  return (body) => {
    const parsed = schema.safeParse(body);
    if (parsed.success) return { ok: true, value: parsed.data };
    const [path, key] = Object.entries(fieldErrors(parsed.error))[0] ?? ['_', 'invalid_value'];
    return { ok: false, problem: `${path}: ${key}` };
  };
}

const readSheet = readWith(posterSheetSchema);
const readUnitPoster = readWith(unitPosterSchema);

const posters = (buildingId: string) => `/buildings/${encodeURIComponent(buildingId)}/posters`;

export function getPosterSheet(api: ApiClient, token: string, buildingId: string): Promise<PosterSheet> {
  return api.request({ method: 'GET', path: posters(buildingId), token }, () => readSheet);
}

export function replacePosterCode(api: ApiClient, token: string, buildingId: string, unit: string): Promise<UnitPoster> {
  return api.request({ method: 'POST', path: `${posters(buildingId)}/${encodeURIComponent(unit)}/replace`, token }, () => readUnitPoster);
}
