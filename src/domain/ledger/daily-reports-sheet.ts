/**
 * The daily reports (每日报表台账): one row per worker's close of day for a grid, with its counts, by
 * day, grid name and worker; within a date range of report days or all held.
 */
import type { EntityRecord } from '../entities/entity-record';
import { DAILY_REPORT_COUNTS } from '../entities/daily-report';
import { textCell, workerCell, type DateRange, type Workers } from './ledger-cells';
import { dateCell, makeSheet, wallClockCell, type CellValue, type ColumnSpec, type LedgerOptions, type LedgerSheet } from './ledger-sheet';

export const DAILY_REPORTS_COLUMNS: readonly ColumnSpec[] = [
  { key: 'date', kind: 'date' },
  { key: 'grid', kind: 'text' },
  { key: 'worker', kind: 'text' },
  ...DAILY_REPORT_COUNTS.map((key): ColumnSpec => ({ key, kind: 'number' })),
  { key: 'confirmedAt', kind: 'datetime' },
];

export interface DailyReportsInput {
  reports: readonly EntityRecord<'daily_report'>[];
  grids: readonly EntityRecord<'grid'>[];
}

export interface DailyReportsOptions extends LedgerOptions {
  /** The report days, both included; without it every report held. */
  range?: DateRange;
  workers: Workers;
}

const collator = new Intl.Collator('zh-CN', { numeric: true });

export function dailyReportsSheet(input: DailyReportsInput, options: DailyReportsOptions): LedgerSheet {
  const grids = new Map(input.grids.map((g) => [g.id, g.name]));
  const { range } = options;
  const keyed = input.reports
    .filter((report) => !range || (report.date >= range.from && report.date <= range.to))
    .map((report) => ({ report, grid: grids.get(report.gridId) ?? '', worker: workerCell(report, options.workers) ?? '' }))
    .sort((a, b) => a.report.date.localeCompare(b.report.date) || collator.compare(a.grid, b.grid) || collator.compare(a.worker, b.worker));
  const rows = keyed.map(({ report, grid, worker }): CellValue[] => [
    dateCell(report.date),
    textCell(grid),
    textCell(worker),
    ...DAILY_REPORT_COUNTS.map((count) => report.counts[count]),
    wallClockCell(report.confirmedAt),
  ]);
  return makeSheet('dailyReports', DAILY_REPORTS_COLUMNS, rows, options, range ?? null);
}
