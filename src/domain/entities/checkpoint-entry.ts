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

export const checkpointEntrySchema = z
  .object({
    checkpointId: idField,
    at: timestampField,
    direction: z.enum(DIRECTIONS, { error: 'direction_invalid' }),
    residentId: idField.optional(),
    name: nameField,
    phone: mobileField.optional(),
    idNumber: idNumberField.optional(),
    idChecked: z.boolean({ error: 'boolean_required' }),
    infoRecorded: z.boolean({ error: 'boolean_required' }),
    temperature: temperatureField,
    maskWorn: z.boolean({ error: 'boolean_required' }),
    healthCode: z.enum(HEALTH_CODES, { error: 'health_code_invalid' }),
    outcome: z.enum(CHECKPOINT_OUTCOMES, { error: 'outcome_invalid' }),
    note: notesField.optional(),
  })
  .refine((e) => e.outcome !== 'allowed' || (!isFever(e.temperature) && e.healthCode !== 'red'), {
    error: 'fever_or_red_code_not_allowed',
    path: ['outcome'],
  });
export type CheckpointEntry = z.output<typeof checkpointEntrySchema>;
