/**
 * Server-written: a same-field clash the server settled by letting the later write win (the record now
 * holds `clientValue`, the value the earlier write had set is `serverValue`). The secretary reads them;
 * "Keep this value" writes the chosen value back as a normal patch of the record and marks the conflict
 * resolved, "Seen" only dismisses it. Clients may patch only `seenAt` and `kept` (which side was kept). A
 * side whose value was empty may be absent: a patch merge drops null fields.
 */
import { z } from 'zod';
import { idField, storedNameField, storedTimestampField, timestampField } from '../fields';
import { ENTITY_NAMES } from './entity-names';

/** Any JSON value (a field's value either side of the clash); one schema, named once in the OpenAPI document. */
export const jsonValueSchema = z.json();

/** The two sides of a clash: the earlier value (serverValue) and the later one (clientValue). */
export const CONFLICT_SIDES = ['earlier', 'later'] as const;
export type ConflictSide = (typeof CONFLICT_SIDES)[number];

export const conflictSchema = z.object({
  entity: z.enum(ENTITY_NAMES),
  recordId: idField,
  field: z.string().min(1).max(100),
  /** The value the record had before the later write replaced it (null or absent: the field was empty). */
  serverValue: jsonValueSchema.optional(),
  /** The later write's value: what the record holds after the clash (null or absent: empty). */
  clientValue: jsonValueSchema.optional(),
  /** Who made the later write, from which device, and when the server applied it. */
  userId: idField,
  userName: storedNameField.optional(),
  deviceId: z.string().min(1).max(100),
  at: storedTimestampField,
  /** When a secretary dismissed or resolved it. */
  seenAt: timestampField.optional(),
  /** The side chosen with "Keep this value" (its value is written to the record by a patch of its own). */
  kept: z.enum(CONFLICT_SIDES, { error: 'invalid_value' }).optional(),
});
export type Conflict = z.output<typeof conflictSchema>;

/** Fields of a conflict a client may change (the rest is the server's record of what happened). */
export const CONFLICT_CLIENT_FIELDS = ['seenAt', 'kept'] as const;
