/**
 * A record with its personal fields sealed: the fields named for its entity (personal-fields.ts) move into
 * one sealed value under `_sealed` (one AES-GCM operation per record, and which optional fields a record has
 * is hidden too), the rest stays in clear for indexes and sync. The seal is bound to the entity and record id:
 * moved to another record, it fails to open (CryptoError TAMPERED).
 */
import type { EntityName } from '../../domain/entities/entity-names';
import { CryptoError } from './crypto-error';
import { personalFieldsOf } from './personal-fields';
import { isSealedRow } from './is-sealed-row';
import { SEALED_FIELD } from './sealed-field';
import { openJson, sealJson } from './sealed-value';


/** A row of any entity: its id and fields. */
export interface RowFields {
  id: string;
  [field: string]: unknown;
}

function recordContext(entity: EntityName, id: string): string {
  return `gridwalk:record:v1:${entity}:${id}`;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The row with `fields` (by default its entity's personal fields) sealed; unchanged when there are none.
 * A row of an entity with personal fields always gets a seal, even when it has none of them set.
 */
export async function sealRecord(
  fieldKey: CryptoKey,
  entity: EntityName,
  row: RowFields,
  fields: readonly string[] = personalFieldsOf(entity),
): Promise<RowFields> {
  if (fields.length === 0) return row;
  if (isSealedRow(row)) throw new CryptoError('MALFORMED', `${entity} ${row.id} is sealed already`);
  const clear: RowFields = { id: row.id };
  const personal: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(row)) {
    if (fields.includes(field)) {
      if (value !== undefined) personal[field] = value;
    } else {
      clear[field] = value;
    }
  }
  clear[SEALED_FIELD] = await sealJson(fieldKey, personal, recordContext(entity, row.id));
  return clear;
}

/**
 * The row with its sealed fields back in clear (a row without a seal is returned as it is: see isSealedRow
 * to tell rows written before sealing). A field both sealed and in clear is MALFORMED (a write that skipped
 * sealing); a seal that fails its check is TAMPERED.
 */
export async function openRecord(fieldKey: CryptoKey, entity: EntityName, row: RowFields): Promise<RowFields> {
  const sealed = row[SEALED_FIELD];
  if (sealed === undefined) return row;
  if (typeof sealed !== 'string') throw new CryptoError('MALFORMED', `${entity} ${row.id} has a seal that is no string`);
  const personal = await openJson(fieldKey, sealed, recordContext(entity, row.id));
  if (!isPlainObject(personal)) throw new CryptoError('MALFORMED', `${entity} ${row.id} has a seal that is no object`);
  const { [SEALED_FIELD]: _seal, ...open } = row;
  for (const [field, value] of Object.entries(personal)) {
    if (field === '__proto__') throw new CryptoError('MALFORMED', `${entity} ${row.id} has a sealed field named __proto__`);
    if (open[field] !== undefined) throw new CryptoError('MALFORMED', `${entity} ${row.id} has ${field} both sealed and in clear`);
    open[field] = value;
  }
  return { ...open, id: row.id };
}
