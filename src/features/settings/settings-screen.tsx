import { useTranslation } from 'react-i18next';
import { PageLayout } from '../../shared/ui/page-layout';
import { LanguageSetting } from './language-setting';
import { SignOutSetting } from './sign-out-setting';

/** The /settings route: language and account. */
export function SettingsScreen() {
  const { t } = useTranslation();
  return (
    <PageLayout title={t('settings.title')}>
      <LanguageSetting />
      <SignOutSetting />
    </PageLayout>
  );
}
