/**
 * Patch payloads: only the changed fields; `null` clears an optional field.
 * The merged record is validated again with the full schema.
 */
import { z } from 'zod';
import { buildingSchema } from './building';
import { householdSchema } from './household';
import { residentSchema } from './resident';

export type PatchableEntity = 'building' | 'household' | 'resident';

function patchOf<T extends z.ZodRawShape>(schema: z.ZodObject<T>) {
  const shape: Record<string, z.ZodType> = {};
  for (const [key, field] of Object.entries(schema.shape)) {
    shape[key] = field instanceof z.ZodOptional ? (field.unwrap() as z.ZodType).nullable().optional() : (field as z.ZodType).optional();
  }
  return z.strictObject(shape, { error: 'unknown_field' });
}

export const patchSchemas: Record<PatchableEntity, z.ZodType<Record<string, unknown>>> = {
  building: patchOf(buildingSchema),
  household: patchOf(householdSchema),
  resident: patchOf(residentSchema),
};

/** Applies a validated patch to a record: `null` removes the field. */
export function applyPatch<T extends Record<string, unknown>>(record: T, patch: Record<string, unknown>): T {
  const merged: Record<string, unknown> = { ...record };
  for (const [key, value] of Object.entries(patch)) {
    if (value !== undefined) merged[key] = value;
  }
  return Object.fromEntries(Object.entries(merged).filter(([, value]) => value !== null)) as T;
}
