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
] as const;
export type EntityName = (typeof ENTITY_NAMES)[number];

export const MUTATION_OPS = ['create', 'patch', 'void'] as const;
export type MutationOp = (typeof MUTATION_OPS)[number];

/** Read-only reference data: delivered by pull, created only by the server's admin commands. */
export type ReferenceEntity = 'community' | 'grid' | 'checkpoint';
/** Kinds a client may create (see entityOps in registry.ts). */
export type CreatableEntity = Exclude<EntityName, ReferenceEntity>;
