import { describe, expect, it } from 'vitest';
import '../../../src/domain/zod-without-eval';
import { z } from 'zod';

describe('zod without eval (the browser entries import this first)', () => {
  it('is the setting zod itself reads: jitless', () => {
    expect(z.config().jitless).toBe(true);
  });
});
