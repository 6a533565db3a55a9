import { describe, expect, it } from 'vitest';
import {
  feverReportsPerDay,
  gateEntriesPerHour,
  householdGridFromBuildings,
  householdsVisitedPerDay,
  trendDates,
} from '../../../../src/domain/trends/trend-counts';

/** Local time on a day of November 2026 (the phone's time zone, as the screen reads it). */
const at = (day: number, hour: number, minute = 0) => new Date(2026, 10, day, hour, minute).toISOString();

describe('trend dates', () => {
  it('are the 14 days ending today, oldest first, across a month’s end', () => {
    const dates = trendDates('2026-12-05');
    expect(dates).toHaveLength(14);
    expect(dates[0]).toBe('2026-11-22');
    expect(dates.at(-1)).toBe('2026-12-05');
    expect(dates).toContain('2026-11-30');
    expect(dates).toContain('2026-12-01');
  });
});

describe('fever reports per day', () => {
  const dates = trendDates('2026-11-30', 3);

  it('counts each day’s reports by action, leaving out voided reports and days outside the range', () => {
    const days = feverReportsPerDay(
      [
        { reportedAt: at(28, 9), action: 'fever_clinic' },
        { reportedAt: at(28, 23, 59), action: 'fever_clinic' },
        { reportedAt: at(30, 0, 0), action: 'home_isolation' },
        { reportedAt: at(30, 10), action: 'observation' },
        { reportedAt: at(30, 11), action: 'observation', voidedAt: at(30, 12) },
        { reportedAt: at(27, 23, 59), action: 'observation' },
      ],
      dates,
    );
    expect(days.map((day) => day.date)).toEqual(['2026-11-28', '2026-11-29', '2026-11-30']);
    expect(days[0]).toEqual({ date: '2026-11-28', byAction: { fever_clinic: 2, home_isolation: 0, observation: 0 }, total: 2 });
    expect(days[1]!.total).toBe(0);
    expect(days[2]).toEqual({ date: '2026-11-30', byAction: { fever_clinic: 0, home_isolation: 1, observation: 1 }, total: 2 });
  });
});

describe('households visited per day per grid', () => {
  const dates = trendDates('2026-11-30', 2);
  const householdGrid = new Map([
    ['h1', 'grid-a'],
    ['h2', 'grid-a'],
    ['h3', 'grid-b'],
    ['h4', 'grid-c'],
  ]);
  let n = 0;
  const visit = (householdId: string, outcome: 'visited' | 'not_home' | 'refused', visitedAt: string, extra: { voidedAt?: string; temperature?: number } = {}) => ({
    id: `v${String(++n).padStart(3, '0')}`,
    householdId,
    outcome,
    visitedAt,
    checks: extra.temperature === undefined ? [] : [{ residentId: `r-${householdId}`, temperature: extra.temperature, symptoms: [] }],
    voidedAt: extra.voidedAt,
  });

  it('counts a household once a day by its latest outcome, a fever found counting as visited', () => {
    const result = householdsVisitedPerDay(
      [
        // h1 on the 30th: twice visited → once.
        visit('h1', 'visited', at(30, 9)),
        visit('h1', 'visited', at(30, 15)),
        // h2 on the 30th: visited in the morning, nobody home later → not visited that day.
        visit('h2', 'visited', at(30, 8)),
        visit('h2', 'not_home', at(30, 16)),
        // h2 on the 29th: nobody home, then visited → visited.
        visit('h2', 'not_home', at(29, 8)),
        visit('h2', 'visited', at(29, 12)),
        // h3 on the 30th: a fever found → counts.
        visit('h3', 'visited', at(30, 10), { temperature: 38.4 }),
        // h3 on the 29th: refused → not visited; a voided visit never counts.
        visit('h3', 'refused', at(29, 10)),
        visit('h3', 'visited', at(29, 11), { voidedAt: at(29, 11, 5) }),
        // Outside the range; and a household whose grid is unknown.
        visit('h1', 'visited', at(28, 10)),
        visit('h9', 'visited', at(30, 10)),
      ],
      householdGrid,
      ['grid-a', 'grid-b'],
      dates,
    );
    expect(result.dates).toEqual(['2026-11-29', '2026-11-30']);
    expect(result.grids).toEqual([
      { gridId: 'grid-a', perDay: [1, 1] },
      { gridId: 'grid-b', perDay: [0, 1] },
    ]);
    expect(result.totals).toEqual([1, 2]);
  });

  it('lists a grid not among the known ones after them, and keeps known grids without visits at zero', () => {
    const result = householdsVisitedPerDay([visit('h4', 'visited', at(30, 9))], householdGrid, ['grid-a', 'grid-b'], dates);
    expect(result.grids.map((grid) => grid.gridId)).toEqual(['grid-a', 'grid-b', 'grid-c']);
    expect(result.grids[0]!.perDay).toEqual([0, 0]);
    expect(result.grids[2]!.perDay).toEqual([0, 1]);
    expect(result.totals).toEqual([0, 1]);
  });

  it('finds each household’s grid through its building', () => {
    const map = householdGridFromBuildings(
      new Map([
        ['b1', ['h1', 'h2']],
        ['b2', ['h3']],
        ['b-gone', ['h8']],
      ]),
      [
        { id: 'b1', gridId: 'grid-a' },
        { id: 'b2', gridId: 'grid-b' },
      ],
    );
    expect([...map].sort()).toEqual([
      ['h1', 'grid-a'],
      ['h2', 'grid-a'],
      ['h3', 'grid-b'],
    ]);
  });
});

describe('gate entries per hour', () => {
  it('counts the day’s entries of every checkpoint in its 24 local hours, in and out, leaving out voided ones', () => {
    const hours = gateEntriesPerHour(
      [
        { at: at(30, 0, 5), direction: 'in' },
        { at: at(30, 8, 0), direction: 'in' },
        { at: at(30, 8, 59), direction: 'out' },
        { at: at(30, 8, 30), direction: 'in', voidedAt: at(30, 8, 31) },
        { at: at(30, 23, 59), direction: 'out' },
        { at: at(29, 8, 10), direction: 'in' },
      ],
      '2026-11-30',
    );
    expect(hours).toHaveLength(24);
    expect(hours.map((hour) => hour.hour)).toEqual([...Array(24).keys()]);
    expect(hours[0]).toEqual({ hour: 0, byDirection: { in: 1, out: 0 }, total: 1 });
    expect(hours[8]).toEqual({ hour: 8, byDirection: { in: 1, out: 1 }, total: 2 });
    expect(hours[23]!.total).toBe(1);
    expect(hours.reduce((sum, hour) => sum + hour.total, 0)).toBe(4);
  });
});
