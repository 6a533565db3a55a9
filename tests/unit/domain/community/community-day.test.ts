import { describe, expect, it } from 'vitest';
import { computeCommunityDay } from '../../../../src/domain/community/community-day';
import { computeDailyCounts } from '../../../../src/domain/round/daily-counts';
import { localDay } from '../../../../src/shared/local-date';

const WORKER_A = 'user-a';
const WORKER_B = 'user-b';
const day = localDay('2026-11-30');
const at = (hour: number) => new Date(2026, 10, 30, hour).toISOString();
const householdGrid = new Map([
  ['h1', 'grid-a'],
  ['h2', 'grid-a'],
  ['h3', 'grid-a'],
  ['h4', 'grid-b'],
  ['h5', 'grid-b'],
]);
let n = 0;
const visit = (householdId: string, outcome: 'visited' | 'not_home' | 'refused', createdBy: string, hour: number, extra: { voidedAt?: string; temperature?: number } = {}) => ({
  id: `v${++n}`,
  householdId,
  outcome,
  visitedAt: at(hour),
  checks: extra.temperature === undefined ? [] : [{ residentId: `r-${householdId}`, temperature: extra.temperature, symptoms: [] }],
  createdBy,
  voidedAt: extra.voidedAt,
});
const visits = [
  visit('h1', 'not_home', WORKER_A, 8),
  visit('h1', 'visited', WORKER_A, 11, { temperature: 38.5 }),
  visit('h2', 'refused', WORKER_A, 9),
  visit('h4', 'visited', WORKER_B, 9, { temperature: 36.5 }),
  visit('h5', 'visited', WORKER_B, 10, { voidedAt: at(10), temperature: 36.6 }),
];
const feverReports = [
  { householdId: 'h1', residentId: 'r-h1', reportedAt: at(11), createdBy: WORKER_A, action: 'home_isolation' as const },
  { name: '路人', reportedAt: at(12), createdBy: WORKER_B, action: 'fever_clinic' as const },
  { householdId: 'h4', residentId: 'r-h4', reportedAt: at(12), createdBy: WORKER_B, action: 'observation' as const, voidedAt: at(13) },
];

describe('the community’s day', () => {
  const result = computeCommunityDay({
    gridIds: ['grid-a', 'grid-b'],
    visits,
    feverReports,
    householdGrid,
    householdsPerGrid: new Map([
      ['grid-a', 3],
      ['grid-b', 2],
    ]),
    day,
    confirmedGridIds: new Set(['grid-a']),
    firstGridOf: (userId) => ({ [WORKER_A]: 'grid-a', [WORKER_B]: 'grid-b' })[userId],
  });

  it('gives each grid the counts its worker’s own daily report computes from the same records', () => {
    const own = (gridId: string, userId: string) =>
      computeDailyCounts({ visits, feverReports, householdGrid, gridId, day, userId, includeDirectReports: true });
    expect(result.grids[0]!.counts).toEqual(own('grid-a', WORKER_A));
    expect(result.grids[1]!.counts).toEqual(own('grid-b', WORKER_B));
    expect(own('grid-a', WORKER_A)).toMatchObject({ doorsKnocked: 2, visited: 1, refused: 1, notHome: 0, feversFound: 1, feversReported: 1 });
    expect(own('grid-b', WORKER_B)).toMatchObject({ doorsKnocked: 1, visited: 1, feversReported: 1 });
  });

  it('sums the grids: households, visited, nobody home, refused, not knocked yet, fevers', () => {
    expect(result.households).toBe(5);
    expect(result.counts).toMatchObject({ doorsKnocked: 3, visited: 2, notHome: 0, refused: 1, feversFound: 1 });
    expect(result.notKnocked).toBe(2);
  });

  it('counts a report made directly (no household) once, and today’s reports by action without voided ones', () => {
    expect(result.counts.feversReported).toBe(2);
    expect(result.reportsByAction).toEqual({ fever_clinic: 1, home_isolation: 1, observation: 0 });
  });

  it('names the grids that have not confirmed the day', () => {
    expect(result.unconfirmedGridIds).toEqual(['grid-b']);
  });
});
