/** The message key of a failed "Set PIN" or unlock: the password did not open the key record, or anything else. */
import { isCryptoError } from '../../data';

export function unlockFailureKey(error: unknown): string {
  if (isCryptoError(error, 'WRONG_SECRET')) return 'lock:wrongPassword';
  if (isCryptoError(error, 'INVALID_SECRET')) return 'lock:pinFormat';
  return 'lock:failed';
}
