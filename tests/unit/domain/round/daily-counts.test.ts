import { describe, expect, it } from 'vitest';
import { dailyReportCountsSchema } from '../../../../src/domain/entities/daily-report';
import { computeDailyCounts, type DailyCountsInput } from '../../../../src/domain/round/daily-counts';
import type { VisitCheck } from '../../../../src/domain/entities/visit';
import type { Symptom } from '../../../../src/domain/fields';
import type { DayFeverReport, DayVisit } from '../../../../src/domain/round/day-status';
import { localDay } from '../../../../src/shared/local-date';

const ME = 'user-me';
const OTHER = 'user-other';
const GRID = 'grid-1';
const OTHER_GRID = 'grid-2';
const DAY = '2026-11-25';

/** An ISO timestamp at a local time of DAY (or a day before/after), whatever the machine's time zone. */
function at(hour: number, minute = 0, dayOffset = 0): string {
  return new Date(2026, 10, 25 + dayOffset, hour, minute).toISOString();
}

const householdGrid = new Map([
  ['h1', GRID],
  ['h2', GRID],
  ['h3', GRID],
  ['h4', GRID],
  ['elsewhere', OTHER_GRID],
]);

let nextId = 0;
function visit(householdId: string, outcome: DayVisit['outcome'], visitedAt: string, extra: Partial<DayVisit> = {}): DayVisit {
  nextId++;
  return { id: `v${String(nextId).padStart(3, '0')}`, householdId, outcome, visitedAt, checks: [], createdBy: ME, ...extra };
}
const check = (residentId: string, temperature?: number, symptoms: Symptom[] = []): VisitCheck => ({ residentId, temperature, symptoms });
function report(extra: Partial<DayFeverReport> = {}): DayFeverReport {
  return { householdId: 'h1', residentId: 'r1', reportedAt: at(10), createdBy: ME, ...extra };
}

function counts(visits: DayVisit[], feverReports: DayFeverReport[] = [], extra: Partial<DailyCountsInput> = {}) {
  return computeDailyCounts({ visits, feverReports, householdGrid, gridId: GRID, day: localDay(DAY), userId: ME, ...extra });
}

describe('computeDailyCounts', () => {
  it('counts each household once with its latest outcome, so the outcomes add up to the doors knocked', () => {
    const result = counts([
      visit('h1', 'visited', at(11)),
      visit('h1', 'not_home', at(9)),
      visit('h2', 'visited', at(9)),
      visit('h2', 'refused', at(15)),
      visit('h3', 'not_home', at(10)),
      visit('h4', 'not_home', at(8)),
      visit('h4', 'not_home', at(16)),
    ]);
    expect(result).toMatchObject({ doorsKnocked: 4, visited: 1, notHome: 2, refused: 1 });
    expect(dailyReportCountsSchema.safeParse(result).success).toBe(true);
  });

  it('leaves out voided records, other users’ records, other grids and other days', () => {
    const result = counts(
      [
        visit('h1', 'visited', at(9), { voidedAt: at(9, 5), checks: [check('r1', 38.5)] }),
        visit('h2', 'visited', at(9), { createdBy: OTHER, checks: [check('r2', 36.5)] }),
        visit('elsewhere', 'visited', at(9), { checks: [check('r9', 36.5)] }),
        visit('h3', 'visited', at(23, 59, -1), { checks: [check('r3', 36.5)] }),
        visit('h3', 'visited', at(0, 0, 1), { checks: [check('r3', 36.5)] }),
        visit('unknown-household', 'visited', at(9)),
      ],
      [
        report({ voidedAt: at(10, 5) }),
        report({ createdBy: OTHER }),
        report({ householdId: 'elsewhere' }),
        report({ reportedAt: at(10, 0, -1) }),
      ],
    );
    expect(result).toEqual({ doorsKnocked: 0, visited: 0, notHome: 0, refused: 0, residentsChecked: 0, feversFound: 0, feversReported: 0 });
  });

  it('counts a record without createdBy (saved on this phone, not sent yet) as the user’s', () => {
    const unsent = visit('h1', 'visited', at(9), { checks: [check('r1', 36.4)], createdBy: undefined });
    expect(counts([unsent])).toMatchObject({ doorsKnocked: 1, visited: 1, residentsChecked: 1 });
  });

  it('counts distinct residents checked in visited visits, and distinct residents with a fever', () => {
    const result = counts([
      visit('h1', 'visited', at(9), { checks: [check('r1', 36.5), check('r2', 37.8)] }),
      visit('h1', 'visited', at(12), { checks: [check('r1', 36.6), check('r2', 37.6)] }),
      visit('h2', 'visited', at(10), { checks: [check('r3', undefined, ['fever']), check('r4', 37.2, ['cough'])] }),
    ]);
    expect(result).toMatchObject({ doorsKnocked: 2, visited: 2, residentsChecked: 4, feversFound: 2 });
  });

  it('tells fevers found from fevers reported', () => {
    const visits = [visit('h1', 'visited', at(9), { checks: [check('r1', 38.2), check('r2', 37.5)] })];
    expect(counts(visits, [report({ residentId: 'r1' })])).toMatchObject({ feversFound: 2, feversReported: 1 });
    // A resident reported twice (e.g. the first report voided and made again, or made twice) is one report.
    expect(counts(visits, [report({ residentId: 'r1' }), report({ residentId: 'r1' }), report({ residentId: 'r2' })])).toMatchObject({
      feversFound: 2,
      feversReported: 2,
    });
  });

  it('counts a direct report (no household) only where the caller says so', () => {
    const direct = report({ householdId: undefined, residentId: undefined });
    expect(counts([], [direct]).feversReported).toBe(0);
    expect(counts([], [direct], { includeDirectReports: true }).feversReported).toBe(1);
    expect(counts([], [direct], { includeDirectReports: true, gridId: OTHER_GRID }).feversReported).toBe(1);
  });
});
