import { describe, expect, it } from 'vitest';
import type { DailyReportCounts } from '../../../../src/domain/entities/daily-report';
import type { DayFeverReport, DayVisit } from '../../../../src/domain/round/day-status';
import { changeSinceConfirmed, countsDifference } from '../../../../src/domain/reports/changed-since-confirmed';
import { communityTotal, ZERO_COUNTS } from '../../../../src/domain/reports/community-total';
import { gridReportStatus, isLate, LatestReports, type ConfirmedReport } from '../../../../src/domain/reports/report-status';
import { periodDates, reportingRates } from '../../../../src/domain/reports/reporting-rate';
import { localDay } from '../../../../src/shared/local-date';

const DAY = '2026-11-25';
const WORKER = 'worker-1';
const OTHER_WORKER = 'worker-2';

/** An ISO timestamp at a local time of DAY (or days after), whatever the machine's time zone. */
function at(hour: number, minute = 0, dayOffset = 0): string {
  return new Date(2026, 10, 25 + dayOffset, hour, minute).toISOString();
}

const COUNTS: DailyReportCounts = { doorsKnocked: 3, visited: 2, notHome: 1, refused: 0, residentsChecked: 4, feversFound: 1, feversReported: 1 };

let nextId = 0;
function report(gridId: string, confirmedAt: string, extra: Partial<ConfirmedReport> = {}): ConfirmedReport {
  nextId++;
  return { id: `r${String(nextId).padStart(3, '0')}`, gridId, date: DAY, counts: COUNTS, confirmedAt, createdBy: WORKER, ...extra };
}

describe('gridReportStatus', () => {
  it('a report confirmed by the default 18:00 deadline is reported, with its time', () => {
    const status = gridReportStatus(report('g1', at(17, 30)), DAY);
    expect(status).toMatchObject({ status: 'reported', confirmedAt: at(17, 30), late: false, zero: false });
  });

  it('a report confirmed after the deadline is late; the community’s own deadline counts', () => {
    expect(gridReportStatus(report('g1', at(18, 1)), DAY).status).toBe('late');
    expect(gridReportStatus(report('g1', at(18, 1)), DAY, '20:00').status).toBe('reported');
    expect(gridReportStatus(report('g1', at(16, 0)), DAY, '15:30').status).toBe('late');
    // Closed the next morning: late whatever the deadline.
    expect(isLate(at(8, 0, 1), DAY, '23:59')).toBe(true);
    // At the deadline itself is on time.
    expect(isLate(at(18, 0), DAY)).toBe(false);
  });

  it('no report is not reported', () => {
    expect(gridReportStatus(undefined, DAY)).toEqual({ status: 'not_reported', report: null, late: false, zero: false });
  });

  it('a report whose counts are all zero is a zero report (and a late one stays late, marked zero)', () => {
    expect(gridReportStatus(report('g1', at(12), { counts: ZERO_COUNTS }), DAY)).toMatchObject({ status: 'zero_report', zero: true });
    expect(gridReportStatus(report('g1', at(12), { counts: { ...ZERO_COUNTS, doorsKnocked: 1, notHome: 1 } }), DAY).status).toBe('reported');
    expect(gridReportStatus(report('g1', at(19), { counts: ZERO_COUNTS }), DAY)).toMatchObject({ status: 'late', zero: true });
  });
});

describe('LatestReports', () => {
  it('keeps the latest confirmed report per grid and date, whoever confirmed it', () => {
    const early = report('g1', at(10));
    const later = report('g1', at(19), { createdBy: OTHER_WORKER, counts: ZERO_COUNTS });
    const otherDay = report('g1', at(9, 0, 1), { date: '2026-11-26' });
    const latest = new LatestReports([later, early, otherDay, report('g2', at(11))]);
    expect(latest.reportFor('g1', DAY)).toBe(later);
    expect(latest.reportFor('g1', '2026-11-26')).toBe(otherDay);
    expect(latest.reportFor('g3', DAY)).toBeUndefined();
    expect(gridReportStatus(latest.reportFor('g1', DAY), DAY).status).toBe('late');
  });
});

describe('changeSinceConfirmed', () => {
  const householdGrid = new Map([
    ['h1', 'g1'],
    ['h2', 'g1'],
    ['h9', 'g2'],
  ]);
  const day = localDay(DAY);
  const visit = (id: string, householdId: string, outcome: DayVisit['outcome'], visitedAt: string, extra: Partial<DayVisit> = {}): DayVisit => ({
    id,
    householdId,
    outcome,
    visitedAt,
    checks: [],
    createdBy: WORKER,
    ...extra,
  });
  const visits = [visit('v1', 'h1', 'visited', at(9)), visit('v2', 'h2', 'not_home', at(10))];
  const confirmedCounts: DailyReportCounts = { ...ZERO_COUNTS, doorsKnocked: 2, visited: 1, notHome: 1 };

  it('nothing changed: the counts recomputed for the report’s writer equal the confirmed ones', () => {
    const result = changeSinceConfirmed(report('g1', at(12), { counts: confirmedCounts }), { visits, feverReports: [], householdGrid, day }, 'me');
    expect(result).toEqual({ now: confirmedCounts, difference: {}, changed: false });
  });

  it('a visit made after confirming (by the writer, in the grid) shows as the difference per count', () => {
    const after = [...visits, visit('v3', 'h2', 'visited', at(19), { checks: [{ residentId: 'p1', temperature: 38.4, symptoms: [] }] })];
    const result = changeSinceConfirmed(report('g1', at(12), { counts: confirmedCounts }), { visits: after, feverReports: [], householdGrid, day }, 'me');
    expect(result.changed).toBe(true);
    expect(result.difference).toEqual({ visited: 1, notHome: -1, residentsChecked: 1, feversFound: 1 });
    expect(result.now).toMatchObject({ doorsKnocked: 2, visited: 2, notHome: 0 });
  });

  it('only the writer’s own records count, as on the worker’s screen; a voided visit is a change', () => {
    const others = [...visits, visit('v4', 'h1', 'refused', at(20), { createdBy: OTHER_WORKER }), visit('v5', 'h9', 'visited', at(20))];
    const unchanged = changeSinceConfirmed(report('g1', at(12), { counts: confirmedCounts }), { visits: others, feverReports: [], householdGrid, day }, 'me');
    expect(unchanged.changed).toBe(false);
    const voided = [visits[0]!, { ...visits[1]!, voidedAt: at(13) }];
    const result = changeSinceConfirmed(report('g1', at(12), { counts: confirmedCounts }), { visits: voided, feverReports: [], householdGrid, day }, 'me');
    expect(result.difference).toEqual({ doorsKnocked: -1, notHome: -1 });
  });

  it('a fever report without a household is no change whether or not the worker counted it in this grid', () => {
    const direct: DayFeverReport = { reportedAt: at(11), createdBy: WORKER };
    const records = { visits, feverReports: [direct], householdGrid, day };
    expect(changeSinceConfirmed(report('g1', at(12), { counts: confirmedCounts }), records, 'me').changed).toBe(false);
    expect(changeSinceConfirmed(report('g1', at(12), { counts: { ...confirmedCounts, feversReported: 1 } }), records, 'me').changed).toBe(false);
  });

  it('a report made on this phone and not sent yet (no createdBy) is recomputed for this phone’s user', () => {
    const mine = visits.map((v) => ({ ...v, createdBy: 'me' }));
    const result = changeSinceConfirmed(report('g1', at(12), { counts: confirmedCounts, createdBy: undefined }), { visits: mine, feverReports: [], householdGrid, day }, 'me');
    expect(result.changed).toBe(false);
  });

  it('countsDifference lists only the counts that differ, as now minus confirmed', () => {
    expect(countsDifference(COUNTS, { ...COUNTS, feversReported: 3, refused: 2, doorsKnocked: 5 })).toEqual({ feversReported: 2, refused: 2, doorsKnocked: 2 });
  });
});

describe('communityTotal', () => {
  it('sums the grids that reported and names the ones missing', () => {
    const total = communityTotal([
      { gridId: 'g1', counts: COUNTS },
      { gridId: 'g2', counts: null },
      { gridId: 'g3', counts: { ...ZERO_COUNTS, doorsKnocked: 4, visited: 1, refused: 3, residentsChecked: 2 } },
      { gridId: 'g4', counts: null },
    ]);
    expect(total).toEqual({
      counts: { doorsKnocked: 7, visited: 3, notHome: 1, refused: 3, residentsChecked: 6, feversFound: 1, feversReported: 1 },
      gridsReported: ['g1', 'g3'],
      gridsMissing: ['g2', 'g4'],
    });
  });

  it('with no report at all the sum is zero and every grid is missing', () => {
    expect(communityTotal([{ gridId: 'g1', counts: null }])).toEqual({ counts: ZERO_COUNTS, gridsReported: [], gridsMissing: ['g1'] });
  });
});

describe('reportingRates', () => {
  it('covers the 14 days up to the date', () => {
    const dates = periodDates(DAY);
    expect(dates).toHaveLength(14);
    expect(dates[0]).toBe('2026-11-12');
    expect(dates[13]).toBe(DAY);
  });

  it('counts days reported and days on time over 14, from the report that counts each day', () => {
    const reports: ConfirmedReport[] = [];
    // g1: reported 10 of the 14 days, 3 of them after 18:00.
    for (let back = 0; back < 10; back++) {
      const date = periodDates(DAY)[13 - back]!;
      reports.push(report('g1', at(back < 3 ? 19 : 17, 0, -back), { date }));
    }
    // A day before the period does not count.
    reports.push(report('g1', at(12, 0, -14), { date: '2026-11-11' }));
    // g2: one day, confirmed on time and then again late by another worker: the latest counts (late).
    reports.push(report('g2', at(9), { date: DAY }), report('g2', at(21), { date: DAY, createdBy: OTHER_WORKER }));
    const rates = reportingRates(['g1', 'g2', 'g3'], new LatestReports(reports), DAY);
    expect(rates).toEqual([
      { gridId: 'g1', expected: 14, reported: 10, onTime: 7, reportedRate: 10 / 14, onTimeRate: 7 / 14 },
      { gridId: 'g2', expected: 14, reported: 1, onTime: 0, reportedRate: 1 / 14, onTimeRate: 0 },
      { gridId: 'g3', expected: 14, reported: 0, onTime: 0, reportedRate: 0, onTimeRate: 0 },
    ]);
    // With a later deadline, g1's evening reports are on time.
    expect(reportingRates(['g1'], new LatestReports(reports), DAY, '20:00')[0]).toMatchObject({ reported: 10, onTime: 10 });
  });
});
