/**
 * i18next for the app: zh-CN by default, en complete (the locale test keeps their keys identical).
 * The language comes from `?lang=` in the URL, else the one remembered in localStorage;
 * every change is remembered and written to <html lang> and the document title.
 * Each language is its own chunk: only the one in use is loaded (the other on switching), which keeps
 * the first screen small; the service worker precaches both.
 */
import i18next, { type BackendModule, type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LANGUAGE, LANGUAGES, matchLanguage, type Language } from '../shared/i18n/languages';
import type { LocaleResource } from '../shared/i18n/locales/zh-CN';
import type { FeatureNamespace } from '../shared/i18n/namespaces';

export const LANGUAGE_STORAGE_KEY = 'gridwalk.language';

export type LocaleBundles = Partial<Record<Language, LocaleResource>>;
/** Feature namespaces already at hand (tests pass them all so screens render without waiting). */
export type FeatureBundles = Partial<Record<Language, Partial<Record<FeatureNamespace, object>>>>;

const LOADERS: Record<Language, () => Promise<LocaleResource>> = {
  'zh-CN': () => import('../shared/i18n/locales/zh-CN').then((m) => m.zhCN),
  en: () => import('../shared/i18n/locales/en').then((m) => m.en),
};

export function loadLocale(language: Language): Promise<LocaleResource> {
  return LOADERS[language]();
}

/** Feature namespaces, one chunk per namespace and language: locales/<namespace>/<language>.ts. */
// Keys relative to the locales folder ('./visit/en.ts'): shorter names in the first screen's code.
const FEATURE_LOCALES = import.meta.glob<{ messages: object }>('./*/*.ts', { base: '../shared/i18n/locales' });

export function loadFeatureLocale(language: Language, namespace: FeatureNamespace): Promise<object> {
  const load = FEATURE_LOCALES[`./${namespace}/${language}.ts`];
  if (!load) return Promise.reject(new Error(`no messages for ${namespace} in ${language}`));
  return load().then((m) => m.messages);
}

/**
 * Whether a namespace has message files (the table above knows them; the locales test keeps the table,
 * FEATURE_NAMESPACES and both languages in step). Asking the table keeps the list of names out of the
 * first screen's code.
 */
function isShippedNamespace(namespace: string): namespace is FeatureNamespace {
  return Object.hasOwn(FEATURE_LOCALES, `./${namespace}/zh-CN.ts`);
}

function loadNamespace(language: Language, namespace: string): Promise<object> {
  if (namespace === 'translation') return loadLocale(language);
  if (isShippedNamespace(namespace)) return loadFeatureLocale(language, namespace);
  return Promise.resolve({});
}

/** An i18next backend that loads a language's chunk the first time it is needed (changeLanguage). */
const lazyLocales: BackendModule = {
  type: 'backend',
  callbackApi: true,
  init: () => undefined,
  read(language, namespace, callback) {
    const shipped = matchLanguage(language);
    if (!shipped) {
      callback(null, {});
      return;
    }
    loadNamespace(shipped, namespace).then(
      (resource) => callback(null, resource),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), null),
    );
  },
};

/** The language to start with: `?lang=` wins over the stored choice, else zh-CN. */
export function pickLanguage(search: string, stored: string | null): Language {
  const fromUrl = matchLanguage(new URLSearchParams(search).get('lang'));
  return fromUrl ?? matchLanguage(stored) ?? DEFAULT_LANGUAGE;
}

/**
 * A ready (synchronously initialised) i18next instance. `bundles` must hold `language`; other
 * languages are loaded on demand. No fallback language: en has every key zh-CN has.
 */
export function createI18n(language: Language, bundles: LocaleBundles, features: FeatureBundles = {}): I18n {
  const instance = i18next.createInstance();
  const resources = Object.fromEntries(
    Object.entries(bundles).map(([lng, translation]) => [lng, { ...features[lng as Language], translation }]),
  );
  void instance.use(lazyLocales).use(initReactI18next).init({
    resources,
    ns: ['translation'],
    defaultNS: 'translation',
    // A screen asks for its feature namespace; core keys (app.*, errors.*) still resolve.
    fallbackNS: 'translation',
    partialBundledLanguages: true,
    lng: language,
    fallbackLng: false,
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

/**
 * Creates the app's i18n once the language in use is loaded (URL, else storage, else zh-CN), and
 * keeps storage and <html lang> in step.
 */
export async function setupI18n(win: Window = window): Promise<I18n> {
  const storage = storageOf(win);
  const language = pickLanguage(win.location.search, readStored(storage));
  const instance = createI18n(language, { [language]: await loadLocale(language) });
  remember(storage, language);
  applyToDocument(win.document, instance, language);
  instance.on('languageChanged', (next: string) => {
    const shipped = matchLanguage(next) ?? DEFAULT_LANGUAGE;
    remember(storage, shipped);
    applyToDocument(win.document, instance, shipped);
  });
  return instance;
}
