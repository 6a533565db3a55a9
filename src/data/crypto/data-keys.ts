/**
 * The data key and its slots. A random 256-bit data key is made inside WebCrypto, wrapped (AES-GCM) under a
 * key derived with PBKDF2-SHA-256 from the 6-digit PIN and under one derived from the account password, so
 * either unlocks it. Unlocked, it is imported as a non-extractable HKDF key and the non-extractable field key
 * (AES-GCM, seals personal fields and the outbox) is derived from it. Search needs no key: its index is built
 * in memory from the opened records after unlock, and dropped with the page at lock. Its bytes never reach JavaScript: a slot is rewrapped by unwrapping it
 * (with a secret the user just typed) as a short-lived extractable key and wrapping that under the new secret.
 *
 * A wrong secret is found by the AES-GCM unwrap failing its tag check inside WebCrypto: there is no stored PIN
 * hash or verifier to compare, so no comparison in JavaScript whose timing could leak anything. The tag check
 * itself is the browser's native (constant-time) code, and whoever holds the record can try PINs offline
 * anyway: the PBKDF2 cost and the wipe after 5 wrong PINs (pin-attempts.ts) are what slow guessing.
 */
import { fromBase64Url, randomBytes, toBase64Url, utf8 } from './bytes';
import { CryptoError, isOperationError } from './crypto-error';
import { DEFAULT_PBKDF2_ITERATIONS, KEY_RECORD_VERSION, type KeyRecord, type KeySlot, type SecretKind } from './key-record';
import { isValidPin } from './pin-attempts';

/** The keys of an unlocked app; held in memory only, dropped on lock. Neither can be exported. */
export interface DataKeys {
  /** AES-GCM 256: seals personal fields and outbox payloads (sealed-value.ts). */
  fieldKey: CryptoKey;
}

/** A secret the user typed, and which slot it is for. */
export interface UnlockSecret {
  kind: SecretKind;
  secret: string;
}

export interface SlotOptions {
  /** PBKDF2 iterations of new slots (DEFAULT_PBKDF2_ITERATIONS unless a test asks for fewer). */
  iterations?: number;
}

const subtle = () => crypto.subtle;
const EMPTY = new Uint8Array(new ArrayBuffer(0));
const AES_256 = { name: 'AES-GCM', length: 256 } as const;

/** Binds a wrapped key to its slot kind and format version. */
function slotContext(kind: SecretKind): Uint8Array<ArrayBuffer> {
  return utf8(`gridwalk:data-key:v${KEY_RECORD_VERSION}:${kind}`);
}

function checkSecret({ kind, secret }: UnlockSecret): void {
  if (kind === 'pin' ? !isValidPin(secret) : secret.length === 0) {
    throw new CryptoError('INVALID_SECRET', kind === 'pin' ? 'a PIN is 6 digits' : 'the password is empty');
  }
}

/** The key that wraps the data key in a slot: PBKDF2-SHA-256 of the secret (slow on purpose). */
async function deriveWrappingKey(secret: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<CryptoKey> {
  const base = await subtle().importKey('raw', utf8(secret), 'PBKDF2', false, ['deriveKey']);
  return subtle().deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, base, AES_256, false, ['wrapKey', 'unwrapKey']);
}

function slotBytes(slot: KeySlot): { salt: Uint8Array<ArrayBuffer>; iv: Uint8Array<ArrayBuffer>; wrapped: Uint8Array<ArrayBuffer> } {
  const salt = fromBase64Url(slot.salt);
  const iv = fromBase64Url(slot.iv);
  const wrapped = fromBase64Url(slot.wrapped);
  if (!salt || !iv || !wrapped) throw new CryptoError('MALFORMED', 'the key slot is not base64url');
  return { salt, iv, wrapped };
}

async function wrapInSlot(dataKey: CryptoKey, kind: SecretKind, wrappingKey: CryptoKey, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<KeySlot> {
  const iv = randomBytes(12);
  const wrapped = await subtle().wrapKey('raw', dataKey, wrappingKey, { name: 'AES-GCM', iv, additionalData: slotContext(kind) });
  return { kdf: 'PBKDF2-SHA-256', iterations, salt: toBase64Url(salt), iv: toBase64Url(iv), wrapped: toBase64Url(new Uint8Array(wrapped)) };
}

/** A new slot for `secret` holding `dataKey` (extractable), and the key that wraps it. */
async function newSlot(dataKey: CryptoKey, { kind, secret }: UnlockSecret, iterations: number): Promise<{ slot: KeySlot; wrappingKey: CryptoKey }> {
  const salt = randomBytes(16);
  const wrappingKey = await deriveWrappingKey(secret, salt, iterations);
  return { slot: await wrapInSlot(dataKey, kind, wrappingKey, salt, iterations), wrappingKey };
}

/**
 * Unwraps a slot with its wrapping key: for use (a non-extractable HKDF key) or to wrap it again (a
 * short-lived extractable AES key). A failed tag check (wrong secret, or an altered slot) is WRONG_SECRET.
 */
async function unwrapWith(wrappingKey: CryptoKey, slot: KeySlot, kind: SecretKind, as: 'use' | 'rewrap'): Promise<CryptoKey> {
  const { iv, wrapped } = slotBytes(slot);
  const params = { name: 'AES-GCM', iv, additionalData: slotContext(kind) };
  try {
    return as === 'use'
      ? await subtle().unwrapKey('raw', wrapped, wrappingKey, params, 'HKDF', false, ['deriveKey'])
      : await subtle().unwrapKey('raw', wrapped, wrappingKey, params, AES_256, true, ['encrypt']);
  } catch (error) {
    if (isOperationError(error)) throw new CryptoError('WRONG_SECRET', `the ${kind} did not unlock the data key`, error);
    throw error;
  }
}

/** Derives the wrapping key of the slot of `secret.kind` and unwraps it. Throws NO_SLOT, WRONG_SECRET. */
async function unwrapSlot(record: KeyRecord, { kind, secret }: UnlockSecret, as: 'use' | 'rewrap'): Promise<CryptoKey> {
  const slot = record[kind];
  if (!slot) throw new CryptoError('NO_SLOT', `the key record has no ${kind} slot`);
  const wrappingKey = await deriveWrappingKey(secret, slotBytes(slot).salt, slot.iterations);
  return unwrapWith(wrappingKey, slot, kind, as);
}

/** The field key derived (HKDF-SHA-256) from the unwrapped data key. */
async function deriveDataKeys(master: CryptoKey): Promise<DataKeys> {
  const info = utf8('gridwalk:field-key:v1');
  const fieldKey = await subtle().deriveKey({ name: 'HKDF', hash: 'SHA-256', salt: EMPTY, info }, master, AES_256, false, ['encrypt', 'decrypt']);
  return { fieldKey };
}

/**
 * At the first sign-in (the password just typed, the PIN just set): a new data key, its record for the meta
 * table, and the unlocked keys. Two PBKDF2 derivations, run side by side.
 */
export async function createKeyRecord(
  secrets: { pin: string; password: string },
  options: SlotOptions = {},
): Promise<{ record: KeyRecord; keys: DataKeys }> {
  const pin: UnlockSecret = { kind: 'pin', secret: secrets.pin };
  const password: UnlockSecret = { kind: 'password', secret: secrets.password };
  checkSecret(pin);
  checkSecret(password);
  const iterations = options.iterations ?? DEFAULT_PBKDF2_ITERATIONS;
  const dataKey = await subtle().generateKey(AES_256, true, ['encrypt']);
  const [pinSlot, passwordSlot] = await Promise.all([newSlot(dataKey, pin, iterations), newSlot(dataKey, password, iterations)]);
  const record: KeyRecord = { version: KEY_RECORD_VERSION, pin: pinSlot.slot, password: passwordSlot.slot };
  // Used as every unlock will use it: unwrapped from its slot as a non-extractable key.
  const keys = await deriveDataKeys(await unwrapWith(pinSlot.wrappingKey, pinSlot.slot, 'pin', 'use'));
  return { record, keys };
}

/** Unlock with the PIN or the account password (one PBKDF2 derivation). Throws CryptoError WRONG_SECRET or NO_SLOT. */
export async function unlockKeyRecord(record: KeyRecord, secret: UnlockSecret): Promise<DataKeys> {
  const master = await unwrapSlot(record, secret, 'use');
  return deriveDataKeys(master);
}

/**
 * The record with the slot of `next.kind` (re)made for `next.secret`, proven by `current` (either slot's
 * secret): a new PIN (also after 5 wrong PINs, unlocked by the password), or the password changed on the server.
 * The same data key: nothing sealed has to be sealed again.
 */
export async function setKeySlot(record: KeyRecord, current: UnlockSecret, next: UnlockSecret, options: SlotOptions = {}): Promise<KeyRecord> {
  checkSecret(next);
  const dataKey = await unwrapSlot(record, current, 'rewrap');
  const { slot } = await newSlot(dataKey, next, options.iterations ?? DEFAULT_PBKDF2_ITERATIONS);
  return { ...record, [next.kind]: slot };
}
