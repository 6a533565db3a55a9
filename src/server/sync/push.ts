/**
 * Applies a push. The whole push is judged and written in one transaction (push-batch.ts): every
 * mutation on its own, in order, each with its idempotency record. When that transaction fails as a
 * whole (two pushes raced for the same record or mutationId, a deadlock, a value the database
 * refuses, a fault), the push is applied again one mutation per transaction, so one bad mutation
 * never stops the others and every result is judged on what is committed.
 */
import type { FastifyBaseLogger } from 'fastify';
import type { Database, Queryable } from '../db/database';
import { isUniqueViolation } from '../db/pg-errors';
import { ENTITY_NAMES, entityOps, type EntityName } from '../../domain/entities/registry';
import { mutationSchema, type Mutation, type MutationResult, type PushedMutation } from '../../domain/sync-protocol';
import { fieldErrors } from '../../domain/validation-errors';
import { UUID_PATTERN } from '../../shared/uuid-v7';
import { isDataException } from '../http/errors';
import { applyCreate } from './apply-create';
import { applyPatchMutation } from './apply-patch';
import { applyVoid } from './apply-void';
import { canonicalJson, sha256 } from './canonical-json';
import type { MutationContext, MutationEffect } from './mutation-context';
import { PushBatch, type StoredMutation } from './push-batch';
import { dailyReportExists, forbidden, MutationRejection, validationFailed } from './rejection';
import { monitoringOpen } from './monitoring-checks';
import { storedOpenMonitoringsOf } from './record-source';
import { isServerWritten, mayWriteEntity, type Scope } from './scope';

export interface PushContext {
  db: Database;
  scope: Scope;
  deviceId: string;
  /** The writer's display name, for the conflict records a push may leave. */
  userName?: string;
  log?: FastifyBaseLogger;
}

/** A mutation as the envelope passed it, with its hash once it parsed. */
type Judged = { mutation: Mutation; hash: string } | { rejected: MutationResult };

/** The mutations as the push envelope checked them: each has a mutationId, the rest is judged here. */
export async function applyPush(ctx: PushContext, mutations: readonly PushedMutation[]): Promise<MutationResult[]> {
  const judged: Judged[] = mutations.map((raw) => {
    const parsed = mutationSchema.safeParse(raw);
    if (!parsed.success) return { rejected: rejected(raw.mutationId, validationFailed(fieldErrors(parsed.error), 'Malformed mutation')) };
    return { mutation: parsed.data, hash: requestHash(parsed.data) };
  });
  const valid = judged.flatMap((j) => ('mutation' in j ? [j] : []));
  let results: MutationResult[];
  try {
    results = await ctx.db.transaction((tx) => applyBatch(batchOf(tx, ctx), ctx, valid));
  } catch (error) {
    if (!isExpectedRace(error)) ctx.log?.warn({ err: error }, 'push applied one mutation at a time after the batch failed');
    results = [];
    for (const one of valid) results.push(await applyAlone(ctx, one.mutation, one.hash));
  }
  // Results of the valid ones, in their order (a mutationId may appear twice in one push).
  let next = 0;
  return judged.map((j) => ('rejected' in j ? j.rejected : results[next++]!));
}

function batchOf(tx: Queryable, ctx: PushContext): PushBatch {
  return new PushBatch(tx, ctx.scope.userId, ctx.deviceId, ctx.userName);
}

/** Hash of everything that makes a mutation what it is: a resend must match it exactly. */
export function requestHash(m: Mutation): string {
  return sha256(
    canonicalJson({ entity: m.entity, op: m.op, id: m.id, baseVersion: m.baseVersion ?? null, data: m.data, recordedAt: m.recordedAt }),
  );
}

/** Judges the mutations in order against the batch, then writes what was applied. */
async function applyBatch(batch: PushBatch, ctx: PushContext, items: readonly { mutation: Mutation; hash: string }[]): Promise<MutationResult[]> {
  await batch.load(items.map((item) => item.mutation));
  const results: MutationResult[] = [];
  // Creates refused because the record was already stored: a concurrent copy of the same mutation may
  // have committed after the idempotency look-up. Judged again below, against what is committed now.
  const raced: number[] = [];
  for (const { mutation, hash } of items) {
    const previous = batch.previous(mutation.mutationId);
    if (previous) {
      results.push(repeated(mutation, hash, previous, ctx.scope));
      continue;
    }
    try {
      const effect = await judge({ source: batch, scope: ctx.scope, deviceId: ctx.deviceId }, mutation);
      batch.stage(mutation.mutationId, hash, effect);
      results.push({ mutationId: mutation.mutationId, status: 'applied', ...effect.result });
    } catch (error) {
      if (!(error instanceof MutationRejection)) throw error;
      if (error.code === 'ALREADY_EXISTS' && mutation.op === 'create') raced.push(results.length);
      results.push(rejected(mutation.mutationId, error));
    }
  }
  for (const index of raced) {
    const { mutation, hash } = items[index]!;
    const committed = await batch.committedMutation(mutation.mutationId);
    if (committed) results[index] = repeated(mutation, hash, committed, ctx.scope);
  }
  await batch.write();
  return results;
}

/** One mutation in its own transaction (after a batch failed as a whole). */
async function applyAlone(ctx: PushContext, mutation: Mutation, hash: string): Promise<MutationResult> {
  for (let attempt = 0; ; attempt++) {
    try {
      return (await ctx.db.transaction((tx) => applyBatch(batchOf(tx, ctx), ctx, [{ mutation, hash }])))[0]!;
    } catch (error) {
      // A second daily report for the same worker, grid and day committed concurrently.
      if (isUniqueViolation(error, DAILY_REPORT_INDEX)) return rejected(mutation.mutationId, dailyReportExists());
      // A second open monitoring of the same resident committed concurrently: the open one is named.
      if (isUniqueViolation(error, MONITORING_OPEN_INDEX)) return rejected(mutation.mutationId, await openMonitoringRefusal(ctx, mutation));
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

/** A mutationId seen before: the same change is a duplicate (its first result); another change reuses the id. */
function repeated(m: Mutation, hash: string, previous: StoredMutation, scope: Scope): MutationResult {
  if (previous.request_hash !== hash || previous.user_id !== scope.userId) {
    return rejected(m.mutationId, new MutationRejection('ID_REUSE', 'This mutationId was already used for a different change'));
  }
  return { mutationId: m.mutationId, status: 'duplicate', ...previous.result };
}

async function judge(mctx: MutationContext, m: Mutation): Promise<MutationEffect> {
  const entity = m.entity;
  if (!isEntityName(entity)) throw validationFailed({ entity: 'entity_invalid' });
  const op = entityOps[entity].find((allowed) => allowed === m.op);
  // The server's own records (a phone's last sync, a conflict) are never created or voided by a client.
  if (!op && isServerWritten(entity)) throw forbidden(`${entity} records are written by the server`);
  if (!op) throw validationFailed({ op: 'op_invalid' });
  if (!mayWriteEntity(mctx.scope, entity)) throw forbidden(`Your role may not write ${entity} records`);
  if (!UUID_PATTERN.test(m.id)) throw validationFailed({ id: 'invalid_id' });
  const id = m.id.toLowerCase();
  if (op === 'create') return applyCreate(mctx, entity, id, m.data);
  if (op === 'patch') return applyPatchMutation(mctx, entity, id, m.data, m.baseVersion);
  return applyVoid(mctx, entity, id, m.data);
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
/** The unique index of migration 008-home-monitoring. */
const MONITORING_OPEN_INDEX = 'records_monitoring_open_once';

async function openMonitoringRefusal(ctx: PushContext, mutation: Mutation): Promise<MutationRejection> {
  const residentId = typeof mutation.data?.residentId === 'string' ? mutation.data.residentId : '';
  const [open] = await ctx.db.transaction((tx) => storedOpenMonitoringsOf(tx, residentId));
  return monitoringOpen(open?.id ?? 'unknown');
}

/** Failures two pushes racing can cause (the push is then applied one mutation at a time). */
function isExpectedRace(error: unknown): boolean {
  if (typeof error !== 'object' || error === null || !('code' in error)) return false;
  return error.code === '23505' || error.code === '40P01' || error.code === '40001';
}
