/** Wire contract version 1: push and pull bodies, shared by the client engine and the server. */
import { z } from 'zod';
import { MUTATION_OPS } from './entities/registry';
import type { ENTITY_NAMES } from './entities/registry';

// The limits live in a zod-free module so the client's sync engine can use them without loading zod.
export { DEFAULT_PULL_LIMIT, MAX_MUTATIONS_PER_PUSH, MAX_PULL_LIMIT, MAX_PUSH_BYTES } from './sync-limits';

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
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ApiErrorBody {
  error: { code: ErrorCode; message: string; fields?: Record<string, string> };
}

export const mutationSchema = z.object({
  mutationId: z.string().min(1).max(100),
  entity: z.string(),
  op: z.string(),
  id: z.string(),
  baseVersion: z.number().int().min(0).optional(),
  data: z.record(z.string(), z.unknown()),
  recordedAt: z.string(),
});
export type Mutation = z.output<typeof mutationSchema>;

/** The envelope only: each mutation's entity, op and data are judged one by one. */
export const pushRequestSchema = z.object({
  deviceId: z.string().min(1).max(100),
  mutations: z.array(mutationSchema),
});
export type PushRequest = z.output<typeof pushRequestSchema>;

export const MUTATION_STATUSES = ['applied', 'duplicate', 'rejected'] as const;
export type MutationStatus = (typeof MUTATION_STATUSES)[number];

export interface MutationError {
  code: ErrorCode;
  message: string;
  fields?: Record<string, string>;
}

export interface MutationResult {
  mutationId: string;
  status: MutationStatus;
  version?: number;
  conflicts?: string[];
  error?: MutationError;
}

export interface PushResponse {
  results: MutationResult[];
}

export type ChangeOp = 'upsert' | 'delete';

export interface Change {
  entity: (typeof ENTITY_NAMES)[number];
  id: string;
  op: ChangeOp;
  version: number;
  data: Record<string, unknown>;
}

export interface PullResponse {
  changes: Change[];
  cursor: string;
  hasMore: boolean;
  reset?: boolean;
}

export const USER_ROLES = ['grid_worker', 'secretary', 'volunteer', 'admin'] as const;
export type UserRole = (typeof USER_ROLES)[number];

export interface SessionUser {
  id: string;
  username: string;
  displayName: string;
  role: UserRole;
  communityId: string | null;
  gridIds: string[];
}

export interface LoginResponse {
  accessToken: string;
  refreshToken: string;
  expiresIn: number;
  user: SessionUser;
}

export { MUTATION_OPS };

/** Fields the server adds to every record it sends in a pull. */
export interface RecordMeta {
  id: string;
  version: number;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
  /** Set on voided events (visit, fever_report, checkpoint_entry). */
  voidedAt?: string;
  voidReason?: string;
}
export const SERVER_FIELDS = ['id', 'version', 'createdBy', 'createdAt', 'updatedAt', 'voidedAt', 'voidReason'] as const;
