/** op "create": a whole new record at version 1, in a scope derived from its parent. */
import { entitySchemas, type EntityName } from '../../domain/entities/registry';
import { fieldErrors } from '../../domain/validation-errors';
import { deriveScope } from './derive-scope';
import { withoutServerFields, type AppliedResult, type MutationContext } from './mutation-context';
import { insertRecords, metaForAll } from './record-store';
import { forbidden, MutationRejection, validationFailed } from './rejection';
import { canWrite } from './scope';

export async function applyCreate(
  ctx: MutationContext,
  entity: EntityName,
  id: string,
  rawData: Record<string, unknown>,
): Promise<AppliedResult> {
  const parsed = entitySchemas[entity].safeParse(withoutServerFields(rawData));
  if (!parsed.success) throw validationFailed(fieldErrors(parsed.error));
  const data = parsed.data as Record<string, unknown>;

  const { rows } = await ctx.tx.query('SELECT 1 FROM records WHERE id = $1', [id]);
  if (rows.length > 0) throw new MutationRejection('ALREADY_EXISTS', `A record with id ${id} already exists`);

  const columns = await deriveScope(ctx.tx, entity, id, data, ctx.scope);
  if (!canWrite(ctx.scope, { entity, ...columns, created_by: ctx.scope.userId })) throw forbidden();

  await insertRecords(ctx.tx, [
    { id, entity, data, fieldMeta: metaForAll(data, 1, ctx.deviceId), ...columns, createdBy: ctx.scope.userId },
  ]);
  return { version: 1 };
}
