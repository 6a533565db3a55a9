import { useTranslation } from 'react-i18next';

/**
 * Translations for the visit screens: their own keys written visit:…, and the core ones
 * (validation.*, errors.*, app.*, common.*) found by falling back to the core namespace.
 */
export function useVisitTranslation() {
  return useTranslation(['visit', 'translation'], { nsMode: 'fallback' });
}
