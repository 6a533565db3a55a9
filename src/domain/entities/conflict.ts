/**
 * Server-written: a same-field clash the server settled by letting the later write win (the record now
 * holds `clientValue`, the value the earlier write had set is `serverValue`). The secretary reads them;
 * "Keep this value" writes the chosen value back as a normal patch of the record and marks the conflict
 * resolved, "Seen" only dismisses it. Clients may patch only `seenAt` and `keptValue`.
 */
import { z } from 'zod';
import { idField, storedNameField, storedTimestampField, timestampField } from '../fields';
import { ENTITY_NAMES } from './entity-names';

/** Any JSON value (a field's value either side of the clash); one schema, named once in the OpenAPI document. */
export const jsonValueSchema = z.json();

export const conflictSchema = z.object({
  entity: z.enum(ENTITY_NAMES),
  recordId: idField,
  field: z.string().min(1).max(100),
  /** The value the record had before the later write replaced it (null: the field was empty). */
  serverValue: jsonValueSchema,
  /** The later write's value: what the record holds after the clash. */
  clientValue: jsonValueSchema,
  /** Who made the later write, from which device, and when the server applied it. */
  userId: idField,
  userName: storedNameField.optional(),
  deviceId: z.string().min(1).max(100),
  at: storedTimestampField,
  /** When a secretary dismissed or resolved it. */
  seenAt: timestampField.optional(),
  /** The value chosen with "Keep this value" (written to the record by a patch of its own). */
  keptValue: jsonValueSchema.optional(),
});
export type Conflict = z.output<typeof conflictSchema>;

/** Fields of a conflict a client may change (the rest is the server's record of what happened). */
export const CONFLICT_CLIENT_FIELDS = ['seenAt', 'keptValue'] as const;
