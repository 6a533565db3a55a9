import { describe, expect, it } from 'vitest';
import { applyPatch, patchSchemas } from '../../../../src/domain/entities/patch';
import { entitySchemas } from '../../../../src/domain/entities/registry';
import { fieldErrors } from '../../../../src/domain/validation-errors';
import { aHousehold, aResident } from '../../../fixtures/domain-records';

describe('patches', () => {
  it('accept a subset of fields and apply them over the record', () => {
    const patch = patchSchemas.household.parse({ status: 'vacant' });
    const merged = applyPatch(aHousehold(), patch);
    expect(merged).toMatchObject({ status: 'vacant', unit: '2', room: '501' });
    expect(entitySchemas.household.safeParse(merged).success).toBe(true);
  });

  it('clear an optional field with null', () => {
    const merged = applyPatch(aResident(), patchSchemas.resident.parse({ phone: null }));
    expect('phone' in merged).toBe(false);
  });

  it('refuse null for a required field and unknown fields', () => {
    const required = patchSchemas.resident.safeParse({ name: null });
    expect(required.success).toBe(false);
    const unknown = patchSchemas.resident.safeParse({ nickname: '小张' });
    expect(unknown.success ? {} : fieldErrors(unknown.error)).toEqual({ nickname: 'unknown_field' });
  });

  it('validate the fields they carry with the entity rules', () => {
    const result = patchSchemas.resident.safeParse({ idNumber: '123' });
    expect(result.success ? {} : fieldErrors(result.error)).toEqual({ idNumber: 'id_number_length' });
  });
});
