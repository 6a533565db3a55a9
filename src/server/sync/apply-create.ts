/** op "create": a whole new record at version 1, in a scope derived from its parent. */
import { entitySchemas, type EntityName } from '../../domain/entities/registry';
import { fieldErrors } from '../../domain/validation-errors';
import { deriveScope } from './derive-scope';
import { withoutServerFields, type MutationContext, type MutationEffect } from './mutation-context';
import { metaForAll } from './record-store';
import { dailyReportExists, forbidden, MutationRejection, validationFailed } from './rejection';
import { canWrite } from './scope';
import { helpRequestCreateProblem } from '../../domain/requests/help-request-rules';
import { helpRequestSchema } from '../../domain/entities/help-request';
import { reviewSchema } from '../../domain/entities/review';
import { taskSchema } from '../../domain/entities/task';
import { requireDecisionAllowed, requireMayDecide } from './review-checks';
import { requireAssignee, requireTaskCreate } from './task-checks';
import { homeMonitoringSchema } from '../../domain/entities/home-monitoring';
import { requireCheckInPeriod, requireMonitoringCreate, requireNoOpenMonitoring } from './monitoring-checks';
import { requireRoomInTube } from './campaign-checks';

export async function applyCreate(
  ctx: MutationContext,
  entity: EntityName,
  id: string,
  rawData: Record<string, unknown>,
): Promise<MutationEffect> {
  const parsed = entitySchemas[entity].safeParse(withoutServerFields(rawData));
  if (!parsed.success) throw validationFailed(fieldErrors(parsed.error));
  const data: Record<string, unknown> = parsed.data;

  if (entity === 'help_request') {
    const problem = helpRequestCreateProblem(ctx.scope, helpRequestSchema.parse(data));
    if (problem) throw validationFailed({ [problem.field]: problem.key });
  }

  // Who may decide or give tasks at all is told before anything is looked up.
  if (entity === 'review') requireMayDecide(ctx.scope, reviewSchema.parse(data));
  if (entity === 'task') requireTaskCreate(ctx.scope, taskSchema.parse(data));
  if (entity === 'home_monitoring') requireMonitoringCreate(homeMonitoringSchema.parse(data));

  if ((await ctx.source.find(id)) !== null) throw new MutationRejection('ALREADY_EXISTS', `A record with id ${id} already exists`);

  const columns = await deriveScope(ctx.source, entity, id, data, ctx.scope);
  if (!canWrite(ctx.scope, { entity, ...columns, created_by: ctx.scope.userId })) throw forbidden();
  // One daily report per worker, grid and day (a unique index backs this up when two race: push.ts
  // turns that violation into the same rejection).
  if (entity === 'daily_report' && (await ctx.source.dailyReportExists(columns.grid_id, ctx.scope.userId, data.date))) {
    throw dailyReportExists();
  }
  if (entity === 'review') await requireDecisionAllowed(ctx.source, ctx.scope, reviewSchema.parse(data));
  if (entity === 'task') await requireAssignee(ctx.source, columns.community_id, taskSchema.parse(data).assigneeId);
  // One open monitoring per resident (a unique index backs this up when two race: push.ts names the open one).
  if (entity === 'home_monitoring') await requireNoOpenMonitoring(ctx.source, String(data.residentId), id);
  if (entity === 'monitoring_check') await requireCheckInPeriod(ctx.source, data);
  if (entity === 'sampling') await requireRoomInTube(ctx.source, data);

  const row = {
    id,
    entity,
    version: 1,
    data,
    field_meta: metaForAll(data, 1, ctx.deviceId),
    ...columns,
    created_by: ctx.scope.userId,
    voided_at: null,
    void_reason: null,
  };
  return { result: { version: 1 }, write: { row, isNew: true } };
}
