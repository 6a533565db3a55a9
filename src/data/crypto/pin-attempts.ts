/**
 * The PIN's format and the wrong-PIN counter: 5 wrong PINs in a row wipe the personal data. Pure: the caller
 * keeps the state in the meta table (it is no secret).
 *
 * An attempt is counted before the PIN is tried and forgiven when it unlocks: the key derivation takes
 * half a second, and a count written only after a failure could be dodged by closing the app during it.
 * So the caller persists startPinAttempt's state, then derives; on success it persists the reset state,
 * on failure it asks mustWipe. A count already at the limit when the app starts (the 5th attempt was cut
 * short) also means wipe.
 */

export const MAX_WRONG_PINS = 5;

const PIN_PATTERN = /^[0-9]{6}$/;

/** A PIN is exactly 6 ASCII digits. */
export function isValidPin(value: string): boolean {
  return PIN_PATTERN.test(value);
}

export interface PinAttempts {
  /** Attempts in a row that did not unlock, the one being tried included. */
  failed: number;
}

export const NO_PIN_ATTEMPTS: PinAttempts = { failed: 0 };

/** The state to persist before trying a PIN. */
export function startPinAttempt(state: PinAttempts): PinAttempts {
  return { failed: state.failed + 1 };
}

/** The state after an unlock (by the PIN or the password): the count starts again. */
export function pinAttemptSucceeded(): PinAttempts {
  return NO_PIN_ATTEMPTS;
}

/** After a failed attempt, or at start with a stored count: the personal data must be wiped now. */
export function mustWipe(state: PinAttempts): boolean {
  return state.failed >= MAX_WRONG_PINS;
}

/** PINs left before the wipe, for "n attempts left" (0 once the wipe is due). */
export function attemptsLeft(state: PinAttempts): number {
  return Math.max(0, MAX_WRONG_PINS - state.failed);
}

/** The stored counter, or none when the stored value is not one (a missing value counts nothing). */
export function parsePinAttempts(value: unknown): PinAttempts {
  if (typeof value !== 'object' || value === null || !('failed' in value)) return NO_PIN_ATTEMPTS;
  const failed = value.failed;
  return typeof failed === 'number' && Number.isInteger(failed) && failed >= 0 ? { failed } : NO_PIN_ATTEMPTS;
}
