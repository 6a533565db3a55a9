import { describe, expect, it } from 'vitest';
import { livesThere } from '../../../../src/domain/entities/resident';

describe('livesThere', () => {
  it('is true without a move-out date and false once one is recorded', () => {
    expect(livesThere({})).toBe(true);
    expect(livesThere({ movedOutOn: undefined })).toBe(true);
    expect(livesThere({ movedOutOn: '2026-11-20' })).toBe(false);
  });
});
