import { Suspense, useEffect } from 'react';
import { Outlet } from 'react-router';
import { ReauthBanner } from '../features/auth/reauth-banner';
import { AppShell } from '../features/shell/app-shell';
import { SyncIndicator } from '../features/sync/sync-indicator';
import { RouteLoading } from './route-loading';
import { warmRoundScreens } from './warm-round-screens';

/** The shell with the sync indicator and the re-auth banner around the current signed-in route; warms the round's next screens when idle. */
export function SignedInLayout() {
  useEffect(() => warmRoundScreens(), []);
  return (
    <AppShell indicator={<SyncIndicator />} banner={<ReauthBanner />}>
      <Suspense fallback={<RouteLoading />}>
        <Outlet />
      </Suspense>
    </AppShell>
  );
}
