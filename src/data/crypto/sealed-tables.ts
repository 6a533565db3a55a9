/**
 * Which tables hold sealed rows: every entity table with personal fields (personal-fields.ts, checked by
 * a unit test to name the same entities) and the outbox. Only names: the sealing middleware, installed at
 * start, reads this at every request, and the field map comes with the unlock.
 */

export const OUTBOX_TABLE = 'outbox';

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
  return table === OUTBOX_TABLE || SEALED_ENTITY_TABLES.has(table);
}
