/** The site's current tube from the number typed and the tubes on the phone. */
import { describe, expect, it } from 'vitest';
import { readTubeNumber, tubeStatus } from '../../../../src/features/testing/tube-status';

const tubes = new Map([
  ['P-7', { tubeNumber: 'P-7', count: 9 }],
  ['FULL', { tubeNumber: 'FULL', count: 10 }],
]);

describe('tube status', () => {
  it('reads a tube number trimmed in capitals, and nothing else', () => {
    expect(readTubeNumber(' ab-12 ')).toBe('AB-12');
    expect(readTubeNumber('https://example.com/x')).toBeNull();
    expect(readTubeNumber('')).toBeNull();
  });

  it('is none before a number, invalid for a wrong one', () => {
    expect(tubeStatus('  ', tubes, 10)).toEqual({ kind: 'none' });
    expect(tubeStatus('A 1', tubes, 10)).toEqual({ kind: 'invalid' });
  });

  it('continues a known tube from its count, opens a new one at 0, and is full at its pool', () => {
    expect(tubeStatus('p-7', tubes, 10)).toEqual({ kind: 'open', tubeNumber: 'P-7', count: 9, poolSize: 10 });
    expect(tubeStatus('NEW', tubes, 10)).toEqual({ kind: 'open', tubeNumber: 'NEW', count: 0, poolSize: 10 });
    expect(tubeStatus('full', tubes, 10)).toEqual({ kind: 'full', tubeNumber: 'FULL', count: 10, poolSize: 10 });
    expect(tubeStatus('FULL', tubes, 20)).toMatchObject({ kind: 'open', count: 10 });
  });

  it('with single tubes a used number is full', () => {
    expect(tubeStatus('P-7', tubes, 1)).toMatchObject({ kind: 'full' });
    expect(tubeStatus('S-1', tubes, 1)).toMatchObject({ kind: 'open', count: 0 });
  });
});
