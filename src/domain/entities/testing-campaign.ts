/**
 * A mass testing campaign (全员核酸检测) of one community: its dates, its sampling sites (a community
 * checkpoint or a new place), the buildings whose residents are expected (absent: every building of the
 * community) and its pooling (1: single tubes; 10 or 20: that many people share a tube, 混检). Closed
 * by setting closedAt. Its samplings, exemptions and lab results are records of their own (sampling.ts,
 * campaign-exemption.ts, test-result.ts); its figures: src/domain/testing/.
 */
import { z } from 'zod';
import { idField, nameField, timestampField, workDateField } from '../fields';

/** People per tube: single tubes, 10-in-1 or 20-in-1 pools. */
export const POOL_SIZES = [1, 10, 20] as const;
export type PoolSize = (typeof POOL_SIZES)[number];

export const MAX_CAMPAIGN_SITES = 20;
export const MAX_CAMPAIGN_BUILDINGS = 1000;

export function isPoolSize(value: number): value is PoolSize {
  return POOL_SIZES.some((size) => size === value);
}

/** A sampling site: its own id (samplings name it), a name, and the checkpoint it is at, if any. */
export const samplingSiteSchema = z.object({
  id: idField,
  name: nameField,
  checkpointId: idField.optional(),
});
export type SamplingSite = z.output<typeof samplingSiteSchema>;

function allDifferent(values: readonly string[]): boolean {
  return new Set(values).size === values.length;
}

export const testingCampaignSchema = z
  .object({
    communityId: idField,
    name: nameField,
    startDate: workDateField,
    endDate: workDateField,
    sites: z
      .array(samplingSiteSchema, { error: 'sites_required' })
      .min(1, { error: 'sites_required' })
      .max(MAX_CAMPAIGN_SITES, { error: 'too_many' })
      .refine((sites) => allDifferent(sites.map((site) => site.id)), { error: 'site_duplicate' }),
    /** The buildings whose residents are expected; absent: every building of the community. */
    buildingIds: z
      .array(idField, { error: 'invalid_id' })
      .min(1, { error: 'buildings_required' })
      .max(MAX_CAMPAIGN_BUILDINGS, { error: 'too_many' })
      .refine(allDifferent, { error: 'building_duplicate' })
      .optional(),
    poolSize: z.union([z.literal(1), z.literal(10), z.literal(20)], { error: 'pool_size_invalid' }),
    /** When the secretary closed it: no more samplings are expected. */
    closedAt: timestampField.optional(),
  })
  .refine((c) => c.endDate >= c.startDate, { error: 'end_before_start', path: ['endDate'] });
export type TestingCampaign = z.output<typeof testingCampaignSchema>;
