/** op "create": a whole new record at version 1, in a scope derived from its parent. */
import { entitySchemas, type EntityName } from '../../domain/entities/registry';
import { fieldErrors } from '../../domain/validation-errors';
import { deriveScope } from './derive-scope';
import { withoutServerFields, type AppliedResult, type MutationContext } from './mutation-context';
import { insertRecords, metaForAll } from './record-store';
import { dailyReportExists, forbidden, MutationRejection, validationFailed } from './rejection';
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
  if (entity === 'daily_report') await refuseSecondDailyReport(ctx, columns.grid_id, data.date);

  await insertRecords(ctx.tx, [
    { id, entity, data, fieldMeta: metaForAll(data, 1, ctx.deviceId), ...columns, createdBy: ctx.scope.userId },
  ]);
  return { version: 1 };
}

/**
 * One daily report per worker, grid and day (a unique index backs this up when two race:
 * push.ts turns that violation into the same rejection).
 */
async function refuseSecondDailyReport(ctx: MutationContext, gridId: string | null, date: unknown): Promise<void> {
  const { rows } = await ctx.tx.query(
    `SELECT 1 FROM records
      WHERE entity = 'daily_report' AND grid_id = $1 AND created_by = $2 AND data->>'date' = $3`,
    [gridId, ctx.scope.userId, date],
  );
  if (rows.length > 0) throw dailyReportExists();
}
