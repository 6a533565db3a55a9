/**
 * Which tables hold sealed rows: every entity table with personal fields (personal-fields.ts) and the
 * outbox. Small on purpose: the sealing middleware, always installed, reads it at every request.
 */
import { ENTITY_NAMES, type EntityName } from '../../domain/entities/entity-names';
import { personalFieldsOf } from './personal-fields';

export const OUTBOX_TABLE = 'outbox';

const SEALED_ENTITIES: ReadonlySet<string> = new Set(ENTITY_NAMES.filter((entity) => personalFieldsOf(entity).length > 0));

/** The entity of a table whose rows have personal fields, or null (the outbox included: see isSealedTable). */
export function sealedEntityOf(table: string): EntityName | null {
  return SEALED_ENTITIES.has(table) ? (ENTITY_NAMES.find((entity) => entity === table) ?? null) : null;
}

export function isSealedTable(table: string): boolean {
  return table === OUTBOX_TABLE || SEALED_ENTITIES.has(table);
}
