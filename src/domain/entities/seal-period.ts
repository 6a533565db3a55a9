/**
 * A building sealed off (封控) from a start date until the seal is lifted. Every period is kept (a
 * building can be sealed twice); the building's own `sealed` and `sealedSince` say its state now and
 * are written in the same local transaction as the period (see sealBuilding in src/data).
 */
import { z } from 'zod';
import { idField, workDateField } from '../fields';

const reasonField = z
  .string({ error: 'reason_required' })
  .trim()
  .min(1, { error: 'reason_required' })
  .max(200, { error: 'notes_too_long' });

export const sealPeriodSchema = z
  .object({
    buildingId: idField,
    /** The first day of the seal (YYYY-MM-DD); may lie ahead (sealed from tomorrow). */
    startDate: workDateField,
    reason: reasonField,
    /** The day the seal was lifted; absent while it holds. */
    liftedOn: workDateField.optional(),
  })
  .refine((p) => p.liftedOn === undefined || p.liftedOn >= p.startDate, { error: 'lift_before_start', path: ['liftedOn'] });
export type SealPeriod = z.output<typeof sealPeriodSchema>;
