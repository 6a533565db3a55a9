import { z } from 'zod';
import { idField, notesField, symptomsField, temperatureField, timestampField } from '../fields';
import { repeatedValues } from '../plausible-values';

export const VISIT_OUTCOMES = ['visited', 'not_home', 'refused'] as const;
export type VisitOutcome = (typeof VISIT_OUTCOMES)[number];

export const visitCheckSchema = z.object({
  residentId: idField,
  temperature: temperatureField.optional(),
  symptoms: symptomsField,
});
export type VisitCheck = z.output<typeof visitCheckSchema>;

/** The checks of a visit as stored records are read (before issue 11 a resident could be checked twice). */
export const storedVisitChecksField = z.array(visitCheckSchema, { error: 'checks_invalid' }).max(50);

/** The checks of a visit written now: each resident at most once. */
export const visitChecksField = storedVisitChecksField.refine(
  (checks) => repeatedValues(checks.map((check) => check.residentId.toLowerCase())).length === 0,
  { error: 'resident_checked_twice' },
);

export const visitSchema = z
  .object({
    householdId: idField,
    visitedAt: timestampField,
    outcome: z.enum(VISIT_OUTCOMES, { error: 'outcome_invalid' }),
    checks: visitChecksField,
    notes: notesField.optional(),
  })
  .refine((v) => v.outcome === 'visited' || v.checks.length === 0, {
    error: 'checks_only_when_visited',
    path: ['checks'],
  });
export type Visit = z.output<typeof visitSchema>;
