import { describe, expect, it } from 'vitest';
import type { DailyReportCounts } from '../../../../src/domain/entities/daily-report';
import { latestCommunityReports, streetDay } from '../../../../src/domain/reports/street-day';

const ZERO: DailyReportCounts = { doorsKnocked: 0, visited: 0, notHome: 0, refused: 0, residentsChecked: 0, feversFound: 0, feversReported: 0 };
const DATE = '2026-11-30';
const local = (day: string, hour: number, minute = 0) => new Date(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)), hour, minute).toISOString();
const communities = [
  { id: 'c1', name: 'A' },
  { id: 'c2', name: 'B' },
  { id: 'c3', name: 'C' },
];
let n = 0;
const report = (communityId: string, confirmedAt: string, counts: DailyReportCounts = ZERO) => ({
  id: `r${++n}`,
  communityId,
  date: DATE,
  counts,
  confirmedAt,
  createdBy: 's',
  gridsMissing: [],
});

describe('streetDay', () => {
  it('counts a community by its latest report: a re-confirmation after the deadline makes it late', () => {
    const reports = latestCommunityReports([
      report('c1', local(DATE, 18), { ...ZERO, doorsKnocked: 3, visited: 3 }),
      report('c1', local(DATE, 21), { ...ZERO, doorsKnocked: 4, visited: 4 }),
      report('c2', local(DATE, 19, 59)),
    ]);
    const day = streetDay(communities, reports, new Map(), DATE, '20:00');
    expect(day.rows.map((row) => [row.community.name, row.status, row.zero])).toEqual([
      ['A', 'late', false],
      ['B', 'zero_report', true],
      ['C', 'missing', false],
    ]);
    expect(day.sums.doorsKnocked).toBe(4);
    expect(day.counts).toEqual({ reported: 0, late: 1, missing: 1, zero_report: 1 });
  });

  it('uses the street’s deadline: the same time is on time for a later deadline', () => {
    const reports = latestCommunityReports([report('c1', local(DATE, 21), { ...ZERO, doorsKnocked: 1, visited: 1 })]);
    expect(streetDay(communities, reports, new Map(), DATE, '22:00').rows[0]!.status).toBe('reported');
  });

  it('flags a community whose report gives fewer fevers than the fever reports made in it (a false zero report)', () => {
    const reports = latestCommunityReports([report('c1', local(DATE, 18)), report('c2', local(DATE, 18), { ...ZERO, feversFound: 2, feversReported: 2 })]);
    const day = streetDay(communities, reports, new Map([['c1', 1], ['c2', 2], ['c3', 1]]), DATE, '20:00');
    expect(day.rows.map((row) => [row.feversInReport, row.feverReports, row.feversDisagree])).toEqual([
      [0, 1, true],
      [2, 2, false],
      [null, 1, false],
    ]);
    expect(day.feverReports).toBe(4);
  });
});
