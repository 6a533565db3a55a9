/**
 * JSON Schemas of the wire contract, for the OpenAPI description only: request bodies are validated
 * by the handlers with zod (Fastify's own validation is switched off in app.ts).
 */
import { ENTITY_NAMES, MUTATION_OPS } from '../../domain/entities/registry';
import { DEFAULT_PULL_LIMIT, ERROR_CODES, MAX_PULL_LIMIT, USER_ROLES } from '../../domain/sync-protocol';

const str = { type: 'string' } as const;
const strArray = { type: 'array', items: str } as const;
const fieldsMap = { type: 'object', additionalProperties: str, description: 'field path → stable snake_case message key' } as const;

export const errorSchema = {
  type: 'object',
  required: ['error'],
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message'],
      properties: { code: { type: 'string', enum: [...ERROR_CODES] }, message: str, fields: fieldsMap },
    },
  },
} as const;

const userSchema = {
  type: 'object',
  properties: {
    id: { type: 'string', format: 'uuid' },
    username: str,
    displayName: str,
    role: { type: 'string', enum: [...USER_ROLES] },
    communityId: { type: ['string', 'null'], format: 'uuid' },
    gridIds: strArray,
  },
} as const;

export const tokensSchema = {
  type: 'object',
  properties: {
    accessToken: str,
    refreshToken: str,
    expiresIn: { type: 'integer', description: 'seconds until the access token expires' },
    user: userSchema,
  },
} as const;

export const loginBodySchema = {
  type: 'object',
  required: ['username', 'password'],
  properties: { username: str, password: str, deviceId: str },
} as const;

export const refreshBodySchema = { type: 'object', required: ['refreshToken'], properties: { refreshToken: str } } as const;

export const pushBodySchema = {
  type: 'object',
  required: ['deviceId', 'mutations'],
  properties: {
    deviceId: str,
    mutations: {
      type: 'array',
      maxItems: 500,
      items: {
        type: 'object',
        required: ['mutationId', 'entity', 'op', 'id', 'data', 'recordedAt'],
        properties: {
          mutationId: str,
          entity: { type: 'string', enum: [...ENTITY_NAMES] },
          op: { type: 'string', enum: [...MUTATION_OPS] },
          id: { type: 'string', format: 'uuid' },
          baseVersion: { type: 'integer', minimum: 0, description: 'patch: the version the client last saw' },
          data: { type: 'object', additionalProperties: true },
          recordedAt: { type: 'string', format: 'date-time' },
        },
      },
    },
  },
} as const;

export const pushResponseSchema = {
  type: 'object',
  properties: {
    results: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          mutationId: str,
          status: { type: 'string', enum: ['applied', 'duplicate', 'rejected'] },
          version: { type: 'integer' },
          conflicts: strArray,
          error: errorSchema.properties.error,
        },
      },
    },
  },
} as const;

export const pullQuerySchema = {
  type: 'object',
  properties: {
    cursor: { type: 'string', description: 'opaque; empty for the start' },
    limit: { type: 'integer', minimum: 1, maximum: MAX_PULL_LIMIT, default: DEFAULT_PULL_LIMIT },
  },
} as const;

export const pullResponseSchema = {
  type: 'object',
  properties: {
    changes: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          entity: { type: 'string', enum: [...ENTITY_NAMES] },
          id: str,
          op: { type: 'string', enum: ['upsert', 'delete'] },
          version: { type: 'integer' },
          data: { type: 'object', additionalProperties: true },
        },
      },
    },
    cursor: str,
    hasMore: { type: 'boolean' },
    reset: { type: 'boolean', description: 'drop pulled copies (never the outbox) and pull again' },
  },
} as const;

/** Standard error responses for a route, by status. */
export function errorResponses(...statuses: number[]): Record<number, typeof errorSchema> {
  return Object.fromEntries(statuses.map((status) => [status, errorSchema]));
}

export const bearerSecurity = [{ bearerAuth: [] }];
