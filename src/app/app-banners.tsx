import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useDatabaseStatus } from '../data';
import { useUpdateStore } from '../features/update/update-store';

// Shown only when a new version waits or another tab upgraded the database: loaded then, not at start.
const DatabaseChangedBanner = lazy(() => import('../features/update/database-changed-banner').then((m) => ({ default: m.DatabaseChangedBanner })));
const UpdateBanner = lazy(() => import('../features/update/update-banner').then((m) => ({ default: m.UpdateBanner })));

/** Prompts about the app itself, above every screen (sign-in included): a new version, another tab's upgrade. */
export function AppBanners() {
  const { t } = useTranslation();
  const updateAvailable = useUpdateStore((state) => state.available);
  const databaseChanged = useDatabaseStatus() === 'version_changed';
  if (!updateAvailable && !databaseChanged) return null;
  return (
    <aside className="gw-app-banners" aria-label={t('update.region')}>
      <Suspense fallback={null}>{databaseChanged ? <DatabaseChangedBanner /> : <UpdateBanner />}</Suspense>
    </aside>
  );
}
