import { z } from 'zod';
import { idField, notesField, symptomsField, temperatureField, timestampField } from '../fields';

export const VISIT_OUTCOMES = ['visited', 'not_home', 'refused'] as const;
export type VisitOutcome = (typeof VISIT_OUTCOMES)[number];

export const visitCheckSchema = z.object({
  residentId: idField,
  temperature: temperatureField.optional(),
  symptoms: symptomsField,
});
export type VisitCheck = z.output<typeof visitCheckSchema>;

export const visitSchema = z
  .object({
    householdId: idField,
    visitedAt: timestampField,
    outcome: z.enum(VISIT_OUTCOMES, { error: 'outcome_invalid' }),
    checks: z.array(visitCheckSchema, { error: 'checks_invalid' }).max(50),
    notes: notesField.optional(),
  })
  .refine((v) => v.outcome === 'visited' || v.checks.length === 0, {
    error: 'checks_only_when_visited',
    path: ['checks'],
  });
export type Visit = z.output<typeof visitSchema>;
