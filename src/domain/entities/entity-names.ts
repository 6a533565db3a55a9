/** Every synced entity and mutation operation by name (no zod here: the app's first screen imports these). */
export const ENTITY_NAMES = [
  'community',
  'grid',
  'checkpoint',
  'building',
  'household',
  'resident',
  'visit',
  'fever_report',
  'checkpoint_entry',
  'daily_report',
  'shift_note',
  'seal_period',
  'community_settings',
  'community_report',
  'device_sync',
  'conflict',
  'help_request',
  'delivery',
  'review',
  'task',
  'home_monitoring',
  'monitoring_check',
  'testing_campaign',
  'campaign_exemption',
  'sampling',
  'test_result',
  'district',
  'street',
] as const;
export type EntityName = (typeof ENTITY_NAMES)[number];

export const MUTATION_OPS = ['create', 'patch', 'void'] as const;
export type MutationOp = (typeof MUTATION_OPS)[number];

/** Read-only reference data: delivered by pull, created only by the server's admin commands. */
export type ReferenceEntity = 'community' | 'grid' | 'checkpoint' | 'district' | 'street';
/** Written by the server as things happen (a phone's last sync, a same-field clash); read-only but for a conflict's seen mark. */
export type ServerWrittenEntity = 'device_sync' | 'conflict';
/** Kinds a client may create (see entityOps in registry.ts). */
export type CreatableEntity = Exclude<EntityName, ReferenceEntity | ServerWrittenEntity>;
