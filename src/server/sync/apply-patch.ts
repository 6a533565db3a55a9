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
import type { FieldMeta } from './record-store';
import { forbidden, notFound, validationFailed } from './rejection';
import { canWrite } from './scope';

export async function applyPatchMutation(
  ctx: MutationContext,
  entity: EntityName,
  id: string,
  rawData: Record<string, unknown>,
  baseVersion: number | undefined,
): Promise<MutationEffect> {
  const row = await ctx.source.find(id);
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
  const next: Record<string, unknown> = merged.data;

  const changed = Object.keys(patch).filter((field) => !sameValue(row.data[field], next[field]));
  if (changed.length === 0) return { result: { version: row.version } };

  const version = row.version + 1;
  const meta: FieldMeta = { ...row.field_meta };
  const conflicts: string[] = [];
  for (const field of changed) {
    const last = row.field_meta[field];
    if (last && last[0] > baseVersion && last[1] !== ctx.deviceId) conflicts.push(field);
    meta[field] = [version, ctx.deviceId];
  }

  const write = { row: { ...row, data: next, field_meta: meta, version }, isNew: false };
  if (conflicts.length === 0) return { result: { version }, write };
  const clashes: ConflictRow[] = conflicts.map((field) => ({
    communityId: row.community_id,
    entity: row.entity,
    recordId: row.id,
    field,
    baseVersion,
    serverValue: row.data[field] ?? null,
    clientValue: next[field] ?? null,
  }));
  return { result: { version, conflicts }, write, conflicts: clashes };
}
