/**
 * Patch payloads: only the changed fields; `null` clears an optional field.
 * The merged record is validated again with the full schema.
 */
import { z } from 'zod';
import { buildingSchema } from './building';
import { communitySettingsSchema } from './community-settings';
import { conflictSchema } from './conflict';
import type { EntityName } from './entity-names';
import { helpRequestSchema } from './help-request';
import { homeMonitoringSchema } from './home-monitoring';
import { testingCampaignSchema } from './testing-campaign';
import { householdSchema } from './household';
import { residentSchema } from './resident';
import { sealPeriodSchema } from './seal-period';
import { taskSchema } from './task';

// applyPatch lives in a zod-free module so the data layer can replay patches without loading zod.
export { applyPatch } from './apply-patch';

export type PatchableEntity = 'building' | 'household' | 'resident' | 'seal_period' | 'community_settings' | 'conflict' | 'help_request' | 'task' | 'home_monitoring' | 'testing_campaign';

function patchOf<T extends z.ZodRawShape>(schema: z.ZodObject<T>) {
  const shape: Record<string, z.ZodType> = {};
  for (const [key, field] of Object.entries(schema.shape)) {
    shape[key] = field instanceof z.ZodOptional ? (field.unwrap() as z.ZodType).nullable().optional() : (field as z.ZodType).optional();
  }
  return z.strictObject(shape, { error: 'unknown_field' });
}

export const patchSchemas: Record<PatchableEntity, z.ZodType<Record<string, unknown>>> = {
  building: patchOf(buildingSchema),
  household: patchOf(householdSchema),
  resident: patchOf(residentSchema),
  seal_period: patchOf(sealPeriodSchema),
  community_settings: patchOf(communitySettingsSchema),
  conflict: patchOf(conflictSchema),
  help_request: patchOf(helpRequestSchema),
  task: patchOf(taskSchema),
  home_monitoring: patchOf(homeMonitoringSchema),
  testing_campaign: patchOf(testingCampaignSchema),
};

export function isPatchableEntity(entity: EntityName): entity is PatchableEntity {
  return Object.hasOwn(patchSchemas, entity);
}
