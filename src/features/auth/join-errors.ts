/** The Join screen's words for a failed check or redeem: an invalid code explained, too many tries, no connection. */
import { errorKeys } from '../../shared/i18n/message-keys';

const JOIN_KEYS: Record<string, string> = {
  SIGN_IN_CODE_INVALID: 'people:join.codeInvalid',
  NOT_FOUND: 'people:join.codeInvalid',
  TOO_MANY_REQUESTS: 'people:join.tooMany',
  RATE_LIMITED: 'people:join.tooMany',
  NETWORK: 'people:join.needsConnection',
};

export function joinErrorKeys(code: string | null): string[] {
  const own = code ? JOIN_KEYS[code] : undefined;
  return own ? [own] : errorKeys(code);
}
