import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { entitySchemas } from '../../../../src/domain/entities/registry';
import { fieldErrors } from '../../../../src/domain/validation-errors';
import { aBuilding, aCheckpointEntry, aFeverReport, aHousehold, aResident, aVisit } from '../../../fixtures/domain-records';
import { withWrongCheckChar } from '../../../fixtures/id-number-factory';

function errorsOf(schema: z.ZodType, value: unknown): Record<string, string> {
  const result = schema.safeParse(value);
  return result.success ? {} : fieldErrors(result.error);
}

describe('entity schemas', () => {
  it('accept a valid record of every writable entity', () => {
    expect(errorsOf(entitySchemas.building, aBuilding())).toEqual({});
    expect(errorsOf(entitySchemas.household, aHousehold())).toEqual({});
    expect(errorsOf(entitySchemas.resident, aResident())).toEqual({});
    expect(errorsOf(entitySchemas.visit, aVisit())).toEqual({});
    expect(errorsOf(entitySchemas.fever_report, aFeverReport())).toEqual({});
    expect(errorsOf(entitySchemas.checkpoint_entry, aCheckpointEntry())).toEqual({});
  });

  it('trims names and rejects blank or over-long ones', () => {
    expect(entitySchemas.resident.parse(aResident({ name: '  王五 ' })).name).toBe('王五');
    expect(errorsOf(entitySchemas.resident, aResident({ name: '   ' }))).toEqual({ name: 'name_required' });
    expect(errorsOf(entitySchemas.resident, aResident({ name: '张'.repeat(51) }))).toEqual({ name: 'name_too_long' });
    expect(errorsOf(entitySchemas.resident, aResident({ name: '张'.repeat(50) }))).toEqual({});
  });

  it('limits notes to 500 characters', () => {
    expect(errorsOf(entitySchemas.household, aHousehold({ notes: 'x'.repeat(501) }))).toEqual({ notes: 'notes_too_long' });
    expect(errorsOf(entitySchemas.household, aHousehold({ notes: 'x'.repeat(500) }))).toEqual({});
  });

  it('treats the ID number as optional but checks it when given', () => {
    const { idNumber: _omit, ...withoutId } = aResident();
    expect(errorsOf(entitySchemas.resident, withoutId)).toEqual({});
    expect(errorsOf(entitySchemas.resident, aResident({ idNumber: withWrongCheckChar(aResident().idNumber) }))).toEqual({
      idNumber: 'id_number_checksum',
    });
  });

  it('wants a mobile number for residents, and accepts a landline for households', () => {
    expect(errorsOf(entitySchemas.resident, aResident({ phone: '027-87654321' }))).toEqual({ phone: 'phone_invalid' });
    expect(errorsOf(entitySchemas.household, aHousehold({ phone: '027-87654321' }))).toEqual({});
    expect(errorsOf(entitySchemas.household, aHousehold({ phone: '12345' }))).toEqual({ phone: 'phone_or_landline_invalid' });
  });

  it('rejects unknown tags and symptoms, and duplicates', () => {
    expect(errorsOf(entitySchemas.resident, aResident({ tags: ['vip'] }))).toEqual({ 'tags.0': 'tag_invalid' });
    expect(errorsOf(entitySchemas.resident, aResident({ tags: ['renter', 'renter'] }))).toEqual({ tags: 'tag_duplicate' });
    expect(errorsOf(entitySchemas.fever_report, aFeverReport({ symptoms: ['sneezing'] }))).toEqual({ 'symptoms.0': 'symptom_invalid' });
  });

  it('rejects a birth date in the future', () => {
    expect(errorsOf(entitySchemas.resident, aResident({ birthDate: '2999-01-01' }))).toEqual({ birthDate: 'date_in_future' });
  });

  it('checks temperatures on visits, fever reports and gate entries', () => {
    const visit = aVisit({ checks: [{ residentId: aVisit().checks[0]!.residentId, temperature: 45, symptoms: [] }] });
    expect(errorsOf(entitySchemas.visit, visit)).toEqual({ 'checks.0.temperature': 'temperature_range' });
    expect(errorsOf(entitySchemas.fever_report, aFeverReport({ temperature: 38.25 }))).toEqual({ temperature: 'temperature_precision' });
    expect(errorsOf(entitySchemas.checkpoint_entry, aCheckpointEntry({ temperature: 'hot' }))).toEqual({ temperature: 'temperature_required' });
  });

  it('records temperatures only for doors that were answered', () => {
    expect(errorsOf(entitySchemas.visit, aVisit({ outcome: 'not_home' }))).toEqual({ checks: 'checks_only_when_visited' });
    expect(errorsOf(entitySchemas.visit, aVisit({ outcome: 'not_home', checks: [] }))).toEqual({});
  });

  it('never lets a fever or a red health code through a gate', () => {
    expect(errorsOf(entitySchemas.checkpoint_entry, aCheckpointEntry({ temperature: 37.3 }))).toEqual({ outcome: 'fever_or_red_code_not_allowed' });
    expect(errorsOf(entitySchemas.checkpoint_entry, aCheckpointEntry({ healthCode: 'red' }))).toEqual({ outcome: 'fever_or_red_code_not_allowed' });
    expect(errorsOf(entitySchemas.checkpoint_entry, aCheckpointEntry({ temperature: 37.3, outcome: 'referred' }))).toEqual({});
  });

  it('requires timestamps with an offset', () => {
    expect(errorsOf(entitySchemas.visit, aVisit({ visitedAt: '2026-11-25 09:30' }))).toEqual({ visitedAt: 'timestamp_invalid' });
  });
});
