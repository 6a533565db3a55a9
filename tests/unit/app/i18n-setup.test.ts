import { afterEach, describe, expect, it } from 'vitest';
import { createI18n, LANGUAGE_STORAGE_KEY, pickLanguage, setupI18n } from '../../../src/app/i18n-setup';
import { zhCN } from '../../../src/shared/i18n/locales/zh-CN';
import { coreBundles, featureBundles, featureMessages } from '../../fixtures/all-locales';

afterEach(() => {
  localStorage.clear();
  window.history.replaceState(null, '', '/');
});

describe('i18n setup', () => {
  it('starts in Chinese and sets <html lang>', async () => {
    const i18n = await setupI18n(window);
    expect(i18n.language).toBe('zh-CN');
    expect(i18n.t('nav.home')).toBe('首页');
    expect(document.documentElement.lang).toBe('zh-CN');
  });

  it('switches to English with ?lang=en and remembers it', async () => {
    window.history.replaceState(null, '', '/settings?lang=en');
    const i18n = await setupI18n(window);
    expect(i18n.t('nav.settings')).toBe('Settings');
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');

    window.history.replaceState(null, '', '/');
    expect((await setupI18n(window)).language).toBe('en');
  });

  it('remembers a language chosen in the app and updates <html lang>', async () => {
    const i18n = await setupI18n(window);
    await i18n.changeLanguage('en');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    expect(document.title).toBe('Gridwalk');
  });

  it('loads a language that was not bundled when the user switches to it', async () => {
    const i18n = createI18n('zh-CN', { 'zh-CN': zhCN });
    expect(i18n.hasResourceBundle('en', 'translation')).toBe(false);
    await i18n.changeLanguage('en');
    expect(i18n.t('nav.settings')).toBe('Settings');
  });

  it('loads a feature namespace the first time a screen asks for it, in the current language', async () => {
    const i18n = createI18n('zh-CN', { 'zh-CN': zhCN });
    expect(i18n.hasResourceBundle('zh-CN', 'visit')).toBe(false);
    await i18n.loadNamespaces('visit');
    expect(i18n.getResourceBundle('zh-CN', 'visit')).toEqual(featureMessages('zh-CN', 'visit'));
    await i18n.changeLanguage('en');
    expect(i18n.getResourceBundle('en', 'visit')).toEqual(featureMessages('en', 'visit'));
  });

  it('finds core keys (app name) and the validation namespace from a screen that uses a feature namespace', async () => {
    const i18n = createI18n('en', coreBundles, featureBundles);
    const t = i18n.getFixedT('en', 'report');
    expect(t('report:title')).toBe('Daily report');
    expect(t('validation:name_required')).toBe('Enter a name.');
    expect(t('app.name')).toBe('Gridwalk');
  });

  it('prefers the URL over storage and ignores unknown languages', () => {
    expect(pickLanguage('?lang=zh-CN', 'en')).toBe('zh-CN');
    expect(pickLanguage('?lang=fr', 'en')).toBe('en');
    expect(pickLanguage('', 'xx')).toBe('zh-CN');
  });
});
