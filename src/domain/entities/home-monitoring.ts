/**
 * Home monitoring (居家监测) of one resident: sent home with a fever, back from a risk area, a close
 * contact. From its start date it runs `days` days (14 by default, a community setting) plus any
 * extensions, with `checksPerDay` checks (2: morning before 12:00, afternoon after; 1: once a day),
 * each a monitoring_check record. It ends by release on its last day after its checks, or early (to
 * hospital, moved out, started in error). One open per resident. Schedule: src/domain/monitoring/.
 */
import { z } from 'zod';
import { idField, notesField, timestampField, workDateField } from '../fields';

export const MONITORING_REASONS = ['fever_report', 'returnee', 'close_contact', 'other'] as const;
export type MonitoringReason = (typeof MONITORING_REASONS)[number];

/** How a monitoring ends: released on its last day, or early for a reason. */
export const MONITORING_END_KINDS = ['released', 'hospital', 'moved_out', 'error'] as const;
export type MonitoringEndKind = (typeof MONITORING_END_KINDS)[number];

export const DEFAULT_MONITORING_DAYS = 14;
export const MAX_MONITORING_DAYS = 60;
export const CHECKS_PER_DAY = [1, 2] as const;

const daysField = z
  .number({ error: 'days_invalid' })
  .int({ error: 'days_invalid' })
  .min(1, { error: 'days_invalid' })
  .max(MAX_MONITORING_DAYS, { error: 'days_invalid' });

const requiredReason = z.string({ error: 'reason_required' }).trim().min(1, { error: 'reason_required' }).max(500, { error: 'notes_too_long' });

export const monitoringExtensionSchema = z.object({
  days: daysField,
  reason: requiredReason,
  at: timestampField,
});
export type MonitoringExtension = z.output<typeof monitoringExtensionSchema>;

export const homeMonitoringSchema = z
  .object({
    residentId: idField,
    /** The resident's household when it started (the record's place in the grid). */
    householdId: idField,
    reason: z.enum(MONITORING_REASONS, { error: 'reason_invalid' }),
    reasonNote: notesField.optional(),
    /** The fever report it was started from. */
    feverReportId: idField.optional(),
    startDate: workDateField,
    /** When it was started: slots that ended before are not owed. */
    startedAt: timestampField,
    days: daysField,
    checksPerDay: z.union([z.literal(1), z.literal(2)], { error: 'checks_per_day_invalid' }),
    /** Each extension by n days with its reason, in order (appended, never removed). */
    extensions: z.array(monitoringExtensionSchema).max(10, { error: 'too_many' }).optional(),
    /** The day it ended (released or early), and how. */
    endedOn: workDateField.optional(),
    endKind: z.enum(MONITORING_END_KINDS, { error: 'end_kind_invalid' }).optional(),
    endNote: notesField.optional(),
  })
  .refine((m) => (m.endedOn === undefined) === (m.endKind === undefined), { error: 'end_kind_required', path: ['endKind'] })
  .refine((m) => m.endedOn === undefined || m.endedOn >= m.startDate, { error: 'ended_before_start', path: ['endedOn'] })
  .refine((m) => m.endKind === undefined || m.endKind === 'released' || (m.endNote ?? '').trim() !== '', { error: 'reason_required', path: ['endNote'] });
export type HomeMonitoring = z.output<typeof homeMonitoringSchema>;
