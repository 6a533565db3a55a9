/**
 * The community's own daily report (the figure the street office receives): the sum of its grids'
 * confirmed reports for a day, with the grids that had not reported named. Create-only: confirming
 * again later records a newer report; the latest one counts.
 */
import { z } from 'zod';
import { idField, pastDateField, timestampField } from '../fields';
import { dailyReportCountsSchema } from './daily-report';

export const communityReportSchema = z.object({
  communityId: idField,
  /** The local day reported, YYYY-MM-DD. */
  date: pastDateField,
  counts: dailyReportCountsSchema,
  /** Grids whose report is in the sum. */
  gridsReported: z.array(idField, { error: 'invalid_id' }).max(1000),
  /** Grids without a report that day, named so the street office knows the sum is partial. */
  gridsMissing: z.array(idField, { error: 'invalid_id' }).max(1000),
  confirmedAt: timestampField,
});
export type CommunityReport = z.output<typeof communityReportSchema>;
