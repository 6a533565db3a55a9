import { describe, expect, it } from 'vitest';
import { contradictions, initialState, patchPayload, withBirthDate, withIdNumber, EMPTY_RESIDENT } from '../../../../src/features/households/resident-form-model';
import { makeIdNumber } from '../../../fixtures/id-number-factory';

describe('resident form model', () => {
  it('keeps a birth date typed by hand when a valid ID arrives, and names the contradiction', () => {
    const typed = withBirthDate(initialState(), '1950-01-01');
    const next = withIdNumber(typed, makeIdNumber({ birthDate: '1948-03-02', sex: 'female' }));
    expect(next.values.birthDate).toBe('1950-01-01');
    expect(next.values.sex).toBe('female');
    expect(contradictions(next.values)).toEqual({ birthDate: '1948-03-02', sex: null });
  });

  it('patches nothing when nothing changed, tags compared as a set', () => {
    const before = { ...EMPTY_RESIDENT, name: '张三', tags: ['elderly_alone' as const, 'renter' as const] };
    expect(patchPayload(before, { ...before, name: ' 张三 ', tags: ['renter', 'elderly_alone'] })).toEqual({});
  });
});
