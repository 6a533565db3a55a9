import { SEALED_FIELD } from './sealed-field';

/** A row as IndexedDB holds it has its personal fields sealed (see sealed-record.ts); rows written before sealing have not. */
export function isSealedRow(value: unknown): boolean {
  return typeof value === 'object' && value !== null && SEALED_FIELD in value && typeof value[SEALED_FIELD] === 'string';
}
