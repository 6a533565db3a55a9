import { describe, expect, it } from 'vitest';
import { UUID_PATTERN, uuidv7 } from '../../../src/shared/uuid-v7';

describe('uuidv7', () => {
  it('makes version-7, variant-1 UUIDs', () => {
    const id = uuidv7();
    expect(id).toMatch(UUID_PATTERN);
    expect(id[14]).toBe('7');
    expect(['8', '9', 'a', 'b']).toContain(id[19]);
  });

  it('encodes the creation time in the first 48 bits', () => {
    const at = Date.UTC(2026, 10, 25, 8, 0, 0);
    expect(parseInt(uuidv7(at).replace('-', '').slice(0, 12), 16)).toBe(at);
  });

  it('sorts ids made in the same millisecond in creation order', () => {
    const at = Date.now();
    const ids = Array.from({ length: 500 }, () => uuidv7(at));
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
