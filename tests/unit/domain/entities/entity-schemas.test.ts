import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { entitySchemas } from '../../../../src/domain/entities/registry';
import { fieldErrors } from '../../../../src/domain/validation-errors';
import {
  aBuilding,
  aCheckpointEntry,
  aFeverReport,
  aHousehold,
  aResident,
  aResidentCheckpointEntry,
  aShiftNote,
  aVisit,
  sampleIds,
} from '../../../fixtures/domain-records';
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
    expect(errorsOf(entitySchemas.checkpoint_entry, aResidentCheckpointEntry())).toEqual({});
    expect(errorsOf(entitySchemas.shift_note, aShiftNote())).toEqual({});
  });

  it('trims names and rejects blank or over-long ones', () => {
    expect(entitySchemas.resident.parse(aResident({ name: '  王五 ' })).name).toBe('王五');
    expect(errorsOf(entitySchemas.resident, aResident({ name: '   ' }))).toEqual({ name: 'name_required' });
    expect(errorsOf(entitySchemas.resident, aResident({ name: '张'.repeat(51) }))).toEqual({ name: 'name_too_long' });
    expect(errorsOf(entitySchemas.resident, aResident({ name: '张'.repeat(50) }))).toEqual({});
  });

  it('stores an id given in capitals in lower case, as the server holds ids (also inside lists)', () => {
    const upper = sampleIds.household.toUpperCase();
    expect(entitySchemas.resident.parse(aResident({ householdId: upper })).householdId).toBe(sampleIds.household);
    const visit = entitySchemas.visit.parse(aVisit({ householdId: upper, checks: [{ residentId: sampleIds.resident.toUpperCase(), symptoms: [] }] }));
    expect([visit.householdId, visit.checks[0]?.residentId]).toEqual([sampleIds.household, sampleIds.resident]);
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

  it('asks a visitor at the gate for a phone and a purpose, but not a resident', () => {
    const { phone: _phone, ...withoutPhone } = aCheckpointEntry();
    const { purpose: _purpose, ...withoutPurpose } = aCheckpointEntry();
    expect(errorsOf(entitySchemas.checkpoint_entry, withoutPhone)).toEqual({ phone: 'phone_required' });
    expect(errorsOf(entitySchemas.checkpoint_entry, withoutPurpose)).toEqual({ purpose: 'purpose_required' });
    expect(errorsOf(entitySchemas.checkpoint_entry, aCheckpointEntry({ purpose: 'tourist' }))).toEqual({ purpose: 'purpose_invalid' });
    expect(errorsOf(entitySchemas.checkpoint_entry, aCheckpointEntry({ phone: '12345' }))).toEqual({ phone: 'phone_invalid' });
    // The household visited is optional for a visitor and must be an id when given.
    expect(errorsOf(entitySchemas.checkpoint_entry, aCheckpointEntry({ householdId: sampleIds.household }))).toEqual({});
    expect(errorsOf(entitySchemas.checkpoint_entry, aCheckpointEntry({ householdId: '2-501' }))).toEqual({ householdId: 'invalid_id' });
    expect(errorsOf(entitySchemas.checkpoint_entry, aResidentCheckpointEntry({ householdId: undefined }))).toEqual({});
  });

  it('wants a reason for a refusal at the gate', () => {
    expect(errorsOf(entitySchemas.checkpoint_entry, aCheckpointEntry({ outcome: 'refused' }))).toEqual({ reason: 'reason_required' });
    expect(errorsOf(entitySchemas.checkpoint_entry, aCheckpointEntry({ outcome: 'refused', reason: '   ' }))).toEqual({ reason: 'reason_required' });
    expect(errorsOf(entitySchemas.checkpoint_entry, aCheckpointEntry({ outcome: 'refused', reason: '无来访事由' }))).toEqual({});
    expect(errorsOf(entitySchemas.checkpoint_entry, aCheckpointEntry({ outcome: 'refused', reason: 'x'.repeat(501) }))).toEqual({
      reason: 'notes_too_long',
    });
    // A referral of a fever needs no reason; a refused fever still does.
    expect(errorsOf(entitySchemas.checkpoint_entry, aCheckpointEntry({ temperature: 38.1, outcome: 'referred' }))).toEqual({});
    expect(errorsOf(entitySchemas.checkpoint_entry, aCheckpointEntry({ temperature: 38.1, outcome: 'refused' }))).toEqual({
      reason: 'reason_required',
    });
  });

  it('names every broken gate rule at once', () => {
    const { phone: _phone, purpose: _purpose, ...bare } = aCheckpointEntry({ healthCode: 'red' });
    expect(errorsOf(entitySchemas.checkpoint_entry, bare)).toEqual({
      outcome: 'fever_or_red_code_not_allowed',
      phone: 'phone_required',
      purpose: 'purpose_required',
    });
  });

  it('links a fever report to the gate entry it came from, by id', () => {
    const linked = aFeverReport({ householdId: undefined, residentId: undefined, checkpointEntryId: sampleIds.checkpointEntry });
    expect(errorsOf(entitySchemas.fever_report, linked)).toEqual({});
    expect(errorsOf(entitySchemas.fever_report, aFeverReport({ checkpointEntryId: 'entry-1' }))).toEqual({ checkpointEntryId: 'invalid_id' });
  });

  it('wants the text of a shift handover note, its checkpoint and the start of the shift', () => {
    expect(entitySchemas.shift_note.parse(aShiftNote({ note: '  一切正常 ' })).note).toBe('一切正常');
    expect(errorsOf(entitySchemas.shift_note, aShiftNote({ note: '  ' }))).toEqual({ note: 'note_required' });
    expect(errorsOf(entitySchemas.shift_note, aShiftNote({ note: undefined }))).toEqual({ note: 'note_required' });
    expect(errorsOf(entitySchemas.shift_note, aShiftNote({ note: 'x'.repeat(501) }))).toEqual({ note: 'notes_too_long' });
    expect(errorsOf(entitySchemas.shift_note, aShiftNote({ shiftStart: '07:00' }))).toEqual({ shiftStart: 'timestamp_invalid' });
    expect(errorsOf(entitySchemas.shift_note, aShiftNote({ checkpointId: undefined }))).toEqual({ checkpointId: 'invalid_id' });
  });

  it('requires timestamps with an offset', () => {
    expect(errorsOf(entitySchemas.visit, aVisit({ visitedAt: '2026-11-25 09:30' }))).toEqual({ visitedAt: 'timestamp_invalid' });
  });
});
