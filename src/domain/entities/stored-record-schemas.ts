/**
 * Reading a record the server sent: its kind's schema plus the server's fields, parsed once where
 * it enters the phone's database (one schema per kind, one pass per record: a first pull reads tens
 * of thousands). Rules about the writer's moment are not judged again here: a date that was not in
 * the future when it was written stays readable on a phone whose clock is behind, and the plausibility
 * rules of issue 11 (times from 2019-12-01 to a day ahead, birth dates from 1900, visible names, a
 * resident checked once per visit) apply to writes only: records stored before them stay readable.
 * A volunteer's copy
 * of a resident carries no key-group tags (the server withholds them): read as none; a volunteer's copy of
 * an unclaimed help request carries its contact masked; a grid worker's copy of a gate entry another
 * worker recorded carries the visitor's ID number masked.
 */
import { z } from 'zod';
import { isoDateField, storedIdNumberField, storedNameField, storedTimestampField } from '../fields';
import { serverFieldsSchema } from '../sync-protocol';
import { fieldErrors } from '../validation-errors';
import { buildingSchema } from './building';
import { checkpointEntrySchema } from './checkpoint-entry';
import { communityReportSchema } from './community-report';
import { communitySettingsSchema } from './community-settings';
import { conflictSchema } from './conflict';
import { dailyReportSchema } from './daily-report';
import { deliverySchema } from './delivery';
import { deviceSyncSchema } from './device-sync';
import type { EntityName } from './entity-names';
import type { EntityRecord } from './entity-record';
import { feverReportSchema } from './fever-report';
import { helpRequestSchema } from './help-request';
import { householdSchema } from './household';
import { checkpointSchema, communitySchema, districtSchema, gridSchema, streetSchema } from './reference';
import { residentSchema } from './resident';
import { reviewSchema } from './review';
import { homeMonitoringSchema, monitoringExtensionSchema } from './home-monitoring';
import { monitoringCheckSchema } from './monitoring-check';
import { campaignExemptionSchema } from './campaign-exemption';
import { samplingSchema } from './sampling';
import { testResultSchema } from './test-result';
import { testingCampaignSchema } from './testing-campaign';
import { sealPeriodSchema } from './seal-period';
import { shiftNoteSchema } from './shift-note';
import { taskSchema } from './task';
import { storedVisitChecksField, visitSchema } from './visit';

/**
 * The server's fields as the wire contract declares them; who and when are optional, as on a record
 * this phone created and the server has not yet sent back (see RecordMeta).
 */
const recordMetaShape = serverFieldsSchema.partial({ createdBy: true, createdAt: true, updatedAt: true }).shape;

/** Every record's fields as stored: the server's, and a name without the write-time rules. */
const storedShape = { ...recordMetaShape, name: storedNameField };

const storedRecordSchemas: { [E in EntityName]: z.ZodType<EntityRecord<E>> } = {
  district: districtSchema.safeExtend(storedShape),
  street: streetSchema.safeExtend(storedShape),
  community: communitySchema.safeExtend(storedShape),
  grid: gridSchema.safeExtend(storedShape),
  checkpoint: checkpointSchema.safeExtend(storedShape),
  building: buildingSchema.safeExtend({ sealedSince: isoDateField.optional(), ...storedShape }),
  household: householdSchema.safeExtend(recordMetaShape),
  resident: residentSchema.extend({
    birthDate: isoDateField.optional(),
    movedOutOn: isoDateField.optional(),
    tags: residentSchema.shape.tags.default([]),
    ...storedShape,
  }),
  visit: visitSchema.safeExtend({ visitedAt: storedTimestampField, checks: storedVisitChecksField, ...recordMetaShape }),
  fever_report: feverReportSchema.safeExtend({
    onsetDate: isoDateField.optional(),
    reportedAt: storedTimestampField,
    ...storedShape,
  }),
  // Another worker's copy of a visitor's entry carries the ID number masked (110102********1234, issue 18).
  checkpoint_entry: checkpointEntrySchema.safeExtend({ at: storedTimestampField, idNumber: storedIdNumberField.optional(), ...storedShape }),
  daily_report: dailyReportSchema.safeExtend({ date: isoDateField, confirmedAt: storedTimestampField, ...recordMetaShape }),
  shift_note: shiftNoteSchema.safeExtend({ shiftStart: storedTimestampField, ...recordMetaShape }),
  seal_period: sealPeriodSchema.safeExtend({ startDate: isoDateField, liftedOn: isoDateField.optional(), ...recordMetaShape }),
  community_settings: communitySettingsSchema.safeExtend(recordMetaShape),
  community_report: communityReportSchema.safeExtend({ date: isoDateField, confirmedAt: storedTimestampField, ...recordMetaShape }),
  device_sync: deviceSyncSchema.safeExtend(recordMetaShape),
  conflict: conflictSchema.safeExtend({ seenAt: storedTimestampField.optional(), ...recordMetaShape }),
  // A volunteer's copy of a request not claimed by them carries the contact shortened and masked (张**, 138****1234).
  help_request: helpRequestSchema.safeExtend({
    contactName: storedNameField.optional(),
    contactPhone: z.string({ error: 'phone_invalid' }).min(1, { error: 'phone_invalid' }).max(30, { error: 'phone_invalid' }),
    claimedAt: storedTimestampField.optional(),
    ...recordMetaShape,
  }),
  delivery: deliverySchema.safeExtend({ deliveredAt: storedTimestampField, ...recordMetaShape }),
  review: reviewSchema.safeExtend({ decidedAt: storedTimestampField, deciderName: storedNameField, ...recordMetaShape }),
  task: taskSchema.safeExtend({
    assigneeName: storedNameField,
    assignedAt: storedTimestampField,
    dueAt: storedTimestampField,
    doneAt: storedTimestampField.optional(),
    ...recordMetaShape,
  }),
  home_monitoring: homeMonitoringSchema.safeExtend({
    startDate: isoDateField,
    startedAt: storedTimestampField,
    extensions: z.array(monitoringExtensionSchema.safeExtend({ at: storedTimestampField })).optional(),
    endedOn: isoDateField.optional(),
    ...recordMetaShape,
  }),
  monitoring_check: monitoringCheckSchema.safeExtend({ checkedAt: storedTimestampField, ...recordMetaShape }),
  testing_campaign: testingCampaignSchema.safeExtend({ startDate: isoDateField, endDate: isoDateField, closedAt: storedTimestampField.optional(), ...storedShape }),
  campaign_exemption: campaignExemptionSchema.safeExtend({ returnDate: isoDateField.optional(), ...recordMetaShape }),
  sampling: samplingSchema.safeExtend({ sampledAt: storedTimestampField, ...recordMetaShape }),
  test_result: testResultSchema.safeExtend({ resultAt: storedTimestampField, ...recordMetaShape }),
};

export type ParsedRecord<E extends EntityName> = { ok: true; record: EntityRecord<E> } | { ok: false; fields: Record<string, string> };

/** A pulled record's data (its fields and the server's): the record of its kind, or what is wrong with it. */
export function parseStoredRecord<E extends EntityName>(entity: E, data: unknown): ParsedRecord<E> {
  const parsed = storedRecordSchemas[entity].safeParse(data);
  return parsed.success ? { ok: true, record: parsed.data } : { ok: false, fields: fieldErrors(parsed.error) };
}
