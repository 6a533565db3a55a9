/**
 * op "patch": the changed fields and the version the client last saw. Every field is applied; a field
 * that another device changed since baseVersion to a different value is a conflict: the later write
 * wins, the field is reported, and a conflict row is kept for the secretary.
 */
import { applyPatch, patchSchemas, type PatchableEntity } from '../../domain/entities/patch';
import { entitySchemas, IMMUTABLE_FIELDS, type EntityName } from '../../domain/entities/registry';
import { fieldErrors } from '../../domain/validation-errors';
import { sameValue } from './canonical-json';
import { withoutServerFields, type ConflictRow, type MutationContext, type MutationEffect } from './mutation-context';
import { deriveScope } from './derive-scope';
import type { FieldMeta, ScopeColumns, WritableRow } from './record-store';
import { forbidden, MutationRejection, notFound, validationFailed } from './rejection';
import { canRead, canWrite } from './scope';
import { helpRequestSchema } from '../../domain/entities/help-request';
import { helpRequestChangeProblem } from '../../domain/requests/help-request-rules';
import { taskSchema } from '../../domain/entities/task';
import { homeMonitoringSchema } from '../../domain/entities/home-monitoring';
import { requireMonitoringChange } from './monitoring-checks';
import { campaignScope } from './campaign-checks';
import { withinCommunity } from './parent-records';
import { requireAssignee, requireDoneVisit, requireTaskChange, withFormerAssignee } from './task-checks';

export async function applyPatchMutation(
  ctx: MutationContext,
  entity: EntityName,
  id: string,
  rawData: Record<string, unknown>,
  baseVersion: number | undefined,
): Promise<MutationEffect> {
  const row = await ctx.source.find(id);
  // A record the writer may not read is answered as an unknown one: its existence is not told.
  if (!row || row.entity !== entity || !canRead(ctx.scope, row)) throw notFound(`Unknown ${entity} ${id}`);
  if (!canWrite(ctx.scope, row)) throw forbidden();
  if (baseVersion === undefined) throw validationFailed({ baseVersion: 'base_version_required' });
  // A client cannot have seen a version the server never gave (it would switch conflict detection off).
  if (baseVersion > row.version) throw validationFailed({ baseVersion: 'base_version_invalid' });

  const parsedPatch = patchSchemas[entity as PatchableEntity].safeParse(withoutServerFields(rawData));
  if (!parsedPatch.success) throw validationFailed(fieldErrors(parsedPatch.error));
  const patch = parsedPatch.data;

  const immutable: Record<string, string> = {};
  for (const field of IMMUTABLE_FIELDS[entity] ?? []) {
    if (field in patch && !sameValue(patch[field], row.data[field])) immutable[field] = 'immutable_field';
  }
  if (Object.keys(immutable).length > 0) throw validationFailed(immutable);

  const merged = entitySchemas[entity].safeParse(applyPatch(row.data, patch));
  if (!merged.success) throw validationFailed(fieldErrors(merged.error));
  const next: Record<string, unknown> = merged.data;

  const changed = Object.keys(patch).filter((field) => !sameValue(row.data[field], next[field]));
  if (changed.length === 0) return { result: { version: row.version } };
  // A request's state is judged against the stored one: the first claim to reach the server wins.
  if (entity === 'help_request') {
    const problem = helpRequestChangeProblem(ctx.scope, helpRequestSchema.parse(row.data), helpRequestSchema.parse(next));
    if (problem) throw validationFailed({ [problem.field]: problem.key });
  }
  if (entity === 'task') {
    const before = taskSchema.parse(row.data);
    const after = taskSchema.parse(next);
    requireTaskChange(ctx.scope, before, after);
    if (before.assigneeId !== after.assigneeId) await requireAssignee(ctx.source, row.community_id, after.assigneeId);
    if (before.doneVisitId !== after.doneVisitId) await requireDoneVisit(ctx.source, row, after.doneVisitId);
  }
  if (entity === 'home_monitoring') requireMonitoringChange(homeMonitoringSchema.parse(row.data), homeMonitoringSchema.parse(next));
  // A campaign's changed sites and buildings are its community's, as on create (another community's: not_found).
  if (entity === 'testing_campaign' && (changed.includes('sites') || changed.includes('buildingIds'))) await campaignScope(withinCommunity(ctx.source, ctx.scope), next);

  const columns = REFERENCE_FIELDS.some((field) => changed.includes(field)) ? await movedScope(ctx, entity, row, next) : {};

  const version = row.version + 1;
  const meta: FieldMeta = { ...row.field_meta };
  const conflicts: string[] = [];
  for (const field of changed) {
    const last = row.field_meta[field];
    if (last && last[0] > baseVersion && last[1] !== ctx.deviceId) conflicts.push(field);
    meta[field] = [version, ctx.deviceId];
  }
  // A reassigned task keeps its former assignees (the server's own field: never a conflict): their phones
  // still receive it, now another's.
  if (entity === 'task' && withFormerAssignee(row.data, next)) meta.formerAssigneeIds = [version, ctx.deviceId];

  const write = { row: { ...row, ...columns, data: next, field_meta: meta, version }, isNew: false };
  if (conflicts.length === 0) return { result: { version }, write };
  const clashes: ConflictRow[] = conflicts.map((field) => ({
    communityId: row.community_id,
    entity: row.entity,
    recordId: row.id,
    field,
    baseVersion,
    serverValue: row.data[field] ?? null,
    clientValue: next[field] ?? null,
    columns: { community_id: write.row.community_id, grid_id: write.row.grid_id, building_id: write.row.building_id, household_id: write.row.household_id },
  }));
  return { result: { version, conflicts }, write, conflicts: clashes };
}

/** Fields that place a record (its scope comes from the record they name). */
const REFERENCE_FIELDS: readonly string[] = ['communityId', 'gridId', 'buildingId', 'householdId', 'residentId', 'checkpointId', 'checkpointEntryId'];

/**
 * A record moved (say, a resident to another household): its scope is derived again from where it now
 * points, and the move is allowed only within what the writer may write. A target the writer cannot
 * see is refused the same way whether it exists or not.
 */
async function movedScope(ctx: MutationContext, entity: EntityName, row: WritableRow, next: Record<string, unknown>): Promise<ScopeColumns> {
  let columns: ScopeColumns;
  try {
    columns = await deriveScope(ctx.source, entity, row.id, next, ctx.scope);
  } catch (error) {
    if (error instanceof MutationRejection && error.code === 'NOT_FOUND') throw forbidden('You may not move this record there');
    throw error;
  }
  if (!canWrite(ctx.scope, { entity, ...columns, created_by: row.created_by })) throw forbidden('You may not move this record there');
  return columns;
}
