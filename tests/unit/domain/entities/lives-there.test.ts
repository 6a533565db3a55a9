import { describe, expect, it } from 'vitest';
import { livesThere } from '../../../../src/domain/entities/resident';

describe('livesThere', () => {
  it('is true without a move-out date (missing, blank or not text) and false once one is recorded', () => {
    expect(livesThere({ name: '张三' })).toBe(true);
    expect(livesThere({ movedOutOn: '  ' })).toBe(true);
    expect(livesThere({ movedOutOn: null })).toBe(true);
    expect(livesThere({ movedOutOn: '2026-11-20' })).toBe(false);
  });
});
