import { describe, expect, it } from 'vitest';
import { currentSeal, isDueToLift, sealDay } from '../../../../src/domain/sealing/seal-days';

const period = (id: string, startDate: string, extra: { liftedOn?: string; voidedAt?: string } = {}) => ({ id, buildingId: 'b', startDate, ...extra });

describe('seal days', () => {
  it('counts the start date as day 1, across months and years', () => {
    expect(sealDay('2026-11-30', '2026-11-30')).toBe(1);
    expect(sealDay('2026-11-17', '2026-11-30')).toBe(14);
    expect(sealDay('2026-12-25', '2027-01-02')).toBe(9);
    expect(sealDay('2026-12-01', '2026-11-30')).toBe(0);
  });

  it('is due to lift from day 14 on, not before', () => {
    expect(isDueToLift('2026-11-18', '2026-11-30')).toBe(false);
    expect(isDueToLift('2026-11-17', '2026-11-30')).toBe(true);
    expect(isDueToLift('2026-11-01', '2026-11-30')).toBe(true);
  });

  it('finds the period that holds today: started, not lifted, not voided; the latest start if several', () => {
    const periods = [
      period('1', '2026-10-01', { liftedOn: '2026-10-15' }),
      period('2', '2026-11-20'),
      period('3', '2026-11-25', { voidedAt: '2026-11-25T08:00:00Z' }),
      period('4', '2026-12-05'),
    ];
    expect(currentSeal(periods, '2026-11-30')?.id).toBe('2');
    expect(currentSeal(periods.slice(0, 1), '2026-11-30')).toBeUndefined();
  });
});
