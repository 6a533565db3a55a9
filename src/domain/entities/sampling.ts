/**
 * One sample taken in a testing campaign: whose, when, at which site (none when sampled at home) and
 * in which tube. With pooling several people share a tube; the lab's result comes back by tube number
 * (test-result.ts). An event: a wrong one is voided and taken again.
 */
import { z } from 'zod';
import { idField, timestampField } from '../fields';

export const MAX_TUBE_NUMBER_LENGTH = 40;

/**
 * A tube's number as typed or scanned from its barcode: letters, digits and hyphens, trimmed, stored in
 * capitals so a number typed "ab-12" and the lab's "AB-12" name the same tube.
 */
export const tubeNumberField = z
  .string({ error: 'tube_number_invalid' })
  .trim()
  .regex(new RegExp(`^[A-Za-z0-9-]{1,${MAX_TUBE_NUMBER_LENGTH}}$`), { error: 'tube_number_invalid' })
  .toUpperCase();

export const samplingSchema = z
  .object({
    campaignId: idField,
    residentId: idField,
    /** The resident's household when sampled (the record's place in the grid). */
    householdId: idField,
    sampledAt: timestampField,
    /** One of the campaign's sites; absent when sampled at home. */
    siteId: idField.optional(),
    atHome: z.boolean({ error: 'boolean_required' }),
    tubeNumber: tubeNumberField,
  })
  .refine((s) => s.atHome || s.siteId !== undefined, { error: 'site_required', path: ['siteId'] })
  .refine((s) => !s.atHome || s.siteId === undefined, { error: 'site_only_when_at_site', path: ['siteId'] });
export type Sampling = z.output<typeof samplingSchema>;
