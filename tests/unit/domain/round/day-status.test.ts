import { describe, expect, it } from 'vitest';
import type { VisitCheck } from '../../../../src/domain/entities/visit';
import { householdStatuses, isFeverCheck, type DayVisit } from '../../../../src/domain/round/day-status';

let seq = 0;
const visit = (householdId: string, at: string, outcome: DayVisit['outcome'], checks: VisitCheck[] = [], extra: Partial<DayVisit> = {}): DayVisit => ({
  id: `0193b0a0-0000-7000-8000-${String(++seq).padStart(12, '0')}`,
  householdId,
  visitedAt: at,
  outcome,
  checks,
  ...extra,
});

describe('day status', () => {
  it('counts 37.3 °C or a fever symptom as a fever, 37.2 without symptoms not', () => {
    expect(isFeverCheck({ temperature: 37.3, symptoms: [] })).toBe(true);
    expect(isFeverCheck({ temperature: 36.5, symptoms: ['fever'] })).toBe(true);
    expect(isFeverCheck({ temperature: 37.2, symptoms: ['cough'] })).toBe(false);
    expect(isFeverCheck({ symptoms: [] })).toBe(false);
  });

  it("takes the latest visit's outcome, compared as moments whatever the offset", () => {
    const statuses = householdStatuses([
      visit('h1', '2026-11-25T10:00:00+08:00', 'not_home'),
      visit('h1', '2026-11-25T03:00:00.000Z', 'visited'), // 11:00 in China: later
      visit('h2', '2026-11-25T09:00:00+08:00', 'refused'),
    ]);
    expect(Object.fromEntries(statuses)).toEqual({ h1: 'visited', h2: 'refused' });
  });

  it('on two visits at the same moment takes the later id, as the daily report does', () => {
    const statuses = householdStatuses([
      visit('h1', '2026-11-25T10:00:00+08:00', 'not_home', [], { id: '0193b0a0-0000-7000-8000-000000000001' }),
      visit('h1', '2026-11-25T10:00:00+08:00', 'visited', [], { id: '0193b0a0-0000-7000-8000-000000000002' }),
    ]);
    expect(statuses.get('h1')).toBe('visited');
  });

  it('marks a fever found at the door or reported, and ignores voided records', () => {
    const statuses = householdStatuses(
      [
        visit('h1', '2026-11-25T09:00:00+08:00', 'visited', [{ residentId: 'r', temperature: 38.1, symptoms: [] }]),
        visit('h2', '2026-11-25T09:00:00+08:00', 'visited', [{ residentId: 'r', temperature: 39, symptoms: [] }], { voidedAt: '2026-11-25T02:00:00Z' }),
        visit('h3', '2026-11-25T09:00:00+08:00', 'visited', [{ residentId: 'r', temperature: 36.5, symptoms: [] }]),
      ],
      [
        { householdId: 'h3', reportedAt: '2026-11-25T09:10:00+08:00' },
        { householdId: 'h4', reportedAt: '2026-11-25T09:10:00+08:00', voidedAt: '2026-11-25T02:00:00Z' },
      ],
    );
    expect(Object.fromEntries(statuses)).toEqual({ h1: 'fever', h3: 'fever' });
  });
});
