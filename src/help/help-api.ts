/**
 * The help page's two calls (contract: src/domain/api/public-help.ts). Every answer is read with the
 * contract's schemas; every failure becomes a HelpFailure with a code the page translates.
 */
import {
  publicHelpSentSchema,
  publicUnitSchema,
  type PublicHelpRequest,
  type PublicUnit,
} from '../domain/api/public-help';
import { z } from 'zod';

/** The contract's error body, as much of it as the page reads (sync-protocol.ts would bring every entity's schema). */
const apiErrorBodySchema = z.object({ error: z.object({ code: z.string(), fields: z.record(z.string(), z.string()).optional() }) });

export type FailureCode = 'POSTER_CODE_INVALID' | 'TOO_MANY_REQUESTS' | 'PAYLOAD_TOO_LARGE' | 'VALIDATION' | 'NETWORK' | 'SERVER';

export class HelpFailure extends Error {
  constructor(
    readonly code: FailureCode,
    /** Field → validation message key (VALIDATION). */
    readonly fields: Record<string, string> = {},
    /** Seconds to wait (TOO_MANY_REQUESTS). */
    readonly retryAfterSeconds: number | null = null,
  ) {
    super(code);
    this.name = 'HelpFailure';
  }
}

export type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

const path = (token: string) => `/api/v1/public/help/${encodeURIComponent(token)}`;

function failureOf(response: Response, body: unknown): HelpFailure {
  const parsed = apiErrorBodySchema.safeParse(body);
  const error = parsed.success ? parsed.data.error : null;
  if (response.status === 404) return new HelpFailure('POSTER_CODE_INVALID');
  if (response.status === 429) {
    const seconds = Number(response.headers.get('retry-after'));
    return new HelpFailure('TOO_MANY_REQUESTS', {}, Number.isFinite(seconds) && seconds > 0 ? seconds : null);
  }
  if (response.status === 413) return new HelpFailure('PAYLOAD_TOO_LARGE');
  if (response.status === 400 && error?.fields) return new HelpFailure('VALIDATION', error.fields);
  return new HelpFailure('SERVER');
}

async function call(fetchImpl: Fetch, url: string, init: RequestInit): Promise<{ response: Response; body: unknown }> {
  let response: Response;
  try {
    response = await fetchImpl(url, { ...init, headers: { accept: 'application/json', ...init.headers } });
  } catch {
    throw new HelpFailure('NETWORK');
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    body = null;
  }
  if (!response.ok) throw failureOf(response, body);
  return { response, body };
}

/** What the poster says (building, unit, community), or a HelpFailure (POSTER_CODE_INVALID for a dead code). */
export async function readUnit(fetchImpl: Fetch, token: string): Promise<PublicUnit> {
  const { body } = await call(fetchImpl, path(token), { method: 'GET' });
  const parsed = publicUnitSchema.safeParse(body);
  if (!parsed.success) throw new HelpFailure('SERVER');
  return parsed.data;
}

/** Sends the request; resolves when the server answered "sent". */
export async function sendRequest(fetchImpl: Fetch, token: string, request: PublicHelpRequest): Promise<void> {
  const { body } = await call(fetchImpl, path(token), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(request),
  });
  if (!publicHelpSentSchema.safeParse(body).success) throw new HelpFailure('SERVER');
}
