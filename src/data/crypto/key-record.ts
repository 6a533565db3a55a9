/**
 * The key record: what IndexedDB's meta table keeps so that the PIN or the account password can unlock the
 * data key. It holds no secret in clear: per slot a random salt, the PBKDF2 iteration count and the data key
 * wrapped (AES-GCM) under the key derived from that slot's secret. Read back with parseKeyRecord (a hand-written
 * check rather than zod: the lock screen is the first screen at a cold start and zod is not on it).
 */

export const KEY_RECORD_VERSION = 1;

/**
 * PBKDF2-SHA-256 iterations of a new slot. 600,000 is OWASP's figure for PBKDF2-HMAC-SHA-256; one derivation
 * takes about 105 ms in Node 20 on the development machine (one Xeon core), so roughly 300–550 ms on a cheap
 * Android phone (3–5× slower), the budget of an unlock. Tests pass a low count.
 */
export const DEFAULT_PBKDF2_ITERATIONS = 600_000;
/** A record asking for fewer is refused (an altered record must not make guessing cheap). Tests use this. */
export const MIN_PBKDF2_ITERATIONS = 1_000;
/** A record asking for more is refused too: it would freeze the phone. */
export const MAX_PBKDF2_ITERATIONS = 10_000_000;

export const SECRET_KINDS = ['pin', 'password'] as const;
/** What unlocks a slot: the 6-digit PIN or the account password. */
export type SecretKind = (typeof SECRET_KINDS)[number];

/** The data key wrapped under one secret; every binary field is base64url. */
export interface KeySlot {
  kdf: 'PBKDF2-SHA-256';
  iterations: number;
  /** 16 random bytes. */
  salt: string;
  /** The 12-byte AES-GCM nonce of the wrap. */
  iv: string;
  /** The 32-byte data key encrypted with AES-GCM (48 bytes with its tag). */
  wrapped: string;
}

export interface KeyRecord {
  version: typeof KEY_RECORD_VERSION;
  /** Absent after 5 wrong PINs (removed with the wipe) until a new PIN is set after a password unlock. */
  pin?: KeySlot;
  password?: KeySlot;
}

const SALT_CHARS = 22; // 16 bytes
const IV_CHARS = 16; // 12 bytes
const WRAPPED_CHARS = 64; // 48 bytes

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isBase64Url(value: unknown, length: number): value is string {
  return typeof value === 'string' && value.length === length && /^[A-Za-z0-9_-]*$/.test(value);
}

function parseSlot(value: unknown): KeySlot | null {
  if (!isRecord(value)) return null;
  const { kdf, iterations, salt, iv, wrapped } = value;
  if (kdf !== 'PBKDF2-SHA-256') return null;
  if (typeof iterations !== 'number' || !Number.isInteger(iterations)) return null;
  if (iterations < MIN_PBKDF2_ITERATIONS || iterations > MAX_PBKDF2_ITERATIONS) return null;
  if (!isBase64Url(salt, SALT_CHARS) || !isBase64Url(iv, IV_CHARS) || !isBase64Url(wrapped, WRAPPED_CHARS)) return null;
  return { kdf, iterations, salt, iv, wrapped };
}

/** The key record stored in the meta table, or null when the value is none (absent, altered, another version). */
export function parseKeyRecord(value: unknown): KeyRecord | null {
  if (!isRecord(value) || value.version !== KEY_RECORD_VERSION) return null;
  const record: KeyRecord = { version: KEY_RECORD_VERSION };
  for (const kind of SECRET_KINDS) {
    if (value[kind] === undefined) continue;
    const slot = parseSlot(value[kind]);
    if (!slot) return null;
    record[kind] = slot;
  }
  return record.pin || record.password ? record : null;
}

/** The record without its PIN slot: after 5 wrong PINs only the password opens the data key (and the unsent changes). */
export function withoutPinSlot(record: KeyRecord): KeyRecord {
  const { pin: _pin, ...rest } = record;
  return rest;
}
