import { useTranslation } from 'react-i18next';
import { PageLayout } from '../../shared/ui/page-layout';
import { AboutSetting } from './about-setting';
import { LanguageSetting } from './language-setting';
import { SignOutSetting } from './sign-out-setting';
import { StorageSetting } from './storage-setting';

/** The /settings route: language, storage (persistence, usage, export of unsent records), account, version. */
export function SettingsScreen() {
  const { t } = useTranslation('settings');
  return (
    <PageLayout title={t('settings:title')}>
      <LanguageSetting />
      <StorageSetting />
      <SignOutSetting />
      <AboutSetting />
    </PageLayout>
  );
}
