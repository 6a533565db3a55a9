/** op "void": marks an event (visit, fever report, checkpoint entry) void with a reason. */
import { voidDataSchema, type EntityName } from '../../domain/entities/registry';
import { fieldErrors } from '../../domain/validation-errors';
import type { AppliedResult, MutationContext } from './mutation-context';
import { findRecord, takeSeq } from './record-store';
import { forbidden, notFound, validationFailed } from './rejection';
import { canWrite } from './scope';

export async function applyVoid(
  ctx: MutationContext,
  entity: EntityName,
  id: string,
  rawData: Record<string, unknown>,
): Promise<AppliedResult> {
  const row = await findRecord(ctx.tx, id, true);
  if (!row || row.entity !== entity) throw notFound(`Unknown ${entity} ${id}`);
  if (!canWrite(ctx.scope, row)) throw forbidden();
  const parsed = voidDataSchema.safeParse(rawData);
  if (!parsed.success) throw validationFailed(fieldErrors(parsed.error));
  // Voiding twice changes nothing: the first void stands.
  if (row.voided_at !== null) return { version: row.version };

  const version = row.version + 1;
  const seq = await takeSeq(ctx.tx);
  await ctx.tx.query(
    `UPDATE records SET voided_at = now(), void_reason = $2, version = $3, updated_at = now(), seq = $4 WHERE id = $1`,
    [id, parsed.data.reason, version, seq],
  );
  return { version };
}
