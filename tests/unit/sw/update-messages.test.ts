import { describe, expect, it } from 'vitest';
import { isSkipWaitingMessage } from '../../../src/sw/update-messages';

describe('service worker: update messages', () => {
  it('recognises only {type: "SKIP_WAITING"}', () => {
    expect(isSkipWaitingMessage({ type: 'SKIP_WAITING' })).toBe(true);
    expect(isSkipWaitingMessage('SKIP_WAITING')).toBe(false);
    expect(isSkipWaitingMessage({ type: 'OTHER' })).toBe(false);
    expect(isSkipWaitingMessage(null)).toBe(false);
  });
});
