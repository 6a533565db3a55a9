import { describe, expect, it } from 'vitest';
import { LocalValidationError, StorageFullError, writeFailureKeys } from '../../../src/data/data-client';

describe('writeFailureKeys', () => {
  it('names each wrong field with its validation message and puts the "check the fields" banner up', () => {
    expect(writeFailureKeys(new LocalValidationError({ phone: 'phone_invalid' }), 'households.fixErrors')).toEqual({
      fields: { phone: ['validation.phone_invalid', 'validation.invalid_value'] },
      banner: ['households.fixErrors'],
    });
  });

  it('explains a full storage in the banner, and anything else as an unknown error, with no field marked', () => {
    expect(writeFailureKeys(new StorageFullError(), 'households.fixErrors')).toEqual({
      fields: {},
      banner: ['errors.STORAGE_FULL', 'errors.UNKNOWN'],
    });
    expect(writeFailureKeys(new Error('boom'), 'households.fixErrors')).toEqual({ fields: {}, banner: ['errors.UNKNOWN'] });
  });
});
