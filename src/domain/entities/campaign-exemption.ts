/**
 * A resident of a testing campaign who will not come to the site: "Away" (until a return date, when
 * known) or "Home sampling" (bedridden, elderly living alone, under home monitoring: sampled at their
 * door). An event: undone by a void. Its effect on the campaign's figures: src/domain/testing/.
 */
import { z } from 'zod';
import { idField, notesField, workDateField } from '../fields';

export const EXEMPTION_KINDS = ['away', 'home_sampling'] as const;
export type ExemptionKind = (typeof EXEMPTION_KINDS)[number];

export const campaignExemptionSchema = z
  .object({
    campaignId: idField,
    residentId: idField,
    /** The resident's household when marked (the record's place in the grid). */
    householdId: idField,
    kind: z.enum(EXEMPTION_KINDS, { error: 'exemption_kind_invalid' }),
    /** The day an away resident is expected back. */
    returnDate: workDateField.optional(),
    note: notesField.optional(),
  })
  .refine((e) => e.returnDate === undefined || e.kind === 'away', { error: 'return_date_only_when_away', path: ['returnDate'] });
export type CampaignExemption = z.output<typeof campaignExemptionSchema>;
