/**
 * i18next for the app: zh-CN by default and as fallback, en complete.
 * The language comes from `?lang=` in the URL, else the one remembered in localStorage;
 * every change is remembered and written to <html lang> and the document title.
 */
import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LANGUAGE, LANGUAGES, matchLanguage, type Language } from '../shared/i18n/languages';
import { en } from '../shared/i18n/locales/en';
import { zhCN } from '../shared/i18n/locales/zh-CN';

export const LANGUAGE_STORAGE_KEY = 'gridwalk.language';

/** The language to start with: `?lang=` wins over the stored choice, else zh-CN. */
export function pickLanguage(search: string, stored: string | null): Language {
  const fromUrl = matchLanguage(new URLSearchParams(search).get('lang'));
  return fromUrl ?? matchLanguage(stored) ?? DEFAULT_LANGUAGE;
}

/** A ready (synchronously initialised) i18next instance with both locales. */
export function createI18n(language: Language = DEFAULT_LANGUAGE): I18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
    lng: language,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: [...LANGUAGES],
    load: 'currentOnly',
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return instance;
}

function readStored(storage: Storage | null): string | null {
  try {
    return storage?.getItem(LANGUAGE_STORAGE_KEY) ?? null;
  } catch {
    return null;
  }
}

function remember(storage: Storage | null, language: string): void {
  try {
    storage?.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Private mode or full storage: the choice simply is not remembered.
  }
}

function storageOf(win: Window): Storage | null {
  try {
    return win.localStorage;
  } catch {
    return null;
  }
}

function applyToDocument(doc: Document, instance: I18n, language: string): void {
  doc.documentElement.lang = language;
  doc.title = instance.t('app.name');
}

/** Creates the app's i18n, picks the language from the URL or storage, and keeps storage and <html lang> in step. */
export function setupI18n(win: Window = window): I18n {
  const storage = storageOf(win);
  const language = pickLanguage(win.location.search, readStored(storage));
  const instance = createI18n(language);
  remember(storage, language);
  applyToDocument(win.document, instance, language);
  instance.on('languageChanged', (next: string) => {
    const shipped = matchLanguage(next) ?? DEFAULT_LANGUAGE;
    remember(storage, shipped);
    applyToDocument(win.document, instance, shipped);
  });
  return instance;
}
