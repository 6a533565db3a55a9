import { describe, expect, it } from 'vitest';
import { ageOn } from '../../../../src/domain/round/age-on';

describe('ageOn', () => {
  it('counts whole years, turning a year older on the birthday', () => {
    expect(ageOn('1948-03-02', '2026-03-01')).toBe(77);
    expect(ageOn('1948-03-02', '2026-03-02')).toBe(78);
    expect(ageOn('2000-12-31', '2026-11-25')).toBe(25);
  });

  it('is null without a usable birth date or for a date after the reference', () => {
    expect(ageOn(undefined, '2026-11-25')).toBeNull();
    expect(ageOn('1948-3-2', '2026-11-25')).toBeNull();
    expect(ageOn('not a date', '2026-11-25')).toBeNull();
    expect(ageOn('1948-02-30', '2026-11-25')).toBeNull();
    expect(ageOn('2027-01-01', '2026-11-25')).toBeNull();
  });
});
