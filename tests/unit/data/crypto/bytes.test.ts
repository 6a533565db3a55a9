import { describe, expect, it } from 'vitest';
import { fromBase64Url, toBase64Url } from '../../../../src/data/crypto/bytes';

describe('base64url', () => {
  it('round-trips every length of bytes and matches the standard alphabet without padding', () => {
    for (let length = 0; length < 40; length++) {
      const bytes = crypto.getRandomValues(new Uint8Array(length));
      const text = toBase64Url(bytes);
      expect(text).toBe(Buffer.from(bytes).toString('base64url'));
      expect(fromBase64Url(text)).toEqual(bytes);
    }
  });

  it('refuses text that is not base64url, or not the one text of its bytes', () => {
    for (const text of ['a', 'ab+c', 'ab/c', 'ab=c', '张三', 'AB']) expect(fromBase64Url(text), text).toBeNull();
    expect(fromBase64Url('AA')).toEqual(new Uint8Array([0]));
  });
});
