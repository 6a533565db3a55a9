import { z } from 'zod';
import { idField, labelField, notesField, phoneOrLandlineField } from '../fields';

export const HOUSEHOLD_STATUSES = ['occupied', 'vacant'] as const;

export const householdSchema = z.object({
  buildingId: idField,
  unit: labelField,
  room: labelField,
  status: z.enum(HOUSEHOLD_STATUSES, { error: 'status_invalid' }),
  phone: phoneOrLandlineField.optional(),
  notes: notesField.optional(),
});
export type Household = z.output<typeof householdSchema>;
