/**
 * Applies a push: every mutation on its own, each in its own transaction together with its
 * idempotency record. A rejection or an unexpected error in one never stops the others.
 */
import type { FastifyBaseLogger } from 'fastify';
import type { Database, Queryable } from '../db/database';
import { ENTITY_NAMES, entityOps, type EntityName } from '../../domain/entities/registry';
import { mutationSchema, type Mutation, type MutationResult, type PushedMutation } from '../../domain/sync-protocol';
import { fieldErrors } from '../../domain/validation-errors';
import { UUID_PATTERN } from '../../shared/uuid-v7';
import { isDataException } from '../http/errors';
import { applyCreate } from './apply-create';
import { applyPatchMutation } from './apply-patch';
import { applyVoid } from './apply-void';
import { canonicalJson, sha256 } from './canonical-json';
import type { AppliedResult, MutationContext } from './mutation-context';
import { dailyReportExists, forbidden, MutationRejection, validationFailed } from './rejection';
import { mayWriteEntity, type Scope } from './scope';

export interface PushContext {
  db: Database;
  scope: Scope;
  deviceId: string;
  log?: FastifyBaseLogger;
}

/** The mutations as the push envelope checked them: each has a mutationId, the rest is judged here. */
export async function applyPush(ctx: PushContext, mutations: readonly PushedMutation[]): Promise<MutationResult[]> {
  const results: MutationResult[] = [];
  for (const raw of mutations) results.push(await applyOne(ctx, raw));
  return results;
}

/** Hash of everything that makes a mutation what it is: a resend must match it exactly. */
export function requestHash(m: Mutation): string {
  return sha256(
    canonicalJson({ entity: m.entity, op: m.op, id: m.id, baseVersion: m.baseVersion ?? null, data: m.data, recordedAt: m.recordedAt }),
  );
}

async function applyOne(ctx: PushContext, raw: PushedMutation): Promise<MutationResult> {
  const parsed = mutationSchema.safeParse(raw);
  if (!parsed.success) return rejected(raw.mutationId, validationFailed(fieldErrors(parsed.error), 'Malformed mutation'));
  const mutation = parsed.data;
  const hash = requestHash(mutation);
  for (let attempt = 0; ; attempt++) {
    try {
      return await ctx.db.transaction((tx) => applyInTransaction(tx, ctx, mutation, hash));
    } catch (error) {
      // The record exists: a concurrent copy of this very mutation may have committed between our
      // idempotency look-up and the create. Judge it once more, when that copy's result is visible.
      if (error instanceof MutationRejection && error.code === 'ALREADY_EXISTS' && attempt === 0) continue;
      if (error instanceof MutationRejection) return rejected(mutation.mutationId, error);
      // A second daily report for the same worker, grid and day committed concurrently.
      if (isUniqueViolation(error, DAILY_REPORT_INDEX)) return rejected(mutation.mutationId, dailyReportExists());
      // A concurrent copy of the same mutation (or create) committed first: judge it again.
      if (isUniqueViolation(error) && attempt === 0) continue;
      if (isDataException(error)) {
        return rejected(mutation.mutationId, validationFailed({ _: 'invalid_value' }, 'The database refused a value (e.g. a NUL character)'));
      }
      ctx.log?.error({ err: error, mutationId: mutation.mutationId }, 'mutation failed');
      return rejected(mutation.mutationId, new MutationRejection('INTERNAL', 'The server could not apply this mutation'));
    }
  }
}

interface StoredMutation {
  user_id: string;
  request_hash: string;
  result: AppliedResult;
}

async function applyInTransaction(tx: Queryable, ctx: PushContext, m: Mutation, hash: string): Promise<MutationResult> {
  const { rows } = await tx.query<StoredMutation>(
    'SELECT user_id, request_hash, result FROM mutations WHERE mutation_id = $1',
    [m.mutationId],
  );
  const stored = rows[0];
  if (stored) {
    if (stored.request_hash !== hash || stored.user_id !== ctx.scope.userId) {
      throw new MutationRejection('ID_REUSE', 'This mutationId was already used for a different change');
    }
    return { mutationId: m.mutationId, status: 'duplicate', ...stored.result };
  }

  const entity = m.entity;
  if (!isEntityName(entity)) throw validationFailed({ entity: 'entity_invalid' });
  const op = entityOps[entity].find((allowed) => allowed === m.op);
  if (!op) throw validationFailed({ op: 'op_invalid' });
  if (!mayWriteEntity(ctx.scope, entity)) throw forbidden(`Your role may not write ${entity} records`);
  if (!UUID_PATTERN.test(m.id)) throw validationFailed({ id: 'invalid_id' });
  const id = m.id.toLowerCase();

  const mctx: MutationContext = { tx, scope: ctx.scope, deviceId: ctx.deviceId };
  const result =
    op === 'create'
      ? await applyCreate(mctx, entity, id, m.data)
      : op === 'patch'
        ? await applyPatchMutation(mctx, entity, id, m.data, m.baseVersion)
        : await applyVoid(mctx, entity, id, m.data);

  await tx.query(
    `INSERT INTO mutations (mutation_id, user_id, device_id, request_hash, result) VALUES ($1, $2, $3, $4, $5::jsonb)`,
    [m.mutationId, ctx.scope.userId, ctx.deviceId, hash, JSON.stringify(result)],
  );
  return { mutationId: m.mutationId, status: 'applied', ...result };
}

const KNOWN_ENTITIES: ReadonlySet<string> = new Set(ENTITY_NAMES);

function isEntityName(name: string): name is EntityName {
  return KNOWN_ENTITIES.has(name);
}

function rejected(mutationId: string, rejection: MutationRejection): MutationResult {
  return { mutationId, status: 'rejected', error: rejection.toError() };
}

/** The unique index of migration 002-daily-report. */
const DAILY_REPORT_INDEX = 'records_daily_report_once';

function isUniqueViolation(error: unknown, constraint?: string): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, constraint: violated } = error as { code?: unknown; constraint?: unknown };
  return code === '23505' && (constraint === undefined || violated === constraint);
}
