import { beforeAll, describe, expect, it } from 'vitest';
import { fromBase64Url, toBase64Url } from '../../../../src/data/crypto/bytes';
import { isCryptoError } from '../../../../src/data/crypto/crypto-error';
import type { DataKeys } from '../../../../src/data/crypto/data-keys';
import { openJson, openString, sealJson, sealString } from '../../../../src/data/crypto/sealed-value';
import { rejection, testKeys } from './crypto-test-support';

let keys: DataKeys;

beforeAll(async () => {
  ({ keys } = await testKeys());
});

/** The sealed value with one bit of its byte at `index` (after the version tag) flipped. */
function flipBit(sealed: string, index: number): string {
  const bytes = fromBase64Url(sealed.slice(3))!;
  bytes[index] = bytes[index]! ^ 1;
  return 'g1.' + toBase64Url(bytes);
}

/** The sealed value without its last byte. */
function cutShort(sealed: string): string {
  return 'g1.' + toBase64Url(fromBase64Url(sealed.slice(3))!.subarray(0, -1));
}

describe('sealed values', () => {
  it('round-trips JSON values and strings, Chinese text included', async () => {
    const value = { name: '张三', temperature: 38.2, symptoms: ['fever', 'cough'], nested: { ok: true, none: null } };

    expect(await openJson(keys.fieldKey, await sealJson(keys.fieldKey, value, 'resident:1'), 'resident:1')).toEqual(value);
    expect(await openString(keys.fieldKey, await sealString(keys.fieldKey, '110101194803021234', 'c'), 'c')).toBe('110101194803021234');
    expect(await openJson(keys.fieldKey, await sealJson(keys.fieldKey, 0, 'c'), 'c')).toBe(0);
  });

  it('shows nothing of the value and a version tag', async () => {
    const sealed = await sealString(keys.fieldKey, '13912345678', 'c');

    expect(sealed.startsWith('g1.')).toBe(true);
    expect(sealed).not.toContain('13912345678');
    expect(sealed).toMatch(/^g1\.[A-Za-z0-9_-]+$/);
  });

  it('uses a fresh IV for every value, also for the same value', async () => {
    const sealed = await Promise.all(Array.from({ length: 500 }, () => sealString(keys.fieldKey, 'same', 'c')));
    const ivs = sealed.map((value) => value.slice(3, 3 + 16)); // 12 bytes = 16 base64url characters

    expect(new Set(sealed).size).toBe(500);
    expect(new Set(ivs).size).toBe(500);
  });

  it('rejects an altered value as tampered, whichever byte was changed', async () => {
    const sealed = await sealJson(keys.fieldKey, { idNumber: '110101194803021234' }, 'c');
    const length = fromBase64Url(sealed.slice(3))!.length;

    for (const index of [0, 11, 12, 20, length - 1]) {
      const error = await rejection(openJson(keys.fieldKey, flipBit(sealed, index), 'c'));
      expect(isCryptoError(error, 'TAMPERED')).toBe(true);
    }
  });

  it('rejects a value opened for another context, or cut short', async () => {
    const sealed = await sealJson(keys.fieldKey, 'x', 'resident:1:name');

    expect(isCryptoError(await rejection(openJson(keys.fieldKey, sealed, 'resident:2:name')), 'TAMPERED')).toBe(true);
    expect(isCryptoError(await rejection(openJson(keys.fieldKey, cutShort(sealed), 'resident:1:name')), 'TAMPERED')).toBe(true);
  });

  it('calls what is no sealed value of this version malformed', async () => {
    const sealed = await sealJson(keys.fieldKey, 'x', 'c');

    for (const text of ['张三', 'g2.' + sealed.slice(3), 'g1.', 'g1.abc', 'g1.***']) {
      expect(isCryptoError(await rejection(openJson(keys.fieldKey, text, 'c')), 'MALFORMED')).toBe(true);
    }
    expect(isCryptoError(await rejection(openString(keys.fieldKey, await sealJson(keys.fieldKey, 5, 'c'), 'c')), 'MALFORMED')).toBe(true);
    expect(isCryptoError(await rejection(sealJson(keys.fieldKey, undefined, 'c')), 'MALFORMED')).toBe(true);
  });
});
