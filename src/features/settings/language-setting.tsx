import { useTranslation } from 'react-i18next';
import { LANGUAGES, matchLanguage, DEFAULT_LANGUAGE, type Language } from '../../shared/i18n/languages';
import { ChoiceGroup } from '../../shared/ui/choice-group';

/** 简体中文 / English. The app remembers the choice (see src/app/i18n-setup.ts). */
export function LanguageSetting() {
  const { t, i18n } = useTranslation('settings');
  const current = matchLanguage(i18n.language) ?? DEFAULT_LANGUAGE;
  const choices = LANGUAGES.map((language) => ({ value: language, label: t(`language.${language}`), lang: language }));
  return (
    <ChoiceGroup<Language>
      legend={t('settings:language')}
      choices={choices}
      value={current}
      onChange={(language) => void i18n.changeLanguage(language)}
    />
  );
}
