import { describe, expect, it } from 'vitest';
import { checkTemperature, isFever } from '../../../src/domain/temperature';

describe('temperature', () => {
  it.each([34.0, 36.5, 37.2, 43.0])('accepts %s °C', (t) => expect(checkTemperature(t)).toBeNull());
  it.each([33.9, 43.1, Number.NaN, Number.POSITIVE_INFINITY])('rejects %s °C as out of range', (t) =>
    expect(checkTemperature(t)).toBe('temperature_range'));
  it.each([36.55, 37.25])('rejects %s °C with more than one decimal', (t) => expect(checkTemperature(t)).toBe('temperature_precision'));
  it('calls 37.3 °C and above a fever, 37.2 °C not', () => {
    expect(isFever(37.2)).toBe(false);
    expect(isFever(37.3)).toBe(true);
    expect(isFever(0.1 + 37.2)).toBe(true);
    expect(isFever(39)).toBe(true);
  });
});
