/**
 * A delivery (送菜送药) of a help request by a volunteer: left at the door or handed over, when, and
 * a note. An event: corrected by a void and a new delivery. A delivery by a volunteer who lost the
 * claim to another is kept all the same (the secretary sees it in the delivery ledger).
 */
import { z } from 'zod';
import { idField, notesField, timestampField } from '../fields';

export const DELIVERY_OUTCOMES = ['left_at_door', 'handed_over'] as const;
export type DeliveryOutcome = (typeof DELIVERY_OUTCOMES)[number];

export const deliverySchema = z.object({
  helpRequestId: idField,
  outcome: z.enum(DELIVERY_OUTCOMES, { error: 'outcome_invalid' }),
  deliveredAt: timestampField,
  note: notesField.optional(),
});
export type Delivery = z.output<typeof deliverySchema>;
