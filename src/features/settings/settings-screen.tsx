import { useTranslation } from 'react-i18next';
import { useSession } from '../../data';
import { PageLayout } from '../../shared/ui/page-layout';
import { AboutSetting } from './about-setting';
import { LanguageSetting } from './language-setting';
import { LedgerSetting } from './ledger-setting';
import { LockSetting } from './lock-setting';
import { RetentionSetting } from './retention-setting';
import { SignOutSetting } from './sign-out-setting';
import { StorageSetting } from './storage-setting';

/** The /settings route: language, storage (persistence, usage, export of unsent records), the app lock, what the phone holds (retention), the ledger in Excel, account, version. */
export function SettingsScreen() {
  const { t } = useTranslation('settings');
  // The ledger is the grid worker's and the secretary's; a volunteer's phone holds no register.
  const role = useSession().user?.role;
  const ledger = role !== undefined && role !== 'volunteer';
  return (
    <PageLayout title={t('settings:title')}>
      <LanguageSetting />
      <StorageSetting />
      <LockSetting />
      <RetentionSetting />
      {ledger ? <LedgerSetting /> : null}
      <SignOutSetting />
      <AboutSetting />
    </PageLayout>
  );
}
