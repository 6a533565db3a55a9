/**
 * Which tables hold sealed rows: every entity table with personal fields (personal-fields.ts, checked by
 * a unit test to name the same entities), the outbox, and the session's tokens in the meta table. Only names: the sealing middleware, installed at
 * start, reads this at every request, and the field map comes with the unlock.
 */

export const OUTBOX_TABLE = 'outbox';
/** The meta table: only the session's tokens in it are sealed (meta-tokens.ts); the rest is no secret. */
export const META_TABLE = 'meta';

export const SEALED_ENTITY_TABLES: ReadonlySet<string> = new Set([
  'resident',
  'visit',
  'fever_report',
  'checkpoint_entry',
  'home_monitoring',
  'monitoring_check',
  'household',
  'help_request',
  'test_result',
  'campaign_exemption',
  'shift_note',
  'conflict',
]);

export function isSealedTable(table: string): boolean {
  return table === OUTBOX_TABLE || table === META_TABLE || SEALED_ENTITY_TABLES.has(table);
}
