/**
 * The help page's translations: its own messages ('help') and the app's shared field messages (as the
 * 'validation' namespace: src/shared/i18n/field-messages), so a field's error reads exactly as in the app. zh-CN by default; ?lang=en or the
 * language switch for English. Each language's messages load on their own (the page stays small: a
 * visitor loads one language).
 */
import i18next, { type i18n } from 'i18next';
import { DEFAULT_LANGUAGE, matchLanguage, type Language } from '../shared/i18n/languages';

/** The language the address asks for (?lang=en), else zh-CN. */
export function languageOf(search: string): Language {
  return matchLanguage(new URLSearchParams(search).get('lang')) ?? DEFAULT_LANGUAGE;
}

type Bundle = { help: object; validation: object };

const BUNDLES: Record<Language, () => Promise<Bundle>> = {
  'zh-CN': async () => {
    const [help, validation] = await Promise.all([import('./locales/zh-CN'), import('../shared/i18n/field-messages/zh-CN')]);
    return { help: help.messages, validation: validation.fieldMessages };
  },
  en: async () => {
    const [help, validation] = await Promise.all([import('./locales/en'), import('../shared/i18n/field-messages/en')]);
    return { help: help.messages, validation: validation.fieldMessages };
  },
};

/** Loads the language's messages (once) into the instance. */
export async function loadLanguage(instance: i18n, language: Language): Promise<void> {
  if (instance.hasResourceBundle(language, 'help')) return;
  const bundle = await BUNDLES[language]();
  instance.addResourceBundle(language, 'help', bundle.help);
  instance.addResourceBundle(language, 'validation', bundle.validation);
}

export async function createHelpI18n(language: Language): Promise<i18n> {
  const instance = i18next.createInstance();
  await instance.init({
    lng: language,
    fallbackLng: false,
    ns: ['help', 'validation'],
    defaultNS: 'help',
    resources: {},
    interpolation: { escapeValue: false },
  });
  await loadLanguage(instance, language);
  return instance;
}
