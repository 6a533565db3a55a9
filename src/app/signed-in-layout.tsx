import { Suspense } from 'react';
import { Outlet } from 'react-router';
import { ReauthBanner } from '../features/auth/reauth-banner';
import { AppShell } from '../features/shell/app-shell';
import { SyncIndicator } from '../features/sync/sync-indicator';
import { RouteLoading } from './route-loading';

/** The shell with the sync indicator and the re-auth banner around the current signed-in route. */
export function SignedInLayout() {
  return (
    <AppShell indicator={<SyncIndicator />} banner={<ReauthBanner />}>
      <Suspense fallback={<RouteLoading />}>
        <Outlet />
      </Suspense>
    </AppShell>
  );
}
