import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../src/data/api/api-error';
import { CodedError, describeWriteFailure, LocalValidationError } from '../../../src/shared/write-failure';

describe('what a failed write means for its form', () => {
  it('names the wrong fields whether the phone or the server judged them', () => {
    expect(describeWriteFailure(new LocalValidationError({ name: 'name_required' }))).toEqual({ kind: 'invalid', fields: { name: 'name_required' } });
    const server = new ApiError(400, 'VALIDATION', 'Invalid input', { buildingIds: 'not_found' });
    expect(describeWriteFailure(server)).toEqual({ kind: 'invalid', fields: { buildingIds: 'not_found' } });
  });

  it('explains any other failure by its code, fields or not', () => {
    expect(describeWriteFailure(new ApiError(409, 'PHONE_IN_USE', 'taken'))).toEqual({ kind: 'failed', code: 'PHONE_IN_USE' });
    expect(describeWriteFailure(new ApiError(400, 'VALIDATION', 'no fields'))).toEqual({ kind: 'failed', code: 'VALIDATION' });
    expect(describeWriteFailure(new ApiError(400, 'BAD_REQUEST', 'deep', { body: 'too_deep' }))).toEqual({ kind: 'failed', code: 'BAD_REQUEST' });
    expect(describeWriteFailure(new CodedError('STORAGE_FULL', 'full'))).toEqual({ kind: 'failed', code: 'STORAGE_FULL' });
    expect(describeWriteFailure(new Error('?'))).toEqual({ kind: 'failed', code: null });
  });
});
