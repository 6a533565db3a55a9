/** The worker's close of day for one grid: counts computed from the day's records, confirmed once. */
import { z } from 'zod';
import { idField, pastDateField, timestampField } from '../fields';

export const DAILY_REPORT_COUNTS = [
  'doorsKnocked',
  'visited',
  'notHome',
  'refused',
  'residentsChecked',
  'feversFound',
  'feversReported',
] as const;
export type DailyReportCount = (typeof DAILY_REPORT_COUNTS)[number];

const countField = z
  .number({ error: 'count_invalid' })
  .int({ error: 'count_invalid' })
  .min(0, { error: 'count_invalid' })
  .max(1_000_000, { error: 'count_invalid' });

export const dailyReportCountsSchema = z
  .strictObject(
    Object.fromEntries(DAILY_REPORT_COUNTS.map((name) => [name, countField])) as Record<DailyReportCount, typeof countField>,
  )
  .refine((c) => c.visited + c.notHome + c.refused === c.doorsKnocked, { error: 'counts_inconsistent' });
export type DailyReportCounts = z.output<typeof dailyReportCountsSchema>;

export const dailyReportSchema = z.object({
  gridId: idField,
  /** The local day being closed, YYYY-MM-DD; one report per worker, grid and day. */
  date: pastDateField,
  counts: dailyReportCountsSchema,
  confirmedAt: timestampField,
});
export type DailyReport = z.output<typeof dailyReportSchema>;
