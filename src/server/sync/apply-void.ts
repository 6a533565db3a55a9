/** op "void": marks an event (visit, fever report, checkpoint entry) void with a reason. */
import { voidDataSchema, type EntityName } from '../../domain/entities/registry';
import { fieldErrors } from '../../domain/validation-errors';
import type { MutationContext, MutationEffect } from './mutation-context';
import { forbidden, notFound, validationFailed } from './rejection';
import { canRead, canWrite } from './scope';

export async function applyVoid(
  ctx: MutationContext,
  entity: EntityName,
  id: string,
  rawData: Record<string, unknown>,
): Promise<MutationEffect> {
  const row = await ctx.source.find(id);
  // A record the writer may not read is answered as an unknown one: its existence is not told.
  if (!row || row.entity !== entity || !canRead(ctx.scope, row)) throw notFound(`Unknown ${entity} ${id}`);
  if (!canWrite(ctx.scope, row)) throw forbidden();
  const parsed = voidDataSchema.safeParse(rawData);
  if (!parsed.success) throw validationFailed(fieldErrors(parsed.error));
  // Voiding twice changes nothing: the first void stands.
  if (row.voided_at !== null) return { result: { version: row.version } };

  const version = row.version + 1;
  // voided_at is set by the database when written ("now"); any non-null value here means voided.
  const voided = { ...row, version, voided_at: new Date().toISOString(), void_reason: parsed.data.reason };
  return { result: { version }, write: { row: voided, isNew: false } };
}
