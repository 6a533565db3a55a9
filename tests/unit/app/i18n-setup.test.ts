import { afterEach, describe, expect, it } from 'vitest';
import { LANGUAGE_STORAGE_KEY, pickLanguage, setupI18n } from '../../../src/app/i18n-setup';

afterEach(() => {
  localStorage.clear();
  window.history.replaceState(null, '', '/');
});

describe('i18n setup', () => {
  it('starts in Chinese and sets <html lang>', () => {
    const i18n = setupI18n(window);
    expect(i18n.language).toBe('zh-CN');
    expect(i18n.t('nav.home')).toBe('首页');
    expect(document.documentElement.lang).toBe('zh-CN');
  });

  it('switches to English with ?lang=en and remembers it', () => {
    window.history.replaceState(null, '', '/settings?lang=en');
    const i18n = setupI18n(window);
    expect(i18n.t('nav.settings')).toBe('Settings');
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');

    window.history.replaceState(null, '', '/');
    expect(setupI18n(window).language).toBe('en');
  });

  it('remembers a language chosen in the app and updates <html lang>', async () => {
    const i18n = setupI18n(window);
    await i18n.changeLanguage('en');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    expect(document.title).toBe('Gridwalk');
  });

  it('prefers the URL over storage and ignores unknown languages', () => {
    expect(pickLanguage('?lang=zh-CN', 'en')).toBe('zh-CN');
    expect(pickLanguage('?lang=fr', 'en')).toBe('en');
    expect(pickLanguage('', 'xx')).toBe('zh-CN');
  });
});
