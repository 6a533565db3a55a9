import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkIdNumber, idNumberInfo } from '../../../src/domain/id-number';
import { makeIdNumber, withWrongCheckChar } from '../../fixtures/id-number-factory';

describe('resident ID number (GB 11643-1999)', () => {
  it('accepts the example number from the standard, with X as check character', () => {
    const result = checkIdNumber('11010519491231002X');
    expect(result).toEqual({ ok: true, value: '11010519491231002X', info: { birthDate: '1949-12-31', sex: 'female' } });
  });

  it('accepts a lower-case x and surrounding spaces, normalising them', () => {
    const result = checkIdNumber(' 11010519491231002x ');
    expect(result.ok && result.value).toBe('11010519491231002X');
  });

  it('derives birth date and sex from generated numbers', () => {
    expect(idNumberInfo(makeIdNumber({ birthDate: '1950-02-28', sex: 'male' }))).toEqual({ birthDate: '1950-02-28', sex: 'male' });
    expect(idNumberInfo(makeIdNumber({ birthDate: '2000-02-29', sex: 'female' }))).toEqual({ birthDate: '2000-02-29', sex: 'female' });
  });

  it('agrees with an independent check-character implementation for any valid birth date and sequence', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2024-12-31T00:00:00Z'), noInvalidDate: true }),
        fc.integer({ min: 0, max: 99 }),
        fc.constantFrom('male' as const, 'female' as const),
        fc.constantFrom('110101', '310104', '420106', '440305', '510107', '650102'),
        (date, sequence, sex, region) => {
          const birthDate = date.toISOString().slice(0, 10);
          const id = makeIdNumber({ birthDate, sequence, sex, region });
          const result = checkIdNumber(id);
          expect(result).toEqual({ ok: true, value: id, info: { birthDate, sex } });
          expect(checkIdNumber(withWrongCheckChar(id))).toEqual({ ok: false, error: 'id_number_checksum' });
        },
      ),
      { seed: 20261125, numRuns: 300 },
    );
  });

  it.each([
    ['too short', '11010519491231002', 'id_number_length'],
    ['15-digit old format', '110105491231002', 'id_number_length'],
    ['letters in the body', '1101051949123A002X', 'id_number_format'],
    ['X not in last place', '11010519491231X020', 'id_number_format'],
    ['unknown province code 99', makeIdNumber({ region: '990101' }), 'id_number_region'],
    ['region starting with 0', makeIdNumber({ region: '010101' }), 'id_number_region'],
    ['30 February', makeIdNumber({ birthDate: '1990-02-30' }), 'id_number_birth_date'],
    ['29 February in a common year', makeIdNumber({ birthDate: '1999-02-29' }), 'id_number_birth_date'],
    ['month 13', makeIdNumber({ birthDate: '1990-13-01' }), 'id_number_birth_date'],
    ['born before 1900', makeIdNumber({ birthDate: '1899-12-31' }), 'id_number_birth_date'],
    ['wrong check character', withWrongCheckChar('11010519491231002X'), 'id_number_checksum'],
  ])('rejects %s', (_label, value, error) => {
    expect(checkIdNumber(value)).toEqual({ ok: false, error });
  });

  it('rejects a birth date in the future', () => {
    const id = makeIdNumber({ birthDate: '2030-01-01' });
    expect(checkIdNumber(id, '2026-11-25')).toEqual({ ok: false, error: 'id_number_birth_date' });
    expect(checkIdNumber(id, '2030-01-01').ok).toBe(true);
  });
});
