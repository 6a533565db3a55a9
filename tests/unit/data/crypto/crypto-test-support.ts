/** Shared by the crypto tests: keys made fast (a low PBKDF2 count; production uses 600,000) and a rejection caught. */
import { createKeyRecord } from '../../../../src/data/crypto/data-keys';

/** Low on purpose: the production default would take about 0.1 s per derivation here. */
export const FAST = { iterations: 1_000 } as const;
export const TEST_PIN = '482915';

/** A key record and its unlocked keys for a PIN and a password. */
export function testKeys(password = 'password') {
  return createKeyRecord({ pin: TEST_PIN, password }, FAST);
}

/** What `promise` rejects with; fails the test if it resolves. */
export async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}
