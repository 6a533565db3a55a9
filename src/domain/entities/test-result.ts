/**
 * A lab result for one tube of a testing campaign: imported from the lab's spreadsheet or typed one by
 * one. With pooling a positive tube means everyone in it is re-tested. An event: a later result for the
 * same tube stands over an earlier one (an "invalid" tube tested again); a wrong one is voided.
 */
import { z } from 'zod';
import { idField, notesField, timestampField } from '../fields';
import { tubeNumberField } from './sampling';

export const TEST_RESULTS = ['negative', 'positive', 'invalid'] as const;
export type TestResultValue = (typeof TEST_RESULTS)[number];

export const testResultSchema = z.object({
  campaignId: idField,
  tubeNumber: tubeNumberField,
  result: z.enum(TEST_RESULTS, { error: 'result_invalid' }),
  /** When the lab gave it (the later of two results for a tube stands). */
  resultAt: timestampField,
  note: notesField.optional(),
});
export type TestResult = z.output<typeof testResultSchema>;
