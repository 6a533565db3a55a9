/**
 * Seals and opens whole rows as the database stores them (the sealing middleware calls it): an entity
 * row's personal fields (personal-fields.ts) and its `_server` copy (the last server copy, which holds the
 * same fields) go into one sealed value; an outbox entry's data (the mutation as it will be sent) does; so do
 * the session's tokens in the meta table (meta-tokens.ts).
 * Loaded with the unlock (lazy-modules.ts): a locked phone never needs it.
 */
import { personalFieldsOf } from './personal-fields';
import { SEALED_FIELD } from './sealed-field';
import { openRecord, sealRecord, type RowFields } from './sealed-record';
import { openJson, sealJson } from './sealed-value';
import { ENTITY_NAMES, type EntityName } from '../../domain/entities/entity-names';
import { openMetaRow, sealMetaRow } from './meta-tokens';
import { isSealedTable, META_TABLE, OUTBOX_TABLE } from './sealed-tables';

export interface RowSealer {
  /** The rows as they are stored: personal fields sealed. Rows of tables that are not sealed come back as they are. */
  seal(table: string, rows: readonly unknown[]): Promise<unknown[]>;
  /** The rows as the app reads them; rows without a seal (written before sealing) come back as they are. */
  open(table: string, rows: readonly unknown[]): Promise<unknown[]>;
}

/** The entity of a table whose rows have personal fields, or null. */
function sealedEntityOf(table: string): EntityName | null {
  const entity = ENTITY_NAMES.find((name) => name === table);
  return entity && personalFieldsOf(entity).length > 0 ? entity : null;
}

function isRow(value: unknown): value is RowFields {
  return typeof value === 'object' && value !== null && 'id' in value && typeof value.id === 'string';
}

function outboxContext(mutationId: unknown): string {
  return `gridwalk:outbox:v1:${String(mutationId)}`;
}

async function sealOutbox(fieldKey: CryptoKey, row: unknown): Promise<unknown> {
  if (typeof row !== 'object' || row === null || !('data' in row) || SEALED_FIELD in row) return row;
  const { data, ...rest } = row;
  const mutationId = 'mutationId' in rest ? rest.mutationId : undefined;
  return { ...rest, [SEALED_FIELD]: await sealJson(fieldKey, data, outboxContext(mutationId)) };
}

async function openOutbox(fieldKey: CryptoKey, row: unknown): Promise<unknown> {
  if (typeof row !== 'object' || row === null || !(SEALED_FIELD in row)) return row;
  const { [SEALED_FIELD]: sealed, ...rest } = row;
  if (typeof sealed !== 'string') return row;
  const mutationId = 'mutationId' in rest ? rest.mutationId : undefined;
  return { ...rest, data: await openJson(fieldKey, sealed, outboxContext(mutationId)) };
}

/** The row sealer of an unlocked app, over its field key. */
export function createRowSealer(fieldKey: CryptoKey): RowSealer {
  const sealOne = (table: string, row: unknown): Promise<unknown> | unknown => {
    if (table === OUTBOX_TABLE) return sealOutbox(fieldKey, row);
    if (table === META_TABLE) return sealMetaRow(fieldKey, row);
    const entity = sealedEntityOf(table);
    if (!entity || !isRow(row)) return row;
    const fields = personalFieldsOf(entity);
    return sealRecord(fieldKey, entity, row, '_server' in row ? [...fields, '_server'] : fields);
  };
  const openOne = (table: string, row: unknown): Promise<unknown> | unknown => {
    if (table === OUTBOX_TABLE) return openOutbox(fieldKey, row);
    if (table === META_TABLE) return openMetaRow(fieldKey, row);
    const entity = sealedEntityOf(table);
    return entity && isRow(row) ? openRecord(fieldKey, entity, row) : row;
  };
  return {
    seal: (table, rows) => (isSealedTable(table) ? Promise.all(rows.map((row) => sealOne(table, row))) : Promise.resolve([...rows])),
    open: (table, rows) => (isSealedTable(table) ? Promise.all(rows.map((row) => openOne(table, row))) : Promise.resolve([...rows])),
  };
}
