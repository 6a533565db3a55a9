/** A community's own settings, written by its secretary: the daily report deadline, the hotline. One per community. */
import { z } from 'zod';
import { idField, phoneOrLandlineField } from '../fields';

export const DEFAULT_REPORT_DEADLINE = '18:00';

export const communitySettingsSchema = z.object({
  communityId: idField,
  /** A grid's daily report confirmed after this local time (HH:MM) is "Late". */
  reportDeadline: z.string({ error: 'time_invalid' }).regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/, { error: 'time_invalid' }),
  /** The community's phone for residents (printed on unit posters). */
  hotline: phoneOrLandlineField.optional(),
});
export type CommunitySettings = z.output<typeof communitySettingsSchema>;
