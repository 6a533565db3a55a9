/** Why a key could not be unlocked or a sealed value could not be opened: a machine-readable code. */
import { CodedError } from '../../shared/write-failure';

export const CRYPTO_ERROR_CODES = [
  /** The PIN or password did not unwrap the data key (or the key record was altered: GCM cannot tell them apart). */
  'WRONG_SECRET',
  /** A sealed value failed its authentication: altered, cut, moved to another record or field, or sealed under another key. */
  'TAMPERED',
  /** Not a sealed value or key record this code knows (another format version, or not one at all). */
  'MALFORMED',
  /** A PIN that is not 6 digits, or an empty password, offered for a new key slot. */
  'INVALID_SECRET',
  /** The key record has no slot for that kind of secret (the PIN slot is removed after 5 wrong PINs). */
  'NO_SLOT',
] as const;
export type CryptoErrorCode = (typeof CRYPTO_ERROR_CODES)[number];

export class CryptoError extends CodedError {
  declare readonly code: CryptoErrorCode;

  constructor(code: CryptoErrorCode, message: string, cause?: unknown) {
    super(code, message, { cause });
    this.name = 'CryptoError';
  }
}

export function isCryptoError(error: unknown, code?: CryptoErrorCode): error is CryptoError {
  return error instanceof CryptoError && (code === undefined || error.code === code);
}

/** WebCrypto's answer to a failed AES-GCM tag check (a DOMException, possibly from another realm). */
export function isOperationError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'name' in error && error.name === 'OperationError';
}
