/** Every synced entity, its schema and the operations the wire contract allows on it. */
import { z } from 'zod';
import { buildingSchema } from './building';
import { checkpointEntrySchema } from './checkpoint-entry';
import { communityReportSchema } from './community-report';
import { communitySettingsSchema } from './community-settings';
import { conflictSchema } from './conflict';
import { dailyReportSchema } from './daily-report';
import { deliverySchema } from './delivery';
import { deviceSyncSchema } from './device-sync';
import { feverReportSchema } from './fever-report';
import { helpRequestSchema } from './help-request';
import { homeMonitoringSchema } from './home-monitoring';
import { householdSchema } from './household';
import { monitoringCheckSchema } from './monitoring-check';
import { campaignExemptionSchema } from './campaign-exemption';
import { samplingSchema } from './sampling';
import { testResultSchema } from './test-result';
import { testingCampaignSchema } from './testing-campaign';
import { checkpointSchema, communitySchema, districtSchema, gridSchema, streetSchema } from './reference';
import { residentSchema } from './resident';
import { reviewSchema } from './review';
import { sealPeriodSchema } from './seal-period';
import { shiftNoteSchema } from './shift-note';
import { taskSchema } from './task';
import { visitSchema } from './visit';
import type { EntityName, MutationOp } from './entity-names';

// The names live in a zod-free module so the app's first screen can use them without loading zod.
export { ENTITY_NAMES, MUTATION_OPS, type EntityName, type MutationOp } from './entity-names';

export const entitySchemas = {
  community: communitySchema,
  grid: gridSchema,
  checkpoint: checkpointSchema,
  building: buildingSchema,
  household: householdSchema,
  resident: residentSchema,
  visit: visitSchema,
  fever_report: feverReportSchema,
  checkpoint_entry: checkpointEntrySchema,
  daily_report: dailyReportSchema,
  shift_note: shiftNoteSchema,
  seal_period: sealPeriodSchema,
  community_settings: communitySettingsSchema,
  community_report: communityReportSchema,
  device_sync: deviceSyncSchema,
  conflict: conflictSchema,
  help_request: helpRequestSchema,
  delivery: deliverySchema,
  review: reviewSchema,
  task: taskSchema,
  home_monitoring: homeMonitoringSchema,
  monitoring_check: monitoringCheckSchema,
  testing_campaign: testingCampaignSchema,
  campaign_exemption: campaignExemptionSchema,
  sampling: samplingSchema,
  test_result: testResultSchema,
  district: districtSchema,
  street: streetSchema,
} as const satisfies Record<EntityName, z.ZodType>;

export type EntityData<E extends EntityName> = z.output<(typeof entitySchemas)[E]>;

/** Operations a client may push for each entity (who may do so is a scope question). */
export const entityOps: Record<EntityName, readonly MutationOp[]> = {
  community: [],
  grid: [],
  checkpoint: [],
  building: ['create', 'patch'],
  household: ['create', 'patch'],
  resident: ['create', 'patch'],
  visit: ['create', 'void'],
  fever_report: ['create', 'void'],
  checkpoint_entry: ['create', 'void'],
  daily_report: ['create'],
  shift_note: ['create'],
  seal_period: ['create', 'patch'],
  community_settings: ['create', 'patch'],
  community_report: ['create'],
  device_sync: [],
  conflict: ['patch'],
  help_request: ['create', 'patch'],
  delivery: ['create', 'void'],
  // Append-only: a decision is never edited or voided (a later decision stands over it).
  review: ['create'],
  task: ['create', 'patch'],
  // Extended, released or ended early by a patch; its checks are events.
  home_monitoring: ['create', 'patch'],
  monitoring_check: ['create', 'void'],
  // A campaign is changed (sites, dates, closed) by its secretary; what happens in it are events.
  testing_campaign: ['create', 'patch'],
  campaign_exemption: ['create', 'void'],
  sampling: ['create', 'void'],
  test_result: ['create', 'void'],
  district: [],
  street: [],
};

/** Append-only events: corrected by a void plus a new create. */
export const EVENT_ENTITIES = ['visit', 'fever_report', 'checkpoint_entry', 'delivery', 'monitoring_check', 'campaign_exemption', 'sampling', 'test_result'] as const satisfies readonly EntityName[];
export type EventEntity = (typeof EVENT_ENTITIES)[number];

export function isEventEntity(entity: EntityName): entity is EventEntity {
  return (EVENT_ENTITIES as readonly string[]).includes(entity);
}

/** Fields that tie a record to its place in the grid; a patch may not move a record elsewhere. */
export const IMMUTABLE_FIELDS: Partial<Record<EntityName, readonly string[]>> = {
  building: ['gridId'],
  household: ['buildingId'],
  seal_period: ['buildingId'],
  community_settings: ['communityId'],
  conflict: ['entity', 'recordId', 'field', 'serverValue', 'clientValue', 'userId', 'userName', 'deviceId', 'at'],
  // A request stays where it was asked for, and who asked stays who asked.
  help_request: ['buildingId', 'householdId', 'unit', 'room', 'askedBy'],
  // A task keeps what it is and what it is about; the secretary reassigns, reschedules or cancels it.
  task: ['kind', 'targetType', 'targetId', 'assignedAt', 'formerAssigneeIds'],
  // A monitoring keeps whom it is about, why and how it was scheduled; it is extended or ended, never re-planned.
  home_monitoring: ['residentId', 'householdId', 'reason', 'feverReportId', 'startDate', 'startedAt', 'days', 'checksPerDay'],
  // A campaign stays its community's, with its pooling (tubes already filled were counted by it).
  testing_campaign: ['communityId', 'poolSize'],
};

export const voidDataSchema = z.object({
  reason: z.string({ error: 'reason_required' }).trim().min(1, { error: 'reason_required' }).max(500, { error: 'notes_too_long' }),
});
