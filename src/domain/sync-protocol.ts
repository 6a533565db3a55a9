/**
 * Wire contract version 1: every request and response body of the API as a zod schema, and the
 * types derived from them. The server validates requests with these schemas and its OpenAPI document
 * is generated from them; the client parses every answer with them (loaded lazily: the types are
 * free, but importing this module at run time brings zod).
 * Answers stay readable for an app older than the server: objects ignore fields they do not list,
 * and an error code or a pulled entity name this version does not know is still a string.
 */
import { z } from 'zod';
import { ENTITY_NAMES, MUTATION_OPS } from './entities/entity-names';
import { timestampField } from './fields';
import { DEFAULT_PULL_LIMIT, MAX_MUTATIONS_PER_PUSH, MAX_PULL_LIMIT } from './sync-limits';

// The limits live in a zod-free module so the client's sync engine can use them without loading zod.
export { DEFAULT_PULL_LIMIT, MAX_MUTATIONS_PER_PUSH, MAX_PULL_LIMIT, MAX_PUSH_BYTES } from './sync-limits';
export { MUTATION_OPS };

/** Values this version sends, or another string: a later server may add values a client must still read. */
function openEnum<const T extends readonly [string, ...string[]]>(known: T, description: string) {
  return z.enum(known).or(z.string()).meta({ description });
}

// ---- Errors ----------------------------------------------------------------------------------

export const ERROR_CODES = [
  'BAD_REQUEST',
  'UNAUTHORIZED',
  'INVALID_CREDENTIALS',
  'TOO_MANY_REQUESTS',
  'PAYLOAD_TOO_LARGE',
  'NOT_FOUND',
  'FORBIDDEN',
  'VALIDATION',
  'ID_REUSE',
  'ALREADY_EXISTS',
  'UNSUPPORTED_OP',
  'INTERNAL',
  // Accounts the community adds (issue 13): an account past its end, a one-time sign-in code that is
  // unknown, used or expired, a phone another account already has; a unit poster's code replaced or unknown.
  'ACCOUNT_ENDED',
  'SIGN_IN_CODE_INVALID',
  'PHONE_IN_USE',
  'POSTER_CODE_INVALID',
  // Remote wipe (issue 18): this device's session was revoked from the office or another device (an
  // ended or disabled account answers ACCOUNT_ENDED); either way the phone wipes its personal data.
  'SESSION_REVOKED',
] as const;
/** The codes this version knows; a code received from a server may be another string. */
export type ErrorCode = (typeof ERROR_CODES)[number];

const errorCodeSchema = openEnum(ERROR_CODES, 'machine-readable; a client treats a code it does not know by the HTTP status');

const fieldsSchema = z
  .record(z.string(), z.string())
  .meta({ description: 'field path (e.g. "checks.0.temperature") → stable snake_case message key' });

const errorSchema = z.object({ code: errorCodeSchema, message: z.string(), fields: fieldsSchema.optional() });

/** Every failure of every route: `{"error":{"code","message","fields"?}}`. */
export const apiErrorBodySchema = z.object({ error: errorSchema });
export type ApiErrorBody = z.output<typeof apiErrorBodySchema>;

// ---- Sign-in ---------------------------------------------------------------------------------

export const USER_ROLES = ['grid_worker', 'secretary', 'volunteer', 'admin', 'street_officer'] as const;
export type UserRole = (typeof USER_ROLES)[number];

export const sessionUserSchema = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: z.enum(USER_ROLES),
  communityId: z.string().nullable(),
  gridIds: z.array(z.string()),
  /** A street officer's street (街道); absent for every other role. */
  streetId: z.string().optional(),
});
export type SessionUser = z.output<typeof sessionUserSchema>;

export const loginRequestSchema = z.object({
  username: z.string().trim().min(1).max(100),
  password: z.string().min(1).max(1000),
  deviceId: z.string().min(1).max(100).optional(),
});

const refreshTokenField = z.string().min(1).max(500);

export const refreshRequestSchema = z.object({ refreshToken: refreshTokenField });

/** Sign-out takes a refresh token, a bearer access token, or both; the body may be left out. */
export const logoutRequestSchema = z.object({ refreshToken: refreshTokenField.optional() }).nullish();

/** The answer to sign-in and to refresh (the old refresh token stays valid for 2 minutes). */
export const loginResponseSchema = z.object({
  accessToken: z.string(),
  refreshToken: z.string(),
  expiresIn: z.number().int().meta({ description: 'seconds until the access token expires' }),
  user: sessionUserSchema,
  // Issue 18: optional, so that an app reads an older server's answer (it keeps 30 days then).
  retentionDays: z
    .number()
    .int()
    .min(1)
    .optional()
    .meta({ description: 'days the phone keeps synced visits, gate entries, shift notes and fever reports (PHONE_RETENTION_DAYS)' }),
}).meta({ description: 'Signed in: the tokens and the user' });
export type LoginResponse = z.output<typeof loginResponseSchema>;

export const logoutResponseSchema = z.object({ status: z.literal('ok') }).meta({ description: 'Signed out' });
export type LogoutResponse = z.output<typeof logoutResponseSchema>;

// ---- Push ------------------------------------------------------------------------------------

const mutationIdField = z.string().min(1).max(100);
const deviceIdField = z.string().min(1).max(100);

export const mutationSchema = z.object({
  mutationId: mutationIdField,
  entity: z.string(),
  op: z.string(),
  id: z.string(),
  baseVersion: z.number().int().min(0).optional(),
  data: z.record(z.string(), z.unknown()),
  /** When it was done on the phone: a plausible time (from 2019-12-01, at most a day ahead of the server). */
  recordedAt: z.string().pipe(timestampField),
});
export type Mutation = z.output<typeof mutationSchema>;

/** A push as the client builds it. */
export const pushRequestSchema = z.object({
  deviceId: deviceIdField,
  mutations: z.array(mutationSchema).max(MAX_MUTATIONS_PER_PUSH),
});
export type PushRequest = z.output<typeof pushRequestSchema>;

/**
 * One pushed mutation as the server checks it in the request: a mutationId to answer by. The rest
 * (entity, op, id, data…) is judged mutation by mutation and a bad one is answered as rejected, so
 * the request itself fails only without a mutationId.
 */
export const pushedMutationSchema = z.looseObject({ mutationId: mutationIdField });
export type PushedMutation = z.output<typeof pushedMutationSchema>;

/** A push as the server checks it: the envelope (more than 500 mutations is a 413, before this). */
export const pushEnvelopeSchema = z.object({
  deviceId: deviceIdField,
  mutations: z.array(pushedMutationSchema).max(MAX_MUTATIONS_PER_PUSH),
});

export const MUTATION_STATUSES = ['applied', 'duplicate', 'rejected'] as const;
export type MutationStatus = (typeof MUTATION_STATUSES)[number];

export const mutationErrorSchema = errorSchema;
export type MutationError = z.output<typeof mutationErrorSchema>;

export const mutationResultSchema = z.object({
  mutationId: z.string(),
  status: z.enum(MUTATION_STATUSES),
  version: z.number().int().optional().meta({ description: 'the record’s version after the mutation (applied, duplicate)' }),
  conflicts: z
    .array(z.string())
    .optional()
    .meta({ description: 'patched fields another device had changed since baseVersion (the later write, this one, wins)' }),
  error: mutationErrorSchema.optional().meta({ description: 'why a mutation was rejected' }),
});
export type MutationResult = z.output<typeof mutationResultSchema>;

/** One result per mutation, in the order they were sent. */
export const pushResponseSchema = z
  .object({ results: z.array(mutationResultSchema) })
  .meta({ description: 'One result per mutation, in the order they were sent' });
export type PushResponse = z.output<typeof pushResponseSchema>;

// ---- Pull ------------------------------------------------------------------------------------

export const pullQuerySchema = z.object({
  cursor: z.string().max(1000).optional().meta({ description: 'opaque; empty or left out for the start' }),
  limit: z
    .string()
    .regex(/^\d{1,4}$/, { error: 'limit_invalid' })
    .transform(Number)
    .refine((n) => n >= 1 && n <= MAX_PULL_LIMIT, { error: 'limit_invalid' })
    .optional()
    .meta({ description: `changes per page, 1 to ${MAX_PULL_LIMIT} (default ${DEFAULT_PULL_LIMIT})` }),
});

export const CHANGE_OPS = ['upsert', 'delete'] as const;
export type ChangeOp = (typeof CHANGE_OPS)[number];

/** Fields the server adds to every record it sends in a pull. */
export const serverFieldsSchema = z.object({
  id: z.string(),
  version: z.number().int(),
  createdBy: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  voidedAt: z.string().optional().meta({ description: 'set on voided events (visit, fever_report, checkpoint_entry)' }),
  voidReason: z.string().optional(),
});
export type ServerFields = z.output<typeof serverFieldsSchema>;
export const SERVER_FIELDS = serverFieldsSchema.keyof().options;

export const changeSchema = z.object({
  entity: openEnum(ENTITY_NAMES, 'the kind of record; a client skips kinds it does not know'),
  id: z.string(),
  op: z.enum(CHANGE_OPS),
  version: z.number().int(),
  data: z.record(z.string(), z.unknown()).meta({ description: 'the record’s fields and the server’s (RecordMeta)' }),
});
export type Change = z.output<typeof changeSchema>;

export const pullResponseSchema = z.object({
  changes: z.array(changeSchema),
  cursor: z.string().meta({ description: 'where the next pull starts' }),
  hasMore: z.boolean(),
  reset: z.boolean().optional().meta({ description: 'drop pulled copies (never the outbox) and pull again' }),
  remaining: z
    .number()
    .int()
    .min(0)
    .optional()
    .meta({ description: 'an estimate of the changes still to come after this page, sent with hasMore (for progress); older clients ignore it' }),
}).meta({ description: 'The next page of changes' });
export type PullResponse = z.output<typeof pullResponseSchema>;

// ---- Health ----------------------------------------------------------------------------------

export const healthResponseSchema = z
  .object({ status: z.literal('ok'), db: z.enum(['pglite', 'postgres']) })
  .meta({ description: 'Up, and the database it runs on' });
export type HealthResponse = z.output<typeof healthResponseSchema>;
