import { describe, expect, it } from 'vitest';
import { applyEdits, fieldKind, getAtPath, parseInput } from '../../../../src/features/attention/mutation-fields';

describe('mutation fields', () => {
  const visit = { householdId: 'h1', outcome: 'visited', checks: [{ residentId: 'r1', temperature: 3.7, symptoms: [] }] };

  it('reads and writes nested paths without touching the original', () => {
    expect(getAtPath(visit, 'checks.0.temperature')).toBe(3.7);
    const fixed = applyEdits(visit, [{ path: 'checks.0.temperature', value: 37.0, empty: false }], 'create');
    expect(fixed).toEqual({ ...visit, checks: [{ residentId: 'r1', temperature: 37, symptoms: [] }] });
    expect(visit.checks[0]?.temperature).toBe(3.7);
  });

  it('removes an emptied field of a create, and nulls a top-level field of a patch', () => {
    expect(applyEdits({ name: 'A', phone: 'x' }, [{ path: 'phone', value: undefined, empty: true }], 'create')).toEqual({ name: 'A' });
    expect(applyEdits({ phone: 'x' }, [{ path: 'phone', value: undefined, empty: true }], 'patch')).toEqual({ phone: null });
  });

  it('parses numbers, comma decimals and lists', () => {
    expect(parseInput(' 38,2 ', 'decimal')).toEqual({ ok: true, value: 38.2, empty: false });
    expect(parseInput('abc', 'integer')).toEqual({ ok: false });
    expect(parseInput('fever, cough', 'list')).toEqual({ ok: true, value: ['fever', 'cough'], empty: false });
    expect(parseInput('  ', 'text')).toEqual({ ok: true, value: undefined, empty: true });
  });

  it('edits text, numbers and string lists but not objects or whole-record errors', () => {
    expect(fieldKind('temperature', 36.5)).toBe('decimal');
    expect(fieldKind('floors', undefined)).toBe('integer');
    expect(fieldKind('phone', '138')).toBe('phone');
    expect(fieldKind('tags', ['renter'])).toBe('list');
    expect(fieldKind('checks.0', { residentId: 'r1' })).toBeNull();
    expect(fieldKind('sealed', true)).toBeNull();
    expect(fieldKind('_', undefined)).toBeNull();
  });
});
