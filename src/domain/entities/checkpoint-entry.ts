import { z } from 'zod';
import {
  idField,
  idNumberField,
  mobileField,
  nameField,
  notesField,
  temperatureField,
  timestampField,
} from '../fields';
import { isFever } from '../temperature';

export const DIRECTIONS = ['in', 'out'] as const;
export const HEALTH_CODES = ['green', 'yellow', 'red'] as const;
export const CHECKPOINT_OUTCOMES = ['allowed', 'refused', 'referred'] as const;
/** Why a visitor (someone who is no resident of the community) comes in. */
export const VISITOR_PURPOSES = ['courier', 'relative', 'worker', 'other'] as const;
export type VisitorPurpose = (typeof VISITOR_PURPOSES)[number];

/**
 * One person through a gate, with the four checks ("四必"). A resident is named by residentId (and
 * householdId, their household); a visitor has no residentId, gives a phone and a purpose, and may
 * name the household visited (householdId).
 */
export const checkpointEntrySchema = z
  .object({
    checkpointId: idField,
    at: timestampField,
    direction: z.enum(DIRECTIONS, { error: 'direction_invalid' }),
    residentId: idField.optional(),
    /** A resident's household, or the household a visitor goes to. */
    householdId: idField.optional(),
    name: nameField,
    phone: mobileField.optional(),
    idNumber: idNumberField.optional(),
    /** A visitor's purpose. */
    purpose: z.enum(VISITOR_PURPOSES, { error: 'purpose_invalid' }).optional(),
    idChecked: z.boolean({ error: 'boolean_required' }),
    infoRecorded: z.boolean({ error: 'boolean_required' }),
    temperature: temperatureField,
    maskWorn: z.boolean({ error: 'boolean_required' }),
    healthCode: z.enum(HEALTH_CODES, { error: 'health_code_invalid' }),
    outcome: z.enum(CHECKPOINT_OUTCOMES, { error: 'outcome_invalid' }),
    /** Why the person was refused (required with outcome 'refused'). */
    reason: notesField.optional(),
    note: notesField.optional(),
  })
  .refine((e) => e.outcome !== 'allowed' || (!isFever(e.temperature) && e.healthCode !== 'red'), {
    error: 'fever_or_red_code_not_allowed',
    path: ['outcome'],
  })
  .refine((e) => e.residentId !== undefined || e.phone !== undefined, { error: 'phone_required', path: ['phone'] })
  .refine((e) => e.residentId !== undefined || e.purpose !== undefined, { error: 'purpose_required', path: ['purpose'] })
  .refine((e) => e.outcome !== 'refused' || (e.reason ?? '') !== '', { error: 'reason_required', path: ['reason'] });
export type CheckpointEntry = z.output<typeof checkpointEntrySchema>;
