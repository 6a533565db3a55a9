/**
 * Fastify validates each route's body and query with the route's zod schemas (from the wire
 * contract, src/domain/sync-protocol.ts) and types requests and replies from them. A request that
 * does not fit is answered in the contract's error format: 400 BAD_REQUEST with `fields`.
 */
import type {
  FastifyBaseLogger,
  FastifyInstance,
  FastifySchemaCompiler,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { fieldErrors } from '../../domain/validation-errors';
import { badRequest } from './errors';

/** The app as routes see it: request bodies, queries and replies typed by the routes' zod schemas. */
export type ContractApp = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;

/**
 * Validates with the zod schema itself (not its JSON Schema), so `fields` carries zod's paths and
 * messages exactly as the handlers' own checks did before: `{ "mutations.0.mutationId": "invalid_type" }`.
 * The parsed value replaces the body or query (unknown keys dropped, strings trimmed where the schema says).
 */
export function zodValidator(bodyMessage = 'Malformed request body'): FastifySchemaCompiler<unknown> {
  return ({ schema, method, url, httpPart }) => {
    if (!(schema instanceof z.ZodType)) throw new Error(`${method} ${url}: the ${httpPart ?? 'request'} schema is not a zod schema`);
    const message = httpPart === 'querystring' ? 'Invalid query' : bodyMessage;
    return (data: unknown) => {
      const parsed = schema.safeParse(data);
      return parsed.success ? { value: parsed.data } : { error: badRequest(message, fieldErrors(parsed.error)) };
    };
  };
}

/** Replies are written as they are: their types are checked when compiling, not again at run time. */
export function jsonSerializer(): (data: unknown) => string {
  return (data) => JSON.stringify(data);
}
