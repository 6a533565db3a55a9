/**
 * Client-side validation with the same zod schemas the server uses, so a record that saves
 * locally is a record the server accepts. Failures throw LocalValidationError with wire field keys.
 */
import type { z } from 'zod';
import { applyPatch, isPatchableEntity, patchSchemas } from '../../domain/entities/patch';
import { helpRequestSchema } from '../../domain/entities/help-request';
import {
  entityOps,
  entitySchemas,
  IMMUTABLE_FIELDS,
  voidDataSchema,
  type EntityName,
  type MutationOp,
} from '../../domain/entities/registry';
import { fieldErrors } from '../../domain/validation-errors';
import { LocalValidationError } from '../../shared/write-failure';

/** A write the wire contract does not allow for this entity (a programming error, not user input). */
export class UnsupportedOperationError extends Error {
  constructor(entity: EntityName, op: MutationOp) {
    super(`${op} is not allowed on ${entity}`);
    this.name = 'UnsupportedOperationError';
  }
}

export function assertOp(entity: EntityName, op: MutationOp): void {
  if (!entityOps[entity].includes(op)) throw new UnsupportedOperationError(entity, op);
}

function isFieldMap(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The parsed fields, without keys left undefined (a form passes `phone: undefined` for "none"). */
function parse(schema: z.ZodType, data: unknown): Record<string, unknown> {
  const result = schema.safeParse(data);
  if (!result.success) throw new LocalValidationError(fieldErrors(result.error));
  if (!isFieldMap(result.data)) throw new LocalValidationError({ _: 'invalid_type' });
  return Object.fromEntries(Object.entries(result.data).filter(([, value]) => value !== undefined));
}

/** The whole record for a create, normalised (trimmed, ID number upper-cased…). */
export function validateCreate(entity: EntityName, data: unknown): Record<string, unknown> {
  assertOp(entity, 'create');
  return parse(entitySchemas[entity], data);
}

export function validateVoid(entity: EntityName, data: unknown): { reason: string } {
  assertOp(entity, 'void');
  const result = voidDataSchema.safeParse(data);
  if (!result.success) throw new LocalValidationError(fieldErrors(result.error));
  return result.data;
}

function sameValue(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

/**
 * What a patched record must be as a whole: its kind's schema, except where this phone's copy is
 * partial on purpose. A volunteer's copy of a help request carries the contact shortened and masked
 * (张**, 138****1234) until the server knows their claim, so their claim and delivery check the
 * request without its contact (a contact that changes is still checked by the patch schema).
 */
const MERGED_SCHEMAS: Partial<Record<EntityName, z.ZodType>> = {
  help_request: helpRequestSchema.omit({ contactName: true, contactPhone: true }),
};

/**
 * Validates a patch against the current local view: the patch schema, the fields that may not
 * change, and the merged record against the full schema. Returns only the fields that really change.
 */
export function validatePatch(
  entity: EntityName,
  current: Record<string, unknown>,
  changes: unknown,
): Record<string, unknown> {
  if (!isPatchableEntity(entity)) throw new UnsupportedOperationError(entity, 'patch');
  const patch = parse(patchSchemas[entity], changes);
  const changed: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    if (value === null ? current[key] !== undefined : !sameValue(value, current[key])) changed[key] = value;
  }
  const immutable: Record<string, string> = {};
  for (const field of IMMUTABLE_FIELDS[entity] ?? []) {
    if (field in changed) immutable[field] = 'immutable_field';
  }
  if (Object.keys(immutable).length > 0) throw new LocalValidationError(immutable);
  parse(MERGED_SCHEMAS[entity] ?? entitySchemas[entity], applyPatch(current, changed));
  return changed;
}
