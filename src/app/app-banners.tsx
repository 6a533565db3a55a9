import { useTranslation } from 'react-i18next';
import { useDatabaseStatus } from '../data';
import { DatabaseChangedBanner } from '../features/update/database-changed-banner';
import { UpdateBanner } from '../features/update/update-banner';
import { useUpdateStore } from '../features/update/update-store';

/** Prompts about the app itself, above every screen (sign-in included): a new version, another tab's upgrade. */
export function AppBanners() {
  const { t } = useTranslation();
  const updateAvailable = useUpdateStore((state) => state.available);
  const databaseChanged = useDatabaseStatus() === 'version_changed';
  if (!updateAvailable && !databaseChanged) return null;
  return (
    <aside className="gw-app-banners" aria-label={t('update.region')}>
      {databaseChanged ? <DatabaseChangedBanner /> : <UpdateBanner />}
    </aside>
  );
}
