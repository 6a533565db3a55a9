import { useTranslation } from 'react-i18next';
import { useDatabaseStatus } from '../../data';
import { ReloadPrompt } from './reload-prompt';

export interface DatabaseChangedBannerProps {
  /** Defaults to reloading the page. */
  reload?: () => void;
}

/**
 * Another tab opened a newer version of the app and upgraded the database; this tab closed its
 * connection (so the upgrade is not blocked) and cannot read or save until it reloads.
 */
export function DatabaseChangedBanner({ reload = () => window.location.reload() }: DatabaseChangedBannerProps) {
  const { t } = useTranslation('update');
  const status = useDatabaseStatus();
  if (status !== 'version_changed') return null;
  return <ReloadPrompt title={t('update:databaseChanged')} onReload={reload} />;
}
