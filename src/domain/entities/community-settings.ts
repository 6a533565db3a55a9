/** A community's own settings, written by its secretary: the daily report deadline, the hotline. One per community. */
import { z } from 'zod';
import { idField, phoneOrLandlineField } from '../fields';
import { MAX_MONITORING_DAYS } from './home-monitoring';

export const DEFAULT_REPORT_DEADLINE = '18:00';

export const communitySettingsSchema = z.object({
  communityId: idField,
  /** A grid's daily report confirmed after this local time (HH:MM) is "Late". */
  reportDeadline: z.string({ error: 'time_invalid' }).regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/, { error: 'time_invalid' }),
  /** The community's phone for residents (printed on unit posters). */
  hotline: phoneOrLandlineField.optional(),
  /** How many days a home monitoring runs unless set otherwise when it starts (14 when unset). */
  monitoringDays: z.number({ error: 'days_invalid' }).int({ error: 'days_invalid' }).min(1, { error: 'days_invalid' }).max(MAX_MONITORING_DAYS, { error: 'days_invalid' }).optional(),
});
export type CommunitySettings = z.output<typeof communitySettingsSchema>;
