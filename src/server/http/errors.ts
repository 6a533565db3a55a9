/** The one error body of the wire contract, `{"error":{"code","message","fields"?}}`, for every failure. */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { apiErrorBodySchema, MAX_MUTATIONS_PER_PUSH, type ApiErrorBody, type ErrorCode } from '../../domain/sync-protocol';

export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: ErrorCode,
    message: string,
    readonly fields?: Record<string, string>,
    readonly headers?: Record<string, string>,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

/** The error answers of the routes, each with what it means in the document. */
export const errorReply = {
  400: apiErrorBodySchema.meta({
    description: 'BAD_REQUEST: the body or query does not fit; `fields` says which part and why (VALIDATION with `body: too_deep` for a body nested too deeply)',
  }),
  401: apiErrorBodySchema.meta({
    description:
      'UNAUTHORIZED (token missing, invalid or expired, session ended: sign in again), INVALID_CREDENTIALS, ACCOUNT_ENDED (the account is past its end or disabled) ' +
      'or SESSION_REVOKED (this device was signed out from the office or another device); on the last two the phone wipes its personal data',
  }),
  403: apiErrorBodySchema.meta({ description: 'FORBIDDEN: the push names a device other than the one its session was opened on' }),
  413: apiErrorBodySchema.meta({ description: `PAYLOAD_TOO_LARGE: over 1 MB, or more than ${MAX_MUTATIONS_PER_PUSH} mutations` }),
  429: apiErrorBodySchema.meta({ description: 'TOO_MANY_REQUESTS: too many failed sign-ins; Retry-After says when to try again' }),
};

export function errorBody(code: ErrorCode, message: string, fields?: Record<string, string>): ApiErrorBody {
  return { error: fields && Object.keys(fields).length > 0 ? { code, message, fields } : { code, message } };
}

export const badRequest = (message: string, fields?: Record<string, string>) =>
  new HttpError(400, 'BAD_REQUEST', message, fields);
export const unauthorized = (message = 'Sign in required') => new HttpError(401, 'UNAUTHORIZED', message);
/** The account is past its end (or the community ended it): it can no longer sign in or sync. */
export const accountEnded = () => new HttpError(401, 'ACCOUNT_ENDED', 'This account has ended');
/** This device was signed out from elsewhere (the office, or the user's other device): its phone wipes what it holds. */
export const sessionRevoked = () => new HttpError(401, 'SESSION_REVOKED', 'This device was signed out');
/** The answer to a session refused for a reason its phone must act on (sessions.ts sessionRefusal). */
export const refusedSession = (refusal: 'account_ended' | 'session_revoked') => (refusal === 'account_ended' ? accountEnded() : sessionRevoked());

/** PostgreSQL "data exception" errors (class 22: e.g. a NUL character in text) come from bad input. */
export function isDataException(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^22[0-9A-Z]{3}$/.test(code);
}

/** Maps Fastify's own errors (body parsing, limits, content type) onto the contract; anything else is a 500. */
function fromFastifyError(error: FastifyError): HttpError {
  if (isDataException(error)) return new HttpError(400, 'BAD_REQUEST', 'Invalid characters or values in the request');
  const status = error.statusCode ?? 500;
  if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE' || status === 413) {
    return new HttpError(413, 'PAYLOAD_TOO_LARGE', 'Request body too large');
  }
  if (error.validation || error instanceof SyntaxError || (status >= 400 && status < 500)) {
    const message = error.code?.startsWith('FST_ERR_CTP') || error instanceof SyntaxError ? 'Malformed request body' : 'Bad request';
    return new HttpError(400, 'BAD_REQUEST', message);
  }
  return new HttpError(500, 'INTERNAL', 'Internal server error');
}

export function sendError(reply: FastifyReply, error: HttpError): FastifyReply {
  if (error.headers) reply.headers(error.headers);
  return reply.code(error.statusCode).type('application/json; charset=utf-8').send(errorBody(error.code, error.message, error.fields));
}

export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    const mapped = error instanceof HttpError ? error : fromFastifyError(error);
    if (mapped.statusCode >= 500) request.log.error({ err: error }, 'request failed');
    return sendError(reply, mapped);
  });
}
