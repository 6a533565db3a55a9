import { z } from 'zod';
import { idField, mobileField, nameField, pastDateField, symptomsField, temperatureField, timestampField } from '../fields';

export const FEVER_ACTIONS = ['fever_clinic', 'home_isolation', 'observation'] as const;
export type FeverAction = (typeof FEVER_ACTIONS)[number];

export const feverReportSchema = z.object({
  householdId: idField.optional(),
  residentId: idField.optional(),
  /** The gate entry this report was made from (a checkpoint referral). */
  checkpointEntryId: idField.optional(),
  /** The home monitoring check this report was made from (a fever or symptom found at a check). */
  monitoringCheckId: idField.optional(),
  /**
   * The community it was reported in. Phones leave it out (the server places a report by its household,
   * gate entry or writer, and refuses another community here); a street officer's copy carries it, so
   * the street counts fevers by community without the household.
   */
  communityId: idField.optional(),
  name: nameField,
  phone: mobileField.optional(),
  temperature: temperatureField,
  symptoms: symptomsField,
  onsetDate: pastDateField.optional(),
  action: z.enum(FEVER_ACTIONS, { error: 'action_invalid' }),
  reportedAt: timestampField,
});
export type FeverReport = z.output<typeof feverReportSchema>;
