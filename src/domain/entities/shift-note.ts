/** The handover note at a checkpoint's shift change. Create-only: a correction is a new note. */
import { z } from 'zod';
import { idField, MAX_NOTES_LENGTH, timestampField } from '../fields';

export const shiftNoteSchema = z.object({
  checkpointId: idField,
  /** The start of the shift the note closes. */
  shiftStart: timestampField,
  note: z
    .string({ error: 'note_required' })
    .trim()
    .min(1, { error: 'note_required' })
    .max(MAX_NOTES_LENGTH, { error: 'notes_too_long' }),
});
export type ShiftNote = z.output<typeof shiftNoteSchema>;
