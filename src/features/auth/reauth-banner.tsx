import { lazy, Suspense } from 'react';
import { useSession } from '../../data';

// Only needed once the server refused the refresh token: kept out of the first screen.
const ReauthNotice = lazy(() => import('./reauth-notice').then((m) => ({ default: m.ReauthNotice })));

/** On every screen while the stored session needs signing in again (SessionState.reauthRequired). */
export function ReauthBanner() {
  const session = useSession();
  if (!session.reauthRequired) return null;
  return (
    <Suspense fallback={null}>
      <ReauthNotice />
    </Suspense>
  );
}
