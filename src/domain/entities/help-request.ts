/**
 * A help request (求助) of a household in a sealed building: groceries, medicine, medical help or
 * something else, carried to the door by a volunteer. It names its place (building, unit, room; the
 * household when it is known: a resident asking through a unit poster may live in a room not yet
 * registered) and moves unconfirmed → open → claimed → delivered, or ends cancelled / rejected
 * (the rules: src/domain/requests/help-request-rules.ts).
 */
import { z } from 'zod';
import { idField, labelField, nameField, notesField, phoneOrLandlineField, timestampField } from '../fields';

export const HELP_KINDS = ['groceries', 'medicine', 'medical', 'other'] as const;
export type HelpKind = (typeof HELP_KINDS)[number];

export const HELP_REQUEST_STATES = ['unconfirmed', 'open', 'claimed', 'delivered', 'cancelled', 'rejected'] as const;
export type HelpRequestState = (typeof HELP_REQUEST_STATES)[number];

/** Who asked: a grid worker or the secretary (say, taking a call), or the resident through the unit poster. */
export const HELP_ASKERS = ['grid_worker', 'secretary', 'resident'] as const;
export type HelpAsker = (typeof HELP_ASKERS)[number];

export const MAX_NEEDS_LENGTH = 300;

export const needsField = z
  .string({ error: 'needs_required' })
  .trim()
  .min(1, { error: 'needs_required' })
  .max(MAX_NEEDS_LENGTH, { error: 'needs_too_long' });

export const helpKindField = z.enum(HELP_KINDS, { error: 'kind_invalid' });

export const helpRequestSchema = z.object({
  buildingId: idField,
  /** The registered household at that address; absent for a resident's request about an unregistered room. */
  householdId: idField.optional(),
  unit: labelField,
  room: labelField,
  kind: helpKindField,
  needs: needsField,
  urgent: z.boolean({ error: 'boolean_required' }),
  contactName: nameField.optional(),
  contactPhone: phoneOrLandlineField,
  askedBy: z.enum(HELP_ASKERS, { error: 'asked_by_invalid' }),
  state: z.enum(HELP_REQUEST_STATES, { error: 'state_invalid' }),
  /** The volunteer who claimed it (their user id and name) and when. */
  claimedBy: idField.optional(),
  claimedByName: nameField.optional(),
  claimedAt: timestampField.optional(),
  /** Why it was cancelled or rejected. */
  closedReason: notesField.optional(),
});
export type HelpRequest = z.output<typeof helpRequestSchema>;
