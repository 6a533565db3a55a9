import { z } from 'zod';
import { idField, nameField, notesField, workDateField } from '../fields';

export const buildingSchema = z
  .object({
    gridId: idField,
    name: nameField,
    address: notesField.optional(),
    units: z.number({ error: 'count_invalid' }).int({ error: 'count_invalid' }).min(1, { error: 'count_invalid' }).max(99, { error: 'count_invalid' }),
    floors: z.number({ error: 'count_invalid' }).int({ error: 'count_invalid' }).min(1, { error: 'count_invalid' }).max(200, { error: 'count_invalid' }),
    sealed: z.boolean({ error: 'boolean_required' }),
    sealedSince: workDateField.optional(),
  });
export type Building = z.output<typeof buildingSchema>;
