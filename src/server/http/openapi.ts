/**
 * The OpenAPI description of the API at /api/docs/json (browsable at /api/docs), generated from the
 * routes' zod schemas by fastify-type-provider-zod, plus the entity components of openapi-components.ts
 * (added as shared schemas, named by their $id). With `serve: false` (API_DOCS=0) the document is still
 * generated (app.swagger()) but neither /api/docs nor /api/docs/json is served (404).
 */
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance, FastifySchema } from 'fastify';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import { MAX_MUTATIONS_PER_PUSH, MAX_PUSH_BYTES } from '../../domain/sync-protocol';
import { componentSchemas, documentedAs } from './openapi-components';

type Transform = typeof jsonSchemaTransform;

/** Where a route checks less than the contract says, the document shows the contract's schema. */
function documented(schema: FastifySchema): FastifySchema {
  const response: unknown = schema.response;
  return {
    ...schema,
    ...(schema.body !== undefined ? { body: documentedAs.get(schema.body) ?? schema.body } : {}),
    ...(response instanceof Object
      ? { response: Object.fromEntries(Object.entries(response).map(([status, part]) => [status, documentedAs.get(part) ?? part])) }
      : {}),
  };
}

const transform: Transform = (route) => jsonSchemaTransform({ ...route, schema: documented(route.schema) });

export async function registerOpenApi(app: FastifyInstance, options: { serve?: boolean } = {}): Promise<void> {
  const components = Object.entries(componentSchemas());
  for (const [id, schema] of components) app.addSchema({ ...schema, $id: id });
  // Shared schemas become components named by their $id (not def-0, def-1…).
  const componentName = (json: { $id?: unknown }, i: number) => components.find(([id]) => id === json.$id)?.[0] ?? `def-${i}`;
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'Gridwalk sync API',
        version: '1',
        description:
          'Wire contract version 1. Every error body is {"error":{"code","message","fields"?}}. ' +
          `A push carries at most ${MAX_MUTATIONS_PER_PUSH} mutations and ${MAX_PUSH_BYTES} bytes. ` +
          'Clients ignore fields they do not know, skip pulled entities they do not know and treat unknown error codes by their HTTP status.',
      },
      components: { securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } } },
    },
    transform,
    refResolver: { buildLocalReference: (json, _baseUri, _fragment, i) => componentName(json, i) },
  });
  if (options.serve ?? true) await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });
}
