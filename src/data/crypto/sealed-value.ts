/**
 * A JSON value sealed with AES-GCM under the field key: one string `g1.<base64url(iv ‖ ciphertext ‖ tag)>`,
 * with a fresh random 96-bit IV per value. The caller names a context (the record, field or mutation the
 * value belongs to), authenticated with it: a value copied into another record or field fails to open,
 * as does any altered, cut or foreign value (CryptoError TAMPERED); a string that is not a sealed value
 * of this version is MALFORMED.
 */
import { concatBytes, fromBase64Url, fromUtf8, randomBytes, toBase64Url, utf8 } from './bytes';
import { CryptoError, isOperationError } from './crypto-error';

const PREFIX = 'g1.';
const IV_BYTES = 12;
const TAG_BYTES = 16;

export function isSealedValue(value: unknown): value is string {
  return typeof value === 'string' && value.startsWith(PREFIX);
}

/** Seals `value` (anything JSON.stringify writes; undefined is not a value) for `context`. */
export async function sealJson(fieldKey: CryptoKey, value: unknown, context: string): Promise<string> {
  const json = JSON.stringify(value);
  if (json === undefined) throw new CryptoError('MALFORMED', 'only JSON values can be sealed');
  const iv = randomBytes(IV_BYTES);
  const sealed = await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: utf8(context) }, fieldKey, utf8(json));
  return PREFIX + toBase64Url(concatBytes(iv, new Uint8Array(sealed)));
}

/** The value sealed by sealJson with the same key and context. */
export async function openJson(fieldKey: CryptoKey, sealed: string, context: string): Promise<unknown> {
  const bytes = isSealedValue(sealed) ? fromBase64Url(sealed.slice(PREFIX.length)) : null;
  if (!bytes || bytes.length < IV_BYTES + TAG_BYTES) throw new CryptoError('MALFORMED', 'not a sealed value');
  let plain: ArrayBuffer;
  try {
    plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: bytes.subarray(0, IV_BYTES), additionalData: utf8(context) },
      fieldKey,
      bytes.subarray(IV_BYTES),
    );
  } catch (error) {
    if (!isOperationError(error)) throw error;
    throw new CryptoError('TAMPERED', 'the sealed value failed its authentication', error);
  }
  return JSON.parse(fromUtf8(new Uint8Array(plain)));
}

/** Seals a string (sealJson of the string). */
export function sealString(fieldKey: CryptoKey, value: string, context: string): Promise<string> {
  return sealJson(fieldKey, value, context);
}

/** The string sealed by sealString; MALFORMED when the sealed value is no string. */
export async function openString(fieldKey: CryptoKey, sealed: string, context: string): Promise<string> {
  const value = await openJson(fieldKey, sealed, context);
  if (typeof value !== 'string') throw new CryptoError('MALFORMED', 'the sealed value is not a string');
  return value;
}
