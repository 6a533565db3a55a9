/**
 * Core translation keys (validation.*, errors.*, common.*) as seen from the 'household' namespace:
 * the same keys with the core namespace named, so `t` from useTranslation('household') finds them.
 */
export function coreKeys(keys: string | readonly string[]): string[] {
  return (typeof keys === 'string' ? [keys] : keys).map((key) => `translation:${key}`);
}
