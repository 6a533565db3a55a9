/** Issue 11, item 6: plausible times, birth dates and names, and one check per resident per visit (writes only). */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { z } from 'zod';
import { entitySchemas } from '../../../src/domain/entities/registry';
import { patchSchemas } from '../../../src/domain/entities/patch';
import { parseStoredRecord } from '../../../src/domain/entities/stored-record-schemas';
import { hasVisibleCharacter, timestampProblem } from '../../../src/domain/plausible-values';
import { mutationSchema } from '../../../src/domain/sync-protocol';
import { fieldErrors } from '../../../src/domain/validation-errors';
import {
  aBuilding,
  aCheckpointEntry,
  aFeverReport,
  aResident,
  aShiftNote,
  aVisit,
  sampleIds,
} from '../../fixtures/domain-records';

const NOW = Date.parse('2026-11-30T10:00:00Z');
const HOUR = 3_600_000;

function errorsOf(schema: z.ZodType, value: unknown): Record<string, string> {
  const result = schema.safeParse(value);
  return result.success ? {} : fieldErrors(result.error);
}

describe('timestampProblem', () => {
  it('accepts the first day of December 2019 and refuses the day before', () => {
    expect(timestampProblem('2019-12-01T00:00:00+08:00', NOW)).toBeNull();
    expect(timestampProblem('2019-12-01T00:00:00Z', NOW)).toBeNull();
    expect(timestampProblem('2019-11-30T00:00:00Z', NOW)).toBe('timestamp_too_early');
    expect(timestampProblem('1900-01-01T00:00:00+08:00', NOW)).toBe('timestamp_too_early');
  });

  it('accepts up to a day ahead of the clock (a fast phone) and refuses beyond', () => {
    expect(timestampProblem(new Date(NOW + 23 * HOUR).toISOString(), NOW)).toBeNull();
    expect(timestampProblem(new Date(NOW + 24 * HOUR).toISOString(), NOW)).toBeNull();
    expect(timestampProblem(new Date(NOW + 25 * HOUR).toISOString(), NOW)).toBe('timestamp_in_future');
    expect(timestampProblem('2999-01-01T00:00:00+08:00', NOW)).toBe('timestamp_in_future');
  });

  it('refuses what does not parse', () => {
    expect(timestampProblem('garbage', NOW)).toBe('timestamp_invalid');
  });
});

describe('hasVisibleCharacter', () => {
  it('refuses names of only whitespace, zero-width, format or control characters', () => {
    for (const name of ['\u200B', '\u200B\u200C\u200D', '\u2060\uFEFF', ' \u3000\u00A0', '\u0001\u007F', '\u202E\u200E', '\u3164']) {
      expect(hasVisibleCharacter(name), JSON.stringify(name)).toBe(false);
    }
  });

  it('accepts names with something visible in them', () => {
    for (const name of ['  张三 ', 'A', '\u200B王\u200B', 'Zoë', '1']) expect(hasVisibleCharacter(name), name).toBe(true);
  });
});

describe('write schemas (the validating clock read at parse time)', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(NOW);
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('refuse implausible times on every timestamp field and on a mutation’s recordedAt', () => {
    const later = new Date(NOW + 25 * HOUR).toISOString();
    expect(errorsOf(entitySchemas.visit, aVisit({ visitedAt: '2999-01-01T08:00:00+08:00' }))).toEqual({ visitedAt: 'timestamp_in_future' });
    expect(errorsOf(entitySchemas.visit, aVisit({ visitedAt: '1900-01-01T08:00:00+08:00' }))).toEqual({ visitedAt: 'timestamp_too_early' });
    expect(errorsOf(entitySchemas.visit, aVisit({ visitedAt: new Date(NOW + 23 * HOUR).toISOString() }))).toEqual({});
    expect(errorsOf(entitySchemas.fever_report, aFeverReport({ reportedAt: later }))).toEqual({ reportedAt: 'timestamp_in_future' });
    expect(errorsOf(entitySchemas.checkpoint_entry, aCheckpointEntry({ at: later }))).toEqual({ at: 'timestamp_in_future' });
    expect(errorsOf(entitySchemas.shift_note, aShiftNote({ shiftStart: '2019-11-30T07:00:00+08:00' }))).toEqual({
      shiftStart: 'timestamp_too_early',
    });
    const mutation = { mutationId: 'm1', entity: 'visit', op: 'create', id: sampleIds.household, data: {} };
    expect(errorsOf(mutationSchema, { ...mutation, recordedAt: 'garbage' })).toEqual({ recordedAt: 'timestamp_invalid' });
    expect(errorsOf(mutationSchema, { ...mutation, recordedAt: later })).toEqual({ recordedAt: 'timestamp_in_future' });
    expect(errorsOf(mutationSchema, { ...mutation, recordedAt: new Date(NOW).toISOString() })).toEqual({});
  });

  it('reads the clock when parsing: a time refused today is accepted two days later', () => {
    const visit = aVisit({ visitedAt: new Date(NOW + 36 * HOUR).toISOString() });
    expect(errorsOf(entitySchemas.visit, visit)).toEqual({ visitedAt: 'timestamp_in_future' });
    vi.setSystemTime(NOW + 48 * HOUR);
    expect(errorsOf(entitySchemas.visit, visit)).toEqual({});
  });

  it('take birth dates from 1900 and not in the future, on create and patch', () => {
    expect(errorsOf(entitySchemas.resident, aResident({ birthDate: '1900-01-01' }))).toEqual({});
    expect(errorsOf(entitySchemas.resident, aResident({ birthDate: '1899-12-31' }))).toEqual({ birthDate: 'date_too_early' });
    expect(errorsOf(entitySchemas.resident, aResident({ birthDate: '0001-01-01' }))).toEqual({ birthDate: 'date_too_early' });
    expect(errorsOf(entitySchemas.resident, aResident({ birthDate: '2026-12-05' }))).toEqual({ birthDate: 'date_in_future' });
    expect(errorsOf(patchSchemas.resident, { birthDate: '0001-01-01' })).toEqual({ birthDate: 'date_too_early' });
  });

  it('take epidemic dates from 2019-12-01', () => {
    expect(errorsOf(entitySchemas.fever_report, aFeverReport({ onsetDate: '2019-12-01' }))).toEqual({});
    expect(errorsOf(entitySchemas.fever_report, aFeverReport({ onsetDate: '2019-11-30' }))).toEqual({ onsetDate: 'date_too_early' });
    expect(errorsOf(entitySchemas.building, aBuilding({ sealed: true, sealedSince: '1900-01-01' }))).toEqual({
      sealedSince: 'date_too_early',
    });
  });

  it('want a visible character in every name of a person', () => {
    expect(entitySchemas.resident.parse(aResident({ name: '  张三 ' })).name).toBe('张三');
    expect(errorsOf(entitySchemas.resident, aResident({ name: '\u200B\u200C\u200D' }))).toEqual({ name: 'name_invisible' });
    expect(errorsOf(entitySchemas.checkpoint_entry, aCheckpointEntry({ name: '\u2060\uFEFF' }))).toEqual({ name: 'name_invisible' });
    expect(errorsOf(entitySchemas.fever_report, aFeverReport({ name: '\u200B' }))).toEqual({ name: 'name_invisible' });
    expect(errorsOf(patchSchemas.resident, { name: '\u200B' })).toEqual({ name: 'name_invisible' });
    expect(errorsOf(entitySchemas.resident, aResident({ name: '   ' }))).toEqual({ name: 'name_required' });
  });

  it('check each resident at most once per visit', () => {
    const check = (temperature: number) => ({ residentId: sampleIds.resident, temperature, symptoms: [] });
    expect(errorsOf(entitySchemas.visit, aVisit({ checks: [check(36.6), check(39.0)] }))).toEqual({ checks: 'resident_checked_twice' });
    const upper = { ...check(39.0), residentId: sampleIds.resident.toUpperCase() };
    expect(errorsOf(entitySchemas.visit, aVisit({ checks: [check(36.6), upper] }))).toEqual({ checks: 'resident_checked_twice' });
    expect(errorsOf(entitySchemas.visit, aVisit({ checks: [check(36.6), { ...check(36.8), residentId: sampleIds.household }] }))).toEqual({});
  });
});

describe('stored records (the read path)', () => {
  const meta = { id: sampleIds.household, version: 1 };
  const check = (temperature: number) => ({ residentId: sampleIds.resident, temperature, symptoms: [] });
  const written = {
    visit: aVisit({ visitedAt: '2999-01-01T08:00:00+08:00', checks: [check(36.6), check(39.0)] }),
    resident: aResident({ name: '\u200B', birthDate: '0001-01-01' }),
    fever_report: aFeverReport({ reportedAt: '1900-01-01T00:00:00Z', name: '\u200B' }),
    checkpoint_entry: aCheckpointEntry({ at: '2999-01-01T00:00:00Z' }),
    shift_note: aShiftNote({ shiftStart: '1900-01-01T00:00:00Z' }),
    building: aBuilding({ name: '\u2060', sealed: true, sealedSince: '1900-01-01' }),
  } as const;

  it('stay readable with values written before these rules, which a write now refuses', () => {
    for (const [entity, data] of Object.entries(written) as [keyof typeof written, Record<string, unknown>][]) {
      expect(errorsOf(entitySchemas[entity], data), entity).not.toEqual({});
      expect(parseStoredRecord(entity, { ...data, ...meta }).ok, entity).toBe(true);
    }
  });
});
