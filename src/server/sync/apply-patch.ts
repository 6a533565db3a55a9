/**
 * op "patch": the changed fields and the version the client last saw. Every field is applied; a field
 * that another device changed since baseVersion to a different value is a conflict: the later write
 * wins, the field is reported, and a conflict row is kept for the secretary.
 */
import { applyPatch, patchSchemas, type PatchableEntity } from '../../domain/entities/patch';
import { entitySchemas, IMMUTABLE_FIELDS, type EntityName } from '../../domain/entities/registry';
import { fieldErrors } from '../../domain/validation-errors';
import { sameValue } from './canonical-json';
import { withoutServerFields, type AppliedResult, type MutationContext } from './mutation-context';
import { findRecord, takeSeq, type FieldMeta, type RecordRow } from './record-store';
import { forbidden, notFound, validationFailed } from './rejection';
import { canWrite } from './scope';

export async function applyPatchMutation(
  ctx: MutationContext,
  entity: EntityName,
  id: string,
  rawData: Record<string, unknown>,
  baseVersion: number | undefined,
): Promise<AppliedResult> {
  const row = await findRecord(ctx.tx, id, true);
  if (!row || row.entity !== entity) throw notFound(`Unknown ${entity} ${id}`);
  if (!canWrite(ctx.scope, row)) throw forbidden();
  if (baseVersion === undefined) throw validationFailed({ baseVersion: 'base_version_required' });

  const parsedPatch = patchSchemas[entity as PatchableEntity].safeParse(withoutServerFields(rawData));
  if (!parsedPatch.success) throw validationFailed(fieldErrors(parsedPatch.error));
  const patch = parsedPatch.data;

  const immutable: Record<string, string> = {};
  for (const field of IMMUTABLE_FIELDS[entity] ?? []) {
    if (field in patch && !sameValue(patch[field], row.data[field])) immutable[field] = 'immutable';
  }
  if (Object.keys(immutable).length > 0) throw validationFailed(immutable);

  const merged = entitySchemas[entity].safeParse(applyPatch(row.data, patch));
  if (!merged.success) throw validationFailed(fieldErrors(merged.error));
  const next = merged.data as Record<string, unknown>;

  const changed = Object.keys(patch).filter((field) => !sameValue(row.data[field], next[field]));
  if (changed.length === 0) return { version: row.version };

  const version = row.version + 1;
  const meta: FieldMeta = { ...row.field_meta };
  const conflicts: string[] = [];
  for (const field of changed) {
    const last = row.field_meta[field];
    if (last && last[0] > baseVersion && last[1] !== ctx.deviceId) conflicts.push(field);
    meta[field] = [version, ctx.deviceId];
  }

  const seq = await takeSeq(ctx.tx);
  await ctx.tx.query(
    `UPDATE records SET data = $2::jsonb, field_meta = $3::jsonb, version = $4, updated_at = now(), seq = $5 WHERE id = $1`,
    [id, JSON.stringify(next), JSON.stringify(meta), version, seq],
  );
  for (const field of conflicts) await recordConflict(ctx, row, field, baseVersion, next[field]);
  return conflicts.length > 0 ? { version, conflicts } : { version };
}

async function recordConflict(
  ctx: MutationContext,
  row: RecordRow,
  field: string,
  baseVersion: number,
  clientValue: unknown,
): Promise<void> {
  await ctx.tx.query(
    `INSERT INTO conflicts (community_id, entity, record_id, field, base_version, server_value, client_value, user_id, device_id)
     VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7::jsonb, $8, $9)`,
    [
      row.community_id,
      row.entity,
      row.id,
      field,
      baseVersion,
      JSON.stringify(row.data[field] ?? null),
      JSON.stringify(clientValue ?? null),
      ctx.scope.userId,
      ctx.deviceId,
    ],
  );
}
